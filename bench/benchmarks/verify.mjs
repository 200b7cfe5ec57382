// `probo-mock verify` with the full catalog (state, setup and effects hooks, the shared secret and
// both state pointers, so every check runs) against the reference receiver: the wall time of the whole CLI process, as CI
// would see it, and the catalog's own time (the report's durationMs: probe to last check, without
// Node's start), which issue 14 wants under 1 s with at most --parallel 4 requests in flight.
import { CLI, runNode } from '../lib/cli.mjs';
import { startServer } from '../lib/child.mjs';
import { median, round } from '../lib/stats.mjs';

/** @param {{ quick: boolean }} config */
export async function verify({ quick }) {
  const runs = quick ? 1 : 3;
  const receiver = await startServer('receiver');
  try {
    const hooks = await receiver.ask('hooks');
    const args = [
      CLI,
      'verify',
      '--target',
      hooks.callbackUrl,
      '--state-url',
      hooks.stateUrl,
      '--setup-url',
      hooks.setupUrl,
      '--effects-url',
      hooks.effectsUrl,
      '--header',
      `X-Security-Header: ${hooks.secret}`,
      '--state-supplier-pointer',
      '/supplier_order_number',
      '--state-tracking-pointer',
      '/tracking',
      '--seed',
      '1',
      '--reporter',
      'json',
    ];
    const times = [];
    const catalog = [];
    let summary;
    for (let i = 0; i < runs; i++) {
      const r = await runNode(args);
      if (r.code !== 0)
        throw new Error(`verify exited ${r.code}: ${(r.stderr || r.stdout).slice(0, 500)}`);
      const report = JSON.parse(r.stdout);
      summary = report.summary;
      // explores-histories (off without --explore) has its own benchmark, explore.mjs.
      const skipped = report.checks.filter(
        (c) => c.outcome === 'skipped' && c.id !== 'explores-histories',
      );
      if (summary.failed > 0 || skipped.length > 0)
        throw new Error(`verify did not run and pass every check: ${JSON.stringify(summary)}`);
      times.push(r.ms);
      catalog.push(report.durationMs);
    }
    return [
      {
        id: 'verify',
        figure: `verify, full catalog (${summary.passed} checks), reference receiver`,
        value: round(median(times)),
        unit: 'ms wall',
        detail: { runs: times.map((t) => round(t)), summary },
      },
      {
        id: 'verify-catalog',
        figure: 'verify, the catalog itself (report durationMs, --parallel 4)',
        value: round(median(catalog)),
        unit: 'ms',
        detail: { runs: catalog },
      },
    ];
  } finally {
    await receiver.stop();
  }
}
