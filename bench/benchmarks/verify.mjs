// `probo-mock verify` with the full catalog (state and setup hooks, so all checks run) against
// the reference receiver: the wall time of the whole CLI process, as CI would see it.
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
      '--seed',
      '1',
      '--reporter',
      'json',
    ];
    const times = [];
    let summary;
    for (let i = 0; i < runs; i++) {
      const r = await runNode(args);
      if (r.code !== 0)
        throw new Error(`verify exited ${r.code}: ${(r.stderr || r.stdout).slice(0, 500)}`);
      summary = JSON.parse(r.stdout).summary;
      times.push(r.ms);
    }
    return {
      id: 'verify',
      figure: 'verify, full catalog, reference receiver',
      value: round(median(times)),
      unit: 'ms wall',
      detail: { runs: times.map((t) => round(t)), summary },
    };
  } finally {
    await receiver.stop();
  }
}
