import { describe, expect, it } from 'vitest';
import { validateWith } from '../../src/contract/index.js';
import { SCENARIO_SCHEMA_ID, planScenario } from '../../src/scenarios/index.js';
import { createOrderContext } from '../../src/fake/index.js';
import { failureScenario } from '../../src/conformance/explore/failure-scenario.js';
import type { HistoryRun } from '../../src/conformance/explore/replay-history.js';

const id = 'pm-run1-explores-histories-7';
const body = (status: string) =>
  JSON.stringify({ status, message: status, order: { id, reference: `ref of ${id}` } });

function run(statuses: string[]): HistoryRun {
  return {
    history: { deliveries: statuses.map((status) => ({ status })) },
    order: { id } as HistoryRun['order'],
    expected: 'shipment_in_transit',
    sent: statuses.map((s) => ({ step: s, body: body(s), exchange: {} as never })),
    passed: false,
  };
}

describe('a failing history as a scenario file', () => {
  it('is valid against the scenario schema, the exact bodies as raw steps, copies as repeat', () => {
    const scenario = failureScenario(
      run(['shipment_in_transit', 'accepted', 'accepted', 'on_hold']),
      'explores-histories-3',
      'accepted',
    );
    expect(validateWith(SCENARIO_SCHEMA_ID, scenario).diagnostics).toEqual([]);
    expect(scenario.steps.map((s) => s.repeat ?? 1)).toEqual([1, 2, 1]);
    expect(scenario.description).toMatch(
      /^Found by probo-mock verify --explore: shipment_in_transit → accepted ×2 → on_hold \(unknown\); a correct receiver ends in shipment_in_transit, this one reported accepted\.$/,
    );
  });

  it('names the order {{order.id}}, so a replay under the same id sends the same bytes', () => {
    const scenario = failureScenario(run(['queued', 'accepted']), 'explores-histories-3', 'x');
    expect(scenario.steps[0]!.raw).not.toContain(id);
    const plan = planScenario(scenario, createOrderContext({ id }, 1), { seed: 1 });
    expect(plan.map((p) => p.body)).toEqual([body('queued'), body('accepted')]);
  });

  it('keeps the description within the schema for a long story', () => {
    const long = run(
      Array.from({ length: 40 }, () => 'shipment_in_transit').map((s, i) =>
        i % 2 ? s : 'shipment_delayed',
      ),
    );
    const scenario = failureScenario(long, 'explores-histories-3', 'x');
    expect(scenario.description.length).toBeLessThanOrEqual(200);
    expect(scenario.description.endsWith('…')).toBe(true);
  });
});
