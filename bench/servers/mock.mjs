// The mock under load, from dist/: `startMock` with the options the benchmark passes
// (`rateLimit: 0` so that intake load is not a 429 benchmark). Reports peak RSS and the journal.
import { startMock } from '../../dist/mock/index.js';
import { options, peakRssMb, serveIpc } from '../lib/serve-ipc.mjs';

const running = startMock({ port: 0, host: '127.0.0.1', ...options });

serveIpc({
  url: async () => (await running).url,
  stats: async () => {
    const mock = await running;
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    const mb = (n) => Math.round(n / 2 ** 20);
    return {
      peakRssMb: peakRssMb(),
      // CPU time of this process so far (user + system), in ms.
      cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage()),
      attempts: mock.journal.total,
      nowMb: {
        rss: mb(rss),
        heapUsed: mb(heapUsed),
        heapTotal: mb(heapTotal),
        external: mb(external),
      },
    };
  },
  idle: async () => {
    await (await running).idle();
    return true;
  },
  stop: async () => {
    await (await running).close();
    return true;
  },
});
