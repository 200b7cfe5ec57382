import { HttpClient } from '../http-client/http-client.js';
import { buildOrder } from '../fake/index.js';
import { SCENARIO_HEADER, startMock } from '../mock/index.js';
import { startReceiver } from '../receiver/index.js';
import { loadScenarios } from '../scenarios/index.js';
import { verifyReceiver } from '../conformance/runner.js';
import type { Report } from '../conformance/types.js';
import { resolveOptions } from '../shared/option-spec.js';
import { DEMO_OPTIONS } from './option-table.js';
import { timelineRow, type TimelineRow } from './timeline.js';

export interface DemoOptions {
  /** Seed of the orders, the mock's bodies and the verify run (default 1). */
  seed?: number;
  /** Milliseconds between scenario steps (default 50: quick, yet visibly one after another). */
  stepDelayMs?: number;
  /** Called with the timeline as soon as the deliveries are done, before verify runs. */
  onTimeline?: (rows: TimelineRow[], urls: { mock: string; receiver: string }) => void;
}

export interface DemoResult {
  rows: TimelineRow[];
  report: Report;
  /** Every order posted and every delivery answered 2xx, and no check failed. */
  ok: boolean;
}

/**
 * The demo of `npm start`: the mock and the reference receiver on free ports, one order per
 * built-in scenario posted through the mock's real HTTP API, then verify with both hooks and the
 * state pointers for Probo's order number and the tracking, so every check of the catalog runs.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const { seed, stepDelayMs } = resolveOptions(DEMO_OPTIONS, options);
  // The receiver checks a shared secret, as a shop should: the mock's callbacks carry it, and
  // verify sends it (verifyOptions.headers), so rejects-forged-callback runs too.
  const secret = 'demo-secret';
  const receiver = await startReceiver({ port: 0, secret });
  const mock = await startMock({
    port: 0,
    seed,
    stepDelayMs,
    rateLimit: 0,
    callbackHeaders: { 'X-Security-Header': secret },
  });
  const client = new HttpClient();
  try {
    const scenarios = (await loadScenarios()).names();
    const posted = await Promise.all(
      scenarios.map(async (scenario, i) => {
        const order = buildOrder(seed + i, {
          id: `demo-${scenario}`,
          callbackUrls: [receiver.callbackUrl],
        });
        const x = await client.send(`${mock.url}/order`, {
          body: JSON.stringify(order),
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer demo',
            [SCENARIO_HEADER]: scenario,
          },
          timeoutMs: 10_000,
        });
        const error = x.error
          ? x.error.message
          : x.status === 202
            ? undefined
            : `answered ${x.status}`;
        return { id: order.id, scenario, error };
      }),
    );
    await mock.idle();
    const rows = posted.map(({ id, scenario, error }) => {
      const row = timelineRow(
        id,
        scenario,
        mock.journal.query({ order: id }),
        receiver.orders.get(id)?.status ?? null,
      );
      if (error !== undefined) row.error = error;
      return row;
    });
    options.onTimeline?.(rows, { mock: mock.url, receiver: receiver.callbackUrl });
    const report = await verifyReceiver({
      ...receiver.verifyOptions,
      seed,
      // A short exploration (about a second), so that the demo shows every check.
      explore: 100,
    });
    const delivered = rows.every((r) => !r.error && r.answers.every((a) => /^2\d\d$/.test(a)));
    return { rows, report, ok: delivered && report.summary.failed === 0 };
  } finally {
    await client.close();
    await mock.close();
    await receiver.close();
  }
}
