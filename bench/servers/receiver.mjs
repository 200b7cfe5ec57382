// The reference receiver, from dist/: the target of the `verify` benchmark.
import { startReceiver } from '../../dist/receiver/index.js';
import { serveIpc } from '../lib/serve-ipc.mjs';

// With the shared secret, so rejects-forged-callback runs too (verify sends it with --header).
export const SECRET = 'bench-secret';
const running = startReceiver({ port: 0, host: '127.0.0.1', secret: SECRET });

serveIpc({
  url: async () => (await running).url,
  hooks: async () => {
    const r = await running;
    return {
      callbackUrl: r.callbackUrl,
      stateUrl: r.stateUrl,
      setupUrl: r.setupUrl,
      effectsUrl: r.effectsUrl,
      secret: SECRET,
    };
  },
  stop: async () => {
    await (await running).close();
    return true;
  },
});
