// The end-to-end baseline, in its own process so that each round starts it fresh as it starts the
// mock: `orders` chains of the happy-path bodies sent to the sink by a bare undici pool, each
// body awaited before the next of its chain, all chains at once. Nothing of probo-mock runs here
// but its User-Agent string.
import { Agent, request } from 'undici';
import { USER_AGENT } from '../../dist/delivery/index.js';
import { happyPathBodies } from '../lib/bodies.mjs';
import { options, serveIpc } from '../lib/serve-ipc.mjs';

const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// What HttpClient's pool uses (src/http-client/http-client.ts).
const POOL = { connections: 128, keepAliveTimeout: 4_000, pipelining: 1 };
const bodies = happyPathBodies();
// One pool for both batches, as the mock keeps its own: the measured batch reuses the warm-up's
// connections on both sides.
const agent = new Agent(POOL);

/**
 * Sends `orders` chains. `start`: ms since the epoch (the sink's `lastAt` is on the same clock);
 * `cpuMs`: this process's CPU time for the batch.
 */
async function batch(orders) {
  let failed = 0;
  const chain = async () => {
    for (const body of bodies) {
      const res = await request(options.sinkUrl, {
        method: 'POST',
        body,
        headers: HEADERS,
        dispatcher: agent,
      });
      await res.body.text();
      if (res.statusCode !== 200) failed++;
    }
  };
  const start = performance.timeOrigin + performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: orders }, chain));
  const { user, system } = process.cpuUsage(cpu);
  return { start, cpuMs: (user + system) / 1000, failed, sent: orders * bodies.length };
}

serveIpc({
  url: async () => options.sinkUrl,
  warmup: () => batch(options.warmup),
  run: () => batch(options.orders),
  stop: async () => {
    await agent.close();
    return true;
  },
});
