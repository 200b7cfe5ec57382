import { describe, expect, it } from 'vitest';
import { formatTimeline, type TimelineRow } from '../../src/demo/index.js';

const row = (over: Partial<TimelineRow>): TimelineRow => ({
  order: 'demo-x',
  scenario: 'x',
  statuses: [],
  answers: [],
  receiverState: null,
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
    expect(text).toMatch(/demo-x\s+x\s+queued ×2 → accepted\s+200 ×3\s+accepted/);
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
});
