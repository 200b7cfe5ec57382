import { describe, expect, it } from 'vitest';
import { stateHolds } from '../../src/conformance/explore/replay-history.js';
import type { Exchange } from '../../src/conformance/exchange.js';
import type { StateReading } from '../../src/conformance/state-probe.js';

const answered = (status: number): Exchange =>
  ({ outcome: { status, body: '', durationMs: 1 } }) as unknown as Exchange;

const reading = (extra: Partial<StateReading>, status = 200): StateReading => ({
  exchange: answered(status),
  ...extra,
});

describe('"no Probo status yet" in a history', () => {
  it('holds on the word the map gives an empty array', () => {
    const paid = reading({ word: 'paid', statuses: [], mapped: true, noStatus: true });
    expect(stateHolds(paid, null)).toBe(true);
    expect(stateHolds(paid, 'queued')).toBe(false);
  });

  it('holds on nothing, null or "" at the pointer, and not on a status', () => {
    expect(stateHolds(reading({ cause: 'no-value', problem: 'null', noStatus: true }), null)).toBe(
      true,
    );
    const accepted = reading({ word: 'accepted', statuses: ['accepted'], mapped: false });
    expect(stateHolds(accepted, null)).toBe(false);
    expect(stateHolds(accepted, 'accepted')).toBe(true);
  });

  it('holds on a 404 only for an order that was never set up', () => {
    const unknown = reading({ cause: 'hook-answer', problem: 'answered 404' }, 404);
    expect(stateHolds(unknown, null, false)).toBe(true);
    expect(stateHolds(unknown, null, true)).toBe(false);
  });
});
