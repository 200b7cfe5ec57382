import { describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { ScenarioRun } from '../../src/scenarios/runner.js';
import type { PlannedStep } from '../../src/scenarios/plan.js';
import { StepClock } from '../../src/scenarios/step-clock.js';

const timers = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

/** A sleeper that notes its name when woken, and resolves `all` once `n` have. */
function sleepers(n: number) {
  const woken: string[] = [];
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  const make = (name: string) => ({
    wake: () => {
      woken.push(name);
      if (woken.length === n) done();
    },
  });
  return { woken, all, make };
}

describe('StepClock', () => {
  it('wakes the sleepers of each delay in the order they came, shorter delays first', async () => {
    const clock = new StepClock();
    const s = sleepers(5);
    clock.after(30, s.make('a30'));
    clock.after(5, s.make('b5'));
    clock.after(30, s.make('c30'));
    clock.after(5, s.make('d5'));
    clock.after(60, s.make('e60'));
    await s.all;
    expect(s.woken).toEqual(['b5', 'd5', 'a30', 'c30', 'e60']);
  });

  it('never wakes a cancelled sleeper, and keeps no timer once nothing is left to wake', async () => {
    const clock = new StepClock();
    const s = sleepers(1);
    const gone = s.make('gone');
    const place = clock.after(20, gone);
    clock.after(20, s.make('kept'));
    clock.cancel(20, place, gone);
    await s.all;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(s.woken).toEqual(['kept']);

    const before = timers();
    const alone = { wake: () => s.woken.push('never') };
    const at = clock.after(10_000, alone);
    expect(timers()).toBe(before + 1);
    clock.cancel(10_000, at, alone);
    expect(timers()).toBe(before); // nothing keeps the process alive for it
  });

  it('wakes a sleeper that a woken one adds to the same delay on the next turn, not at once', async () => {
    const clock = new StepClock();
    const woken: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    let n = 0;
    const again = {
      wake: () => {
        woken.push(`step ${++n}`);
        if (n < 4) clock.after(5, again);
        else done();
      },
    };
    clock.after(5, again);
    await finished;
    expect(woken).toEqual(['step 1', 'step 2', 'step 3', 'step 4']);
  });
});

describe('ScenarioRun on a step clock', () => {
  const plan = (n: number): PlannedStep[] =>
    Array.from({ length: n }, (_, index) => ({ index, label: `s${index}`, body: '{}', repeat: 1 }));

  it('plays every step in order after its delay, counted as activity until the last has happened', async () => {
    const dispatcher = new Dispatcher();
    const happened: string[] = [];
    const run = new ScenarioRun({
      plan: plan(4),
      urls: [],
      dispatcher,
      orderId: 'o1',
      stepDelayMs: 5,
      clock: new StepClock(),
      onStep: (step) => happened.push(step.label),
    });
    run.start();
    expect(happened).toEqual(['s0']); // the first step goes at once
    expect(dispatcher.activity.busy).toBe(1); // the next is due
    await dispatcher.idle();
    expect(happened).toEqual(['s0', 's1', 's2', 's3']);
    expect(run.remaining).toBe(0);
    await dispatcher.close();
  });

  it('stops between steps: no later step happens and idle() resolves at once', async () => {
    const dispatcher = new Dispatcher();
    const happened: string[] = [];
    const run = new ScenarioRun({
      plan: plan(3),
      urls: [],
      dispatcher,
      orderId: 'o2',
      stepDelayMs: 60_000,
      clock: new StepClock(),
      onStep: (step) => happened.push(step.label),
    });
    const before = timers();
    run.start();
    expect(dispatcher.activity.busy).toBe(1);
    expect(timers()).toBe(before + 1);
    run.stop();
    await dispatcher.idle();
    expect(happened).toEqual(['s0']);
    expect(run.remaining).toBe(0);
    expect(timers()).toBe(before); // nothing keeps the process alive for the dropped steps
    await dispatcher.close();
  });

  it('plays a held step as soon as it is advanced, one step per advance', () => {
    const dispatcher = new Dispatcher();
    const happened: string[] = [];
    const run = new ScenarioRun({
      plan: plan(2),
      urls: [],
      dispatcher,
      orderId: 'o3',
      stepDelayMs: 60_000,
      manual: true,
      onStep: (step) => happened.push(step.label),
    });
    run.start();
    expect(happened).toEqual([]);
    expect(run.held).toBe(true);
    expect(run.advance()).toBe(true);
    expect(happened).toEqual(['s0']);
    expect(run.advance()).toBe(true);
    expect(happened).toEqual(['s0', 's1']);
    expect(run.advance()).toBe(false);
    expect(dispatcher.activity.busy).toBe(0);
  });
});
