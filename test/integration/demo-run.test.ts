import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatTimeline,
  gradeRow,
  playScenarios,
  runDemo,
  type TimelineRow,
} from '../../src/demo/index.js';
import { CLIENT_CHECK_IDS } from '../../src/conformance/types.js';
import { buildOrder, createOrderContext } from '../../src/fake/index.js';
import { SCENARIO_HEADER, startMock, type RunningMock } from '../../src/mock/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { loadScenarios, planScenario } from '../../src/scenarios/index.js';

/** Where each built-in scenario leaves a correct receiver (written out, not computed). */
const END_STATE: Record<string, string> = {
  canceled: 'canceled',
  'carrier-trouble': 'shipment_delivered',
  'duplicate-order': 'not_accepted',
  'file-rejected': 'not_accepted',
  'happy-path': 'shipment_delivered',
  'legacy-prefix': 'shipment_delivered',
  'multi-package': 'shipment_delivered',
  'out-of-order': 'shipment_delivered',
  'pickup-point': 'shipment_picked_up',
  redelivery: 'shipment_delivered',
  returned: 'shipment_returned',
  'test-order': 'canceled',
};

/** Every status a scenario file delivers, repeats included, sorted (a shuffle keeps the set). */
async function scenarioStatuses(name: string): Promise<string[]> {
  const registry = await loadScenarios();
  const plan = planScenario(registry.get(name), createOrderContext({ id: 'x' }, 1), { seed: 1 });
  return plan.flatMap((step) => Array<string>(step.repeat).fill(step.label)).sort();
}

async function withMockAndReceiver<T>(
  seed: number,
  run: (mock: RunningMock, receiver: RunningReceiver) => Promise<T>,
): Promise<T> {
  const receiver = await startReceiver({ port: 0 });
  const mock = await startMock({ port: 0, seed, stepDelayMs: 0, rateLimit: 0 });
  try {
    return await run(mock, receiver);
  } finally {
    await mock.close();
    await receiver.close();
  }
}

describe('the demo', () => {
  it('covers every built-in scenario, and each has its end state written down here', async () => {
    expect(Object.keys(END_STATE).sort()).toEqual([...(await loadScenarios()).names()].sort());
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`with seed ${seed}, delivers every step of every scenario and each order ends in its scenario's state`, async () => {
      const rows = await withMockAndReceiver(seed, (mock, receiver) =>
        playScenarios(mock, receiver, seed),
      );
      expect(rows.map((r) => r.scenario).sort()).toEqual(Object.keys(END_STATE).sort());
      for (const row of rows) {
        expect([...row.statuses].sort(), row.scenario).toEqual(
          await scenarioStatuses(row.scenario),
        );
        expect(
          row.answers.every((a) => a === '200'),
          row.scenario,
        ).toBe(true);
        expect(row.receiverState, row.scenario).toBe(END_STATE[row.scenario]);
        expect(row.expectedState, row.scenario).toBe(END_STATE[row.scenario]);
        expect(row.problem, row.scenario).toBeUndefined();
      }
      expect(formatTimeline(rows)).toContain(
        `✓ ${Object.keys(END_STATE).length} of ${Object.keys(END_STATE).length} orders: every callback delivered, each receiver state as its scenario says`,
      );
    });
  }

  it('prints the timeline first, then a verify run with every check passing, then verify-client against the reference shop, every check passing', async () => {
    let early: TimelineRow[] | undefined;
    const result = await runDemo({ seed: 3, onTimeline: (rows) => (early = rows) });
    expect(early).toBe(result.rows);
    expect(result.rows.every((r) => r.problem === undefined)).toBe(true);
    expect(result.report.summary).toEqual({
      passed: result.report.checks.length,
      failed: 0,
      skipped: 0,
    });
    expect(result.clientReport.summary).toEqual({
      passed: CLIENT_CHECK_IDS.length,
      failed: 0,
      skipped: 0,
    });
    expect(result.clientReport.mock).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect(result.ok).toBe(true);
  });
});

describe('a demo order that does not go as its scenario says', () => {
  let mock: RunningMock;
  let receiver: RunningReceiver;
  beforeAll(async () => {
    receiver = await startReceiver({ port: 0 });
    mock = await startMock({ port: 0, seed: 1, stepDelayMs: 0, rateLimit: 0 });
  });
  afterAll(async () => {
    await mock.close();
    await receiver.close();
  });

  it('is a failed row when nothing was delivered: an uploader order with no files waits at queued', async () => {
    // The demo's old orders: "uploader": true and no files, so the mock holds them for uploads.
    const order = buildOrder(1, {
      id: 'demo-canceled',
      callbackUrls: [receiver.callbackUrl],
      product: 'uploader',
    });
    const answer = await fetch(`${mock.url}/order`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer demo',
        [SCENARIO_HEADER]: 'canceled',
      },
      body: JSON.stringify(order),
    });
    expect(answer.status).toBe(202);
    await mock.idle();
    const registry = await loadScenarios();
    const plan = planScenario(registry.get('canceled'), createOrderContext({ id: order.id }, 1), {
      seed: 1,
    });
    const entries = mock.journal.query({ order: order.id });
    expect(entries).toEqual([]);
    expect(gradeRow(plan, entries, receiver.orders.get(order.id)?.status ?? null)).toEqual({
      expected: 'canceled',
      problem: 'nothing delivered',
    });
  });
});
