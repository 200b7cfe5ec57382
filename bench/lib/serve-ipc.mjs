// The child side of lib/child.mjs: answers IPC questions with the handlers a server gives.
// `url` and `stop` are always there; `stop` closes the server and ends the process.

/**
 * @param {Record<string, () => any>} handlers at least `url` and `stop`
 */
export function serveIpc(handlers) {
  // The bench process ended without stopping this server (a crash, Ctrl-C): end too.
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (msg) => {
    const handler = handlers[msg.type];
    try {
      if (!handler) throw new Error(`unknown question ${msg.type}`);
      const value = await handler();
      process.send({ id: msg.id, value });
      if (msg.type === 'stop') process.disconnect(); // and so exits
    } catch (error) {
      process.send({ id: msg.id, error: error.message });
    }
  });
}

/** The options the parent passed (argv[2], JSON). */
export const options = JSON.parse(process.argv[2] ?? '{}');

/** Peak resident set size of this process so far, in MB. */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** Starts a hapi server and answers `url` and `stop` for it (the bare baselines). */
export function serveHapi(server) {
  const started = server.start();
  serveIpc({
    url: async () => {
      await started;
      return server.info.uri;
    },
    stop: async () => {
      await server.stop({ timeout: 1_000 });
      return true;
    },
  });
}
