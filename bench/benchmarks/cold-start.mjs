// Cold start of the built CLI: `validate` of one file to its exit, and `serve` until it prints
// that it listens; next to `node -e 0`, the floor of any Node process on this machine.
import { CLI, runNode, timeUntilOutput } from '../lib/cli.mjs';
import { median, round } from '../lib/stats.mjs';

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

/** @param {{ quick: boolean }} config */
export async function coldStart({ quick }) {
  const n = quick ? 2 : 5;
  const node = await times(n, () => exited(['-e', '0']));
  const validate = await times(n, () =>
    exited([CLI, 'validate', 'fixtures/callbacks/shipment_in_transit.json']),
  );
  const serve = await times(n, () =>
    timeUntilOutput([CLI, 'serve', '--port', '0', '--quiet'], 'listening on'),
  );
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
  return [
    row('cold-validate', 'cold start: validate one file', validate),
    row('cold-serve', 'cold start: serve until listening', serve),
  ];
}
