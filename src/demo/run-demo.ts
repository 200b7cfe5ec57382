import { startMock } from '../mock/index.js';
import { startReceiver } from '../receiver/index.js';
import { startReferenceShop } from '../receiver/reference-shop.js';
import { verifyClient } from '../conformance/client/runner.js';
import { verifyReceiver } from '../conformance/runner.js';
import type { Report } from '../conformance/types.js';
import { resolveOptions } from '../shared/option-spec.js';
import { DEMO_OPTIONS } from './option-table.js';
import { playScenarios } from './play-scenarios.js';
import type { TimelineRow } from './timeline.js';

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
  /** verify-client against the reference shop: the client half. */
  clientReport: Report;
  /**
   * Every order posted, every step of its scenario delivered, every receiver state the one its
   * scenario should leave, and no check of either run failed.
   */
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
  try {
    const rows = await playScenarios(mock, receiver, seed);
    options.onTimeline?.(rows, { mock: mock.url, receiver: receiver.callbackUrl });
    const report = await verifyReceiver({
      ...receiver.verifyOptions,
      seed,
      // A short exploration (about a second), so that the demo shows every check.
      explore: 100,
    });
    const clientReport = await verifyShop(seed);
    const asPlanned = rows.every((r) => r.problem === undefined);
    const passed = report.summary.failed === 0 && clientReport.summary.failed === 0;
    return { rows, report, clientReport, ok: asPlanned && passed };
  } finally {
    await mock.close();
    await receiver.close();
  }
}

/** verify-client against the reference shop, its mock on a free port the shop is pointed at. */
async function verifyShop(seed: number): Promise<Report> {
  const shop = await startReferenceShop({ proboUrl: 'http://127.0.0.1:4010' });
  try {
    return await verifyClient({
      ...shop.verifyClientOptions,
      port: 0,
      seed,
      onStart: (start) => shop.setProboUrl(start.mock!),
    });
  } finally {
    await shop.close();
  }
}
