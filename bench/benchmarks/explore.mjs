// `verify --explore`: 1,000 random histories against the reference receiver (its own process),
// then, against a receiver with one state flaw each, the time to shrink the first failure to the
// smallest history that still fails (the slowest of the five is the figure). Library calls on
// dist/, so the figures are the exploration itself, not the CLI's start.
import { verifyReceiver } from '../../dist/conformance/index.js';
import { startServer } from '../lib/child.mjs';
import { round } from '../lib/stats.mjs';

const FLAWS = [
  'stale-updates',
  'substring',
  'stuck-on-skip',
  'failures-as-delivered',
  'unknown-applied',
];

async function explore(hooks, histories, extra = {}) {
  const report = await verifyReceiver({
    target: hooks.callbackUrl,
    stateUrl: hooks.stateUrl,
    ...(hooks.setupUrl ? { setupUrl: hooks.setupUrl } : {}),
    // The reference receiver checks its shared secret and reports its side effects: the
    // histories are explored with effects on, as issue 22 measures them.
    ...(hooks.secret ? { headers: { 'X-Security-Header': hooks.secret } } : {}),
    ...(hooks.effectsUrl ? { effectsUrl: hooks.effectsUrl } : {}),
    only: ['explores-histories'],
    explore: histories,
    seed: 1,
    ...extra,
  });
  return report.checks.find((c) => c.id === 'explores-histories');
}

/** @param {{ quick: boolean }} config */
export async function exploreBench({ quick }) {
  const histories = quick ? 50 : 1000;
  const receiver = await startServer('receiver');
  let reference;
  try {
    const hooks = await receiver.ask('hooks');
    reference = await explore(hooks, histories);
  } finally {
    await receiver.stop();
  }
  if (reference.outcome !== 'passed')
    throw new Error(
      `explore failed against the reference receiver: ${reference.failures[0]?.message}`,
    );

  const shrinks = {};
  for (const flaw of FLAWS) {
    const server = await startServer('explore-receiver', { flaw });
    try {
      const check = await explore(await server.ask('hooks'), 200);
      const shrink = check.explore?.shrink;
      if (check.outcome !== 'failed' || !shrink)
        throw new Error(`explore found nothing against the ${flaw} receiver`);
      shrinks[flaw] = {
        ms: shrink.durationMs,
        histories: check.explore.histories,
        replays: shrink.replays,
        deliveries: `${shrink.fromDeliveries} → ${shrink.toDeliveries}`,
      };
    } finally {
      await server.stop();
    }
  }
  const slowest = Math.max(...Object.values(shrinks).map((s) => s.ms));
  return [
    {
      id: 'explore',
      figure: `verify --explore ${histories}, reference receiver`,
      value: round(reference.explore.durationMs),
      unit: 'ms',
      detail: { histories: reference.explore.histories, edges: reference.explore.edges },
    },
    {
      id: 'explore-shrink',
      figure: 'explore: shrinking a failure, slowest of 5 flawed receivers',
      value: round(slowest),
      unit: 'ms',
      detail: shrinks,
    },
  ];
}
