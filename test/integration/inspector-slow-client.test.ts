// The inspector's event stream respects back-pressure: a client that stops reading is dropped
// once more than 1 MiB waits for it, and a client that reads gets every event. Counted, no timing.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.length = 0;
  await mock?.close();
  mock = undefined;
  await rx?.close();
  rx = undefined;
});

/** Opens the event stream over a raw socket and reads nothing: a paused tab, a stuck proxy. */
function pausedClient(url: string): { socket: Socket; closed: Promise<void> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  socket.write(`GET /__mock/events HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
  socket.pause();
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, closed };
}

/** Reads the event stream as fast as it comes, counting `delivery` events. */
async function readingClient(
  url: string,
): Promise<{ deliveries: () => number; stop: () => Promise<void> }> {
  const res = await fetch(`${url}/__mock/events`);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let count = 0;
  let open = true;
  const pump = (async () => {
    while (open) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = text.indexOf('\n\n')) >= 0) {
        if (text.startsWith('event: delivery\n')) count++;
        text = text.slice(cut + 2);
      }
    }
  })();
  return {
    deliveries: () => count,
    stop: async () => {
      open = false;
      await reader.cancel();
      await pump.catch(() => undefined);
    },
  };
}

describe('the inspector event stream and a client that stops reading', () => {
  it('drops the paused client once more than 1 MiB waits for it, and keeps sending every event to a reading one', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, rateLimit: 0, stepDelayMs: 0 });
    const paused = pausedClient(mock.url);
    const reading = await readingClient(mock.url);
    // Orders with a 4 KiB reference: every event about them is large (about 30 MB in all, more
    // than the kernel's socket buffers hold for the paused client).
    const reference = 'r'.repeat(4096);
    for (let i = 0; i < 300; i++) {
      const post = { ...shopOrder({ id: `big-${i}`, callbackUrls: [rx.url] }), reference };
      expect((await postJson(`${mock.url}/order`, post)).status).toBe(202);
    }
    await mock.idle();
    // The server ended the paused client's connection (bounded wait: it never ends otherwise).
    paused.socket.resume();
    await expect(
      Promise.race([
        paused.closed.then(() => 'dropped'),
        new Promise((resolve) => setTimeout(() => resolve('still open'), 30_000)),
      ]),
    ).resolves.toBe('dropped');
    // The reading client got every attempt.
    const total = mock.journal.total;
    expect(total).toBe(2400);
    for (let i = 0; i < 200 && reading.deliveries() < total; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reading.deliveries()).toBe(total);
    await reading.stop();
  });
});
