// Waiting for a counting server (bench/servers/sink.mjs, hold.mjs) to have read some bodies.

/**
 * Asks `server` for its count until it has read `expected` bodies, and resolves with that count
 * (`received`; the sink's also has `lastAt`). Past `deadline` (a `performance.now()` time) it
 * throws, with the message `tooLate(received)`.
 * @param {{ ask: (type: string) => Promise<any> }} server
 * @param {number} expected
 * @param {{ deadline: number, pollMs: number, tooLate: (received: number) => string }} options
 */
export async function untilReceived(server, expected, { deadline, pollMs, tooLate }) {
  for (;;) {
    const count = await server.ask('count');
    if (count.received >= expected) return count;
    if (performance.now() > deadline) throw new Error(tooLate(count.received));
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
