// HTTP load with autocannon, in this process: one warm-up run, then the measured run.
import autocannon from 'autocannon';

/**
 * @typedef {object} LoadOptions
 * @property {string} url
 * @property {string} body  its `[<id>]` is replaced by a fresh id of fixed width per request
 * @property {Record<string, string>} headers
 * @property {number} connections
 * @property {number} seconds  of the measured run
 * @property {number} [amount]  posts of the measured run instead of `seconds` (a quick run: on a
 *   busy machine a second can pass before a fresh server answers anything)
 * @property {number} warmupSeconds  run first with the same load, not measured
 */

// A fresh, fixed-width id per request: every body has the same length. (autocannon's own
// `idReplacement` announces a Content-Length that does not match its ids, so it is not used.)
let sequence = 0;
const nextId = () => (++sequence).toString(36).padStart(8, '0');

/** autocannon options that post `body` with a fresh id in each request. */
function posting({ url, body, headers, connections }) {
  const { origin, pathname } = new URL(url);
  return {
    url: origin,
    connections,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        path: pathname,
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, body: body.replace('[<id>]', nextId()) }),
      },
    ],
  };
}

/** One autocannon run as a promise. */
function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Posts `body` for `seconds` on `connections` keep-alive connections.
 * @param {LoadOptions} o
 * @returns {Promise<{ perSecond: number, ok: number, non2xx: number, errors: number, p50Ms: number, p99Ms: number }>}
 */
export async function postLoad(o) {
  const base = posting(o);
  if (o.warmupSeconds > 0) await run({ ...base, duration: o.warmupSeconds });
  const r = await run(
    o.amount
      ? { ...base, amount: o.amount, sampleInt: AMOUNT_TICK_MS }
      : { ...base, duration: o.seconds },
  );
  return summary(r);
}

/**
 * Posts `body` exactly `amount` times.
 * @param {Omit<LoadOptions, 'seconds' | 'warmupSeconds'> & { amount: number }} o
 * @returns {Promise<ReturnType<typeof summary>>}
 */
export async function postAmount(o) {
  // autocannon notices that the amount is done at its next sample tick (every second by
  // default): without a short tick, a run of 1.2 s reports 2 s.
  return summary(await run({ ...posting(o), amount: o.amount, sampleInt: AMOUNT_TICK_MS }));
}

/** How soon after its last answer an amount run ends (autocannon's `sampleInt`). */
const AMOUNT_TICK_MS = 10;

function summary(r) {
  return {
    perSecond: r['2xx'] / r.duration,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
  };
}
