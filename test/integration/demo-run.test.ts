import { describe, expect, it } from 'vitest';
import { runDemo, type TimelineRow } from '../../src/demo/index.js';
import { loadScenarios } from '../../src/scenarios/index.js';

describe('the demo', () => {
  it('delivers every built-in scenario to the reference receiver, which ends each order in the right state', async () => {
    let early: TimelineRow[] | undefined;
    const result = await runDemo({ seed: 3, onTimeline: (rows) => (early = rows) });
    const names = (await loadScenarios()).names();
    expect(result.rows.map((r) => r.scenario)).toEqual(names);
    expect(early).toBe(result.rows);
    const byScenario = new Map(result.rows.map((r) => [r.scenario, r]));
    expect(byScenario.get('happy-path')?.receiverState).toBe('shipment_delivered');
    expect(byScenario.get('out-of-order')?.receiverState).toBe('shipment_delivered');
    expect(byScenario.get('file-rejected')?.receiverState).toBe('not_accepted');
    expect(byScenario.get('test-order')?.receiverState).toBe('canceled');
    expect(byScenario.get('redelivery')?.statuses.filter((s) => s === 'queued')).toHaveLength(2);
    for (const r of result.rows)
      expect(
        r.answers.every((a) => a === '200'),
        r.scenario,
      ).toBe(true);
    expect(result.report.summary).toEqual({ passed: 27, failed: 0, skipped: 0 });
    expect(result.ok).toBe(true);
  });
});
