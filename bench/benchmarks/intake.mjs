// Order intake: valid POST /order per second through the mock (validated, stored, scenario
// scheduled, callbacks delivered to a sink) against a bare hapi route answering 202, with the
// same body, connections, warm-up and duration. Rounds alternate baseline and figure.
import { AUTH, orderBody } from '../lib/bodies.mjs';
import { startServer } from '../lib/child.mjs';
import { postLoad } from '../lib/load.mjs';
import { median, round } from '../lib/stats.mjs';

/**
 * The mock as `probo-mock serve --rate-limit 0` runs it (else this is a 429 benchmark): the
 * default step delay, every callback delivered to the sink during the run. `held` is the same
 * with `--manual`: each order validated, stored and its scenario planned, but its callbacks held,
 * so the row shows the intake path alone.
 */
export const MOCK_OPTIONS = { rateLimit: 0 };
export const HELD_OPTIONS = { rateLimit: 0, manual: true };

async function measure(server, options, load) {
  const target = await startServer(server, options);
  try {
    const r = await postLoad({ ...load, url: `${target.url}/order` });
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${server}: ${r.non2xx} non-2xx answers and ${r.errors} errors under load`);
    return r.perSecond;
  } finally {
    await target.stop();
  }
}

/** @param {{ quick: boolean }} config */
export async function intake({ quick }) {
  const sink = await startServer('sink');
  try {
    const load = {
      body: orderBody(sink.url),
      headers: AUTH,
      connections: 32,
      seconds: quick ? 1 : 5,
      warmupSeconds: quick ? 0.5 : 2,
    };
    const rounds = quick ? 1 : 3;
    const runs = { baseline: [], delivered: [], held: [] };
    for (let i = 0; i < rounds; i++) {
      runs.baseline.push(await measure('bare-hapi', {}, load));
      runs.delivered.push(await measure('mock', MOCK_OPTIONS, load));
      runs.held.push(await measure('mock', HELD_OPTIONS, load));
    }
    const { received } = await sink.ask('count');
    const b = median(runs.baseline);
    const detail = {
      connections: load.connections,
      seconds: load.seconds,
      warmupSeconds: load.warmupSeconds,
      rounds,
      bodyBytes: Buffer.byteLength(load.body),
      baselineRuns: runs.baseline.map((v) => round(v)),
    };
    const row = (id, figure, values, options, extra = {}) => ({
      id,
      figure,
      value: round(median(values)),
      unit: 'orders/s',
      baseline: round(b),
      baselineName: 'bare hapi route, same 202 body',
      ratio: round(median(values) / b, 2),
      detail: { ...detail, mockOptions: options, runs: values.map((v) => round(v)), ...extra },
    });
    return [
      row('intake', 'order intake, callbacks delivered to a sink', runs.delivered, MOCK_OPTIONS, {
        callbacksDelivered: received,
      }),
      row('intake-held', 'order intake, callbacks held (--manual)', runs.held, HELD_OPTIONS),
    ];
  } finally {
    await sink.stop();
  }
}
