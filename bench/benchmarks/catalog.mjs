// Configure and price: calls per second through the mock against a bare hapi route answering the
// same body (bench/servers/bare-catalog.mjs), with the same request, connections, warm-up and
// duration, measured side by side in alternating order as intake is. Beside calls per second,
// each server's CPU time per call during the measured run (from /proc), which other jobs on a
// shared machine disturb less than the rates.
import { AUTH } from '../lib/bodies.mjs';
import { cpuMsOf } from '../lib/cli.mjs';
import { CONFIGURE_BODY, PRICE_BODY } from '../lib/catalog-bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postLoad } from '../lib/load.mjs';
import { median, round } from '../lib/stats.mjs';

/** The mock as `probo-mock serve --rate-limit 0` runs it (else this is a 429 benchmark). */
export const CATALOG_OPTIONS = { rateLimit: 0, manual: true };

async function measure(server, options, load) {
  const target = await startServer(server, options);
  try {
    const url = `${target.url}${load.path}`;
    // The warm-up on its own, so that the CPU time read around the measured run is its alone.
    if (load.warmupSeconds > 0)
      await postLoad({ ...load, url, seconds: load.warmupSeconds, warmupSeconds: 0 });
    const cpuBefore = cpuMsOf(target.pid);
    const r = await postLoad({ ...load, url, warmupSeconds: 0 });
    const cpuAfter = cpuMsOf(target.pid);
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${server}: ${r.non2xx} non-2xx answers and ${r.errors} errors under load`);
    const calls = r.ok;
    const cpuUsPerCall =
      cpuBefore === undefined || cpuAfter === undefined || calls === 0
        ? undefined
        : ((cpuAfter - cpuBefore) * 1000) / calls;
    return { perSecond: r.perSecond, cpuUsPerCall };
  } finally {
    await target.stop();
  }
}

/** @param {{ quick: boolean }} config */
export async function catalog({ quick }) {
  const rows = [];
  for (const [id, path, body] of [
    ['configure', '/products/configure', CONFIGURE_BODY],
    ['price', '/price', PRICE_BODY],
  ]) {
    const load = {
      path,
      body,
      headers: AUTH,
      connections: 32,
      seconds: quick ? 1 : 5,
      warmupSeconds: quick ? 0.5 : 2,
    };
    const rounds = quick ? 1 : 5;
    const baseline = [];
    const mock = [];
    const baselineCpu = [];
    const mockCpu = [];
    for (let i = 0; i < rounds; i++) {
      const pair = [
        async () => {
          const m = await measure('bare-catalog', {}, load);
          baseline.push(m.perSecond);
          baselineCpu.push(m.cpuUsPerCall);
        },
        async () => {
          const m = await measure('mock', CATALOG_OPTIONS, load);
          mock.push(m.perSecond);
          mockCpu.push(m.cpuUsPerCall);
        },
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    rows.push({
      id,
      figure: `POST ${path}`,
      value: round(median(mock)),
      unit: 'calls/s',
      baseline: round(median(baseline)),
      baselineName: 'bare hapi route, same answer body',
      ratio: round(median(mock.map((v, i) => v / baseline[i])), 2),
      detail: {
        connections: load.connections,
        seconds: load.seconds,
        warmupSeconds: load.warmupSeconds,
        rounds,
        bodyBytes: Buffer.byteLength(body),
        mockOptions: CATALOG_OPTIONS,
        runs: mock.map((v) => round(v)),
        baselineRuns: baseline.map((v) => round(v)),
        roundRatios: mock.map((v, i) => round(v / baseline[i], 2)),
        // Server CPU µs per call in each round (/proc; null off Linux), and the baseline's median
        // over the mock's: 1 is as cheap as the bare route.
        cpuUsPerCall: mockCpu.map((v) => (v === undefined ? null : round(v))),
        baselineCpuUsPerCall: baselineCpu.map((v) => (v === undefined ? null : round(v))),
        cpuRatio: mockCpu.includes(undefined)
          ? null
          : round(median(baselineCpu) / median(mockCpu), 2),
      },
    });
  }
  return rows;
}
