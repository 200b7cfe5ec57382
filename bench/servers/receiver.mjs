// The reference receiver, from dist/: the target of the `verify` benchmark.
import { startReceiver } from '../../dist/receiver/index.js';
import { serveIpc } from '../lib/serve-ipc.mjs';

const running = startReceiver({ port: 0, host: '127.0.0.1' });

serveIpc({
  url: async () => (await running).url,
  hooks: async () => {
    const r = await running;
    return { callbackUrl: r.callbackUrl, stateUrl: r.stateUrl, setupUrl: r.setupUrl };
  },
  stop: async () => {
    await (await running).close();
    return true;
  },
});
