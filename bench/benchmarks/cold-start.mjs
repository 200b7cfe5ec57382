// Cold start of the built CLI: `validate` of one file to its exit, and `serve` until it prints
// that it listens; next to `node -e 0`, the floor of any Node process on this machine. The ratio
// row compares `serve` with a bare hapi server with one route (bench/servers/bare-hapi-cold.mjs),
// each in a fresh process, in alternating order, medians.
import { fileURLToPath } from 'node:url';
import { CLI, runNode, timeUntilOutput } from '../lib/cli.mjs';
import { median, round } from '../lib/stats.mjs';

const BARE_HAPI = fileURLToPath(new URL('../servers/bare-hapi-cold.mjs', import.meta.url));
const SERVE = [CLI, 'serve', '--port', '0', '--quiet'];

async function times(n, once) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await once());
  return out;
}

async function exited(args) {
  const r = await runNode(args);
  if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  return r.ms;
}

const listening = (args, cpu = []) =>
  timeUntilOutput(args, 'listening on', 30_000, (ms) => ms !== undefined && cpu.push(ms));

/** `serve` and the bare hapi server, one after the other, the first alternating per round. */
async function alternating(n) {
  const serve = [];
  const hapi = [];
  const cpu = { serve: [], hapi: [] };
  for (let i = 0; i < n; i++) {
    const pair = [
      async () => serve.push(await listening(SERVE, cpu.serve)),
      async () => hapi.push(await listening([BARE_HAPI], cpu.hapi)),
    ];
    if (i % 2) pair.reverse();
    for (const step of pair) await step();
  }
  return { serve, hapi, cpu };
}

/** @param {{ quick: boolean }} config */
export async function coldStart({ quick }) {
  const n = quick ? 2 : 5;
  const node = await times(n, () => exited(['-e', '0']));
  const validate = await times(n, () =>
    exited([CLI, 'validate', 'fixtures/callbacks/shipment_in_transit.json']),
  );
  const serve = await times(n, () => listening(SERVE));
  const pairs = await alternating(quick ? 2 : 7);
  const baseline = median(node);
  const row = (id, figure, values) => ({
    id,
    figure,
    value: round(median(values)),
    unit: `ms, median of ${n}`,
    baseline: round(baseline),
    baselineName: 'node -e 0',
    detail: { runs: values.map((v) => round(v)), baselineRuns: node.map((v) => round(v)) },
  });
  const roundRatios = pairs.serve.map((v, i) => v / pairs.hapi[i]);
  return [
    row('cold-validate', 'cold start: validate one file', validate),
    row('cold-serve', 'cold start: serve until listening', serve),
    {
      id: 'cold-serve-ratio',
      figure: 'cold start: serve against a bare hapi server',
      value: round(median(pairs.serve)),
      unit: `ms, median of ${pairs.serve.length}`,
      baseline: round(median(pairs.hapi)),
      baselineName: 'bare hapi server, one route, until listening',
      // A time: lower is better, so the ratio is serve over the baseline (target ≤ 1.6), the
      // median of the per-round ratios as for intake.
      ratio: round(median(roundRatios), 2),
      detail: {
        runs: pairs.serve.map((v) => round(v)),
        baselineRuns: pairs.hapi.map((v) => round(v)),
        roundRatios: roundRatios.map((r) => round(r, 2)),
        // CPU time of each process until it listened (Linux /proc, 10 ms ticks): less sensitive
        // to other jobs than wall time; empty where /proc is missing.
        cpuMs: pairs.cpu.serve,
        baselineCpuMs: pairs.cpu.hapi,
        cpuRatio: pairs.cpu.hapi.length
          ? round(median(pairs.cpu.serve) / median(pairs.cpu.hapi), 2)
          : undefined,
      },
    },
  ];
}
