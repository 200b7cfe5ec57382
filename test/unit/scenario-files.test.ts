import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAPPY_PATH, LEGACY_STATUSES, validateCallback } from '../../src/contract/index.js';
import { createOrderContext } from '../../src/fake/index.js';
import type { Scenario } from '../../src/generated/types.js';
import {
  BUILT_IN_SCENARIOS_DIR,
  loadScenarios,
  parseScenario,
  planScenario,
  ScenarioError,
} from '../../src/scenarios/index.js';
import { describeStep } from '../../src/scenarios/describe.js';

const ctx = createOrderContext({ id: 'order-1', reference: 'Banner "A"' }, 7);

function builtIn(name: string): Scenario {
  return JSON.parse(readFileSync(join(BUILT_IN_SCENARIOS_DIR, `${name}.json`), 'utf8')) as Scenario;
}

describe('built-in scenarios', () => {
  const files = readdirSync(BUILT_IN_SCENARIOS_DIR).filter((f) => f.endsWith('.json'));

  it.each(files)('%s is valid against the scenario schema and named after its file', (file) => {
    const scenario = parseScenario(
      JSON.parse(readFileSync(join(BUILT_IN_SCENARIOS_DIR, file), 'utf8')),
      file,
    );
    expect(`${scenario.name}.json`).toBe(file);
  });

  it('include every scenario the issue lists', async () => {
    const names = (await loadScenarios()).names();
    expect(names).toEqual(
      expect.arrayContaining([
        'happy-path',
        'pickup-point',
        'duplicate-order',
        'file-rejected',
        'canceled',
        'test-order',
        'carrier-trouble',
        'returned',
        'multi-package',
        'redelivery',
        'out-of-order',
        'legacy-prefix',
      ]),
    );
  });

  it.each(files.filter((f) => f !== 'legacy-prefix.json'))(
    '%s plans only bodies valid against the callback schemas',
    (file) => {
      const plan = planScenario(builtIn(file.replace('.json', '')), ctx, { seed: 7 });
      for (const step of plan)
        expect(validateCallback(JSON.parse(step.body)).diagnostics).toEqual([]);
    },
  );

  it('happy-path is the documented happy path', () => {
    expect(planScenario(builtIn('happy-path'), ctx, { seed: 1 }).map((s) => s.label)).toEqual([
      ...HAPPY_PATH,
    ]);
  });

  it('redelivery delivers every step twice', () => {
    expect(planScenario(builtIn('redelivery'), ctx, { seed: 1 }).every((s) => s.repeat === 2)).toBe(
      true,
    );
  });

  it('multi-package sends three packages once shipped', () => {
    const plan = planScenario(builtIn('multi-package'), ctx, { seed: 1 });
    const last = JSON.parse(plan.at(-1)?.body ?? '{}') as { shipped_packages: { id: string }[] };
    expect(last.shipped_packages.map((p) => p.id)).toEqual(['1', '2', '3']);
  });

  it('out-of-order shuffles the happy path by the seed: the same seed gives the same order, never the written one', () => {
    const labels = (seed: number) =>
      planScenario(builtIn('out-of-order'), ctx, { seed }).map((s) => s.label);
    expect(labels(3)).toEqual(labels(3));
    expect([...labels(3)].sort()).toEqual([...HAPPY_PATH].sort());
    for (const seed of [1, 2, 3, 4, 5]) expect(labels(seed)).not.toEqual([...HAPPY_PATH]);
    expect(new Set([1, 2, 3, 4, 5].map((s) => labels(s).join()))).not.toHaveProperty('size', 1);
  });

  it('legacy-prefix sends order_-prefixed statuses with the order values filled in, as valid JSON', () => {
    const plan = planScenario(builtIn('legacy-prefix'), ctx, { seed: 1 });
    const legacy = plan.filter((s) => s.label.startsWith('order_'));
    expect(legacy.map((s) => s.label)).toEqual([
      'order_queued',
      'order_accepted',
      'order_in_production',
      'order_logistics',
    ]);
    for (const step of legacy) {
      expect(LEGACY_STATUSES).toContain(step.label);
      const body = JSON.parse(step.body) as {
        order: { id: string; reference: string; supplier_order_number?: number };
      };
      expect(body.order.id).toBe('order-1');
      expect(body.order.reference).toBe('Banner "A"');
      if (step.label !== 'order_queued')
        expect(body.order.supplier_order_number).toBe(ctx.supplierOrderNumber);
      expect(validateCallback(body).valid).toBe(false);
    }
    expect(legacy[1]?.status).toBe('accepted');
  });

  it('file-rejected names the file the order asked to reject', () => {
    const plan = planScenario(builtIn('file-rejected'), ctx, { seed: 1, fileId: 3 });
    expect(JSON.parse(plan[1]?.body ?? '{}')).toMatchObject({
      status: 'not_accepted',
      file: { id: 3 },
    });
  });
});

describe('scenario validation', () => {
  const base = { name: 'x', description: 'X' };

  it('points at /steps/3/status when the fourth step has an unknown status', () => {
    const steps = [
      { status: 'queued' },
      { status: 'accepted' },
      { status: 'logistics' },
      { status: 'shipped' },
    ];
    const error = catchError(() => parseScenario({ ...base, steps }, 'mine.json'));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.diagnostics.map((d) => d.pointer)).toEqual(['/steps/3/status']);
    expect(error.message).toMatch(
      /^mine\.json: invalid scenario: \/steps\/3\/status must be one of "queued"/,
    );
  });

  it('refuses a variant on a status other than not_accepted, and a raw body with a status', () => {
    const steps = [
      { status: 'accepted', variant: 'file-rejected' },
      { raw: '{}', status: 'queued' },
    ];
    const pointers = catchError(() => parseScenario({ ...base, steps })).diagnostics.map(
      (d) => d.pointer,
    );
    expect(pointers).toEqual(expect.arrayContaining(['/steps/0/status', '/steps/1/status']));
  });

  it('refuses a step with neither status nor raw, naming the step', () => {
    const error = catchError(() => parseScenario({ ...base, steps: [{ delay: 5 }] }));
    expect(error.diagnostics.map((d) => d.pointer)).toEqual(
      expect.arrayContaining(['/steps/0/status']),
    );
  });

  it('refuses unknown step properties and a negative delay', () => {
    const error = catchError(() =>
      parseScenario({ ...base, steps: [{ status: 'queued', delay: -1, colour: 'red' }] }),
    );
    expect(error.diagnostics.map((d) => d.pointer).sort()).toEqual([
      '/steps/0/colour',
      '/steps/0/delay',
    ]);
  });
});

describe('describeStep', () => {
  it('says what a step does in one line', () => {
    expect(
      describeStep({
        status: 'not_accepted',
        variant: 'file-rejected',
        fileId: 2,
        delay: 50,
        repeat: 2,
      }),
    ).toBe('not_accepted (file-rejected, file 2), delay 50 ms, delivered 2×');
    expect(
      describeStep({ raw: '{"status": "order_accepted", "n": {{order.supplier_order_number}}}' }),
    ).toBe('order_accepted (raw body)');
  });
});

function catchError(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (error) {
    return error as ScenarioError;
  }
  throw new Error('expected an error');
}
