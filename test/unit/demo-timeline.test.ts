import { describe, expect, it } from 'vitest';
import { formatTimeline, gradeRow, type TimelineRow } from '../../src/demo/index.js';
import type { JournalEntry } from '../../src/delivery/journal.js';
import type { PlannedStep } from '../../src/scenarios/plan.js';

const step = (index: number, status: string, repeat = 1): PlannedStep =>
  ({ index, label: status, status, body: '{}', repeat }) as PlannedStep;

let seq = 0;
const entry = (step: number, status: string, outcome: JournalEntry['outcome']): JournalEntry =>
  ({
    seq: ++seq,
    step,
    status,
    outcome,
    responseStatus: outcome === 'delivered' ? 200 : 500,
  }) as JournalEntry;

const CANCELED = [step(0, 'queued'), step(1, 'accepted'), step(2, 'canceled')];

const row = (over: Partial<TimelineRow>): TimelineRow => ({
  order: 'demo-x',
  scenario: 'x',
  statuses: [],
  answers: [],
  receiverState: null,
  expectedState: null,
  ...over,
});

describe('the demo timeline table', () => {
  it('folds redeliveries and equal answers into counts', () => {
    const text = formatTimeline([
      row({
        statuses: ['queued', 'queued', 'accepted'],
        answers: ['200', '200', '200'],
        receiverState: 'accepted',
      }),
    ]);
    expect(text).toMatch(/demo-x\s+x\s+queued ×2 → accepted\s+200 ×3\s+accepted ✓/);
  });

  it('wraps a long list of statuses onto further lines and keeps the columns aligned', () => {
    const statuses = Array.from({ length: 12 }, (_, i) => `shipment_status_${i}`);
    const lines = formatTimeline([row({ statuses, answers: statuses.map(() => '200') })]).split(
      '\n',
    );
    expect(lines.length).toBeGreaterThan(4);
    const column = lines[0]!.indexOf('statuses delivered');
    expect(lines[2]!.indexOf('shipment_status_0')).toBe(column);
    expect(lines[3]!.trimStart().startsWith('shipment_status_')).toBe(true);
    expect(lines[3]!.indexOf('shipment_status_')).toBe(column);
  });

  it('says when an order could not be posted', () => {
    expect(formatTimeline([row({ error: 'answered 400' })])).toContain('not posted: answered 400');
  });

  it('marks each row that went as its scenario says, and says so under the table', () => {
    const text = formatTimeline([
      row({
        statuses: ['queued'],
        answers: ['200'],
        receiverState: 'queued',
        expectedState: 'queued',
      }),
    ]);
    expect(text).toMatch(/demo-x\s+x\s+queued\s+200\s+queued ✓\n/);
    expect(text).toContain('✓ 1 of 1 orders: every callback delivered');
  });

  it('prints a failed row with what was expected, and lists every failure under the table', () => {
    const text = formatTimeline([
      row({ order: 'demo-a', expectedState: 'canceled', problem: 'nothing delivered' }),
      row({
        order: 'demo-b',
        statuses: ['queued', 'accepted', 'canceled'],
        answers: ['200', '200', '200'],
        receiverState: 'accepted',
        expectedState: 'canceled',
        problem: 'the receiver is at accepted, expected canceled',
      }),
    ]);
    expect(text).toMatch(/demo-a\s+x\s+nothing delivered\s+-\s+- ✗ expected canceled\n/);
    expect(text).toMatch(/demo-b .* accepted ✗ expected canceled\n/);
    expect(text).toContain(
      '✗ 2 of 2 orders did not go as their scenario says:\n  demo-a: nothing delivered\n  demo-b: the receiver is at accepted, expected canceled\n',
    );
  });
});

describe('grading a demo order against its scenario', () => {
  it('passes when every step was answered 2xx and the receiver is where the steps lead', () => {
    const entries = [
      entry(0, 'queued', 'delivered'),
      entry(1, 'accepted', 'retrying'),
      entry(1, 'accepted', 'delivered'),
      entry(2, 'canceled', 'delivered'),
    ];
    expect(gradeRow(CANCELED, entries, 'canceled')).toEqual({ expected: 'canceled' });
  });

  it('fails an order with nothing delivered', () => {
    expect(gradeRow(CANCELED, [], null)).toEqual({
      expected: 'canceled',
      problem: 'nothing delivered',
    });
  });

  it('fails an order with a step that was never answered 2xx, naming it', () => {
    const entries = [
      entry(0, 'queued', 'delivered'),
      entry(1, 'accepted', 'delivered'),
      entry(2, 'canceled', 'failed'),
    ];
    expect(gradeRow(CANCELED, entries, 'accepted').problem).toBe('not delivered: canceled');
  });

  it('fails a receiver that ends in another state than the steps lead to', () => {
    const entries = CANCELED.map((s) => entry(s.index, s.label, 'delivered'));
    expect(gradeRow(CANCELED, entries, 'accepted')).toEqual({
      expected: 'canceled',
      problem: 'the receiver is at accepted, expected canceled',
    });
  });

  it('grades a shuffled scenario in the order its steps were delivered', () => {
    const plan = [step(0, 'shipment_in_transit'), step(1, 'shipment_delayed')];
    // The carrier's band moves sideways: whichever came last is the state.
    const asWritten = [
      entry(0, 'shipment_in_transit', 'delivered'),
      entry(1, 'shipment_delayed', 'delivered'),
    ];
    const swapped = [
      entry(1, 'shipment_delayed', 'delivered'),
      entry(0, 'shipment_in_transit', 'delivered'),
    ];
    expect(gradeRow(plan, asWritten, 'shipment_delayed')).toEqual({ expected: 'shipment_delayed' });
    expect(gradeRow(plan, swapped, 'shipment_in_transit')).toEqual({
      expected: 'shipment_in_transit',
    });
  });
});
