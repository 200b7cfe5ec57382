import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectedState,
  HAPPY_PATH,
  isProboStatus,
  nextState,
  STATUS_CATALOG,
  STATUSES,
  type Delivery,
  type ProboStatus,
} from '../../src/contract/index.js';
import { OrderBook } from '../../src/receiver/index.js';
import { stateStoryCheck } from '../../src/conformance/checks/state-story-check.js';
import { CATALOG } from '../../src/conformance/index.js';
import {
  UNKNOWN_STATUSES,
  historyArbitrary,
} from '../../src/conformance/explore/history-arbitrary.js';

const s = (...statuses: string[]): Delivery[] => statuses.map((status) => ({ status }));
const known = (d: Delivery): d is Delivery & { status: ProboStatus } => isProboStatus(d.status);

/** Any sequence of statuses, known and unknown, in any order, with either not_accepted. */
const anyHistory = fc.array(
  fc.oneof(
    fc.constantFrom(...STATUSES).map((status): Delivery => ({ status })),
    fc.constantFrom(...UNKNOWN_STATUSES).map((status): Delivery => ({ status })),
    fc
      .constantFrom('duplicate-order', 'file-rejected')
      .map((variant): Delivery => ({ status: 'not_accepted', variant })),
  ),
  { maxLength: 20 },
);
/** Both kinds: any sequence, and the explorer's realistic histories. */
const histories = fc.oneof(
  anyHistory,
  historyArbitrary.map((h) => h.deliveries),
);

describe('the lifecycle model (expectedState)', () => {
  it('leaves a fresh order without a status when nothing applies', () => {
    expect(expectedState([])).toBeNull();
    expect(expectedState(s('on_hold', 'shipment_held_at_customs'))).toBeNull();
  });

  it('ends the happy path delivered', () => {
    expect(expectedState(s(...HAPPY_PATH))).toBe('shipment_delivered');
  });

  it('ignores a status older than the current one', () => {
    expect(expectedState(s('queued', 'accepted', 'shipment_in_transit', 'accepted'))).toBe(
      'shipment_in_transit',
    );
  });

  it('moves on when steps are skipped', () => {
    expect(expectedState(s('queued', 'in_production', 'shipment_delivered'))).toBe(
      'shipment_delivered',
    );
  });

  it('takes not_accepted before acceptance, and never the duplicate-order refusal after it', () => {
    expect(expectedState(s('queued', 'not_accepted'))).toBe('not_accepted');
    expect(
      expectedState([{ status: 'queued' }, { status: 'not_accepted', variant: 'duplicate-order' }]),
    ).toBe('not_accepted');
    expect(
      expectedState([
        { status: 'queued' },
        { status: 'accepted' },
        { status: 'not_accepted', variant: 'duplicate-order' },
      ]),
    ).toBe('accepted');
  });

  it('takes canceled only before production', () => {
    expect(expectedState(s('queued', 'accepted', 'canceled'))).toBe('canceled');
    expect(expectedState(s('queued', 'in_production', 'canceled'))).toBe('in_production');
  });

  it('lets carrier statuses of the transport band follow each other, the latest winning', () => {
    expect(expectedState(s('shipment_in_transit', 'shipment_delayed', 'shipment_in_transit'))).toBe(
      'shipment_in_transit',
    );
    expect(expectedState(s('shipment_in_transit', 'shipment_exception'))).toBe(
      'shipment_exception',
    );
  });

  it('moves nowhere after a final status', () => {
    expect(expectedState(s('shipment_delivered', 'shipment_in_transit'))).toBe(
      'shipment_delivered',
    );
    expect(expectedState(s('shipment_returned', 'shipment_delivered'))).toBe('shipment_returned');
  });

  it('starts from a given state', () => {
    expect(expectedState(s('accepted'), 'in_production')).toBe('in_production');
    expect(nextState('queued', 'accepted')).toBe('accepted');
    expect(nextState('queued', { status: 'on_hold' })).toBe('queued');
  });

  it('ends in a status of the history, or none', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const end = expectedState(h);
        return end === null || h.some((d) => d.status === end);
      }),
    );
  });

  it('is the single-step rule applied in order', () => {
    fc.assert(
      fc.property(histories, (h) => {
        let state: ProboStatus | null = null;
        for (const d of h) state = nextState(state, d);
        return state === expectedState(h);
      }),
    );
  });

  it('is idempotent under redelivery: a copy of any message next to it changes nothing', () => {
    fc.assert(
      fc.property(histories, fc.nat(), fc.integer({ min: 1, max: 3 }), (h, at, copies) => {
        fc.pre(h.length > 0);
        const i = at % h.length;
        const again = [...h.slice(0, i + 1), ...Array(copies).fill(h[i]), ...h.slice(i + 1)];
        return expectedState(again) === expectedState(h);
      }),
    );
  });

  it('ignores unknown statuses wherever they come', () => {
    fc.assert(
      fc.property(histories, fc.nat(), fc.constantFrom(...UNKNOWN_STATUSES), (h, at, word) => {
        const i = at % (h.length + 1);
        const withUnknown = [...h.slice(0, i), { status: word }, ...h.slice(i)];
        const without = h.filter(known);
        return (
          expectedState(withUnknown) === expectedState(h) &&
          expectedState(without) === expectedState(h)
        );
      }),
    );
  });

  it('ends, unless in a final status, in the latest status of the highest rank delivered', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const end = expectedState(h);
        if (end === null || STATUS_CATALOG[end].terminal) return true;
        const ranked = h
          .filter(known)
          .filter((d) => d.status !== 'not_accepted' && d.status !== 'canceled');
        const top = Math.max(...ranked.map((d) => STATUS_CATALOG[d.status].rank));
        const latest = ranked.filter((d) => STATUS_CATALOG[d.status].rank === top).at(-1);
        return STATUS_CATALOG[end].rank === top && latest?.status === end;
      }),
    );
  });

  it('ends not accepted exactly when a not_accepted comes while nothing but queued came before', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const seen = h.filter(known);
        const first = seen.findIndex((d) => d.status !== 'queued');
        const rejected = first >= 0 && seen[first]!.status === 'not_accepted';
        return (expectedState(h) === 'not_accepted') === rejected;
      }),
    );
  });

  it('ends canceled exactly when a canceled comes before production and any other final status', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const seen = h.filter(known);
        // A not_accepted once the order is accepted is ignored (it may only follow queued).
        const acceptedAt = seen.findIndex((d) => d.status === 'accepted');
        const ignored = (d: (typeof seen)[number], i: number) =>
          d.status === 'not_accepted' && acceptedAt >= 0 && acceptedAt < i;
        const first = seen.findIndex(
          (d, i) => d.status !== 'queued' && d.status !== 'accepted' && !ignored(d, i),
        );
        const canceled = first >= 0 && seen[first]!.status === 'canceled';
        return (expectedState(h) === 'canceled') === canceled;
      }),
    );
  });

  it('is the rule the reference receiver applies', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const book = new OrderBook();
        book.setUp('o');
        for (const d of h) book.apply('o', d.status);
        return book.get('o')!.status === expectedState(h);
      }),
    );
  });

  it('agrees with the state every fixed state check expects', () => {
    // Loading the catalog runs each fixed check's agreement test; a disagreeing one throws.
    expect(CATALOG.some((c) => c.id === 'state-ignores-stale-updates')).toBe(true);
    expect(() =>
      stateStoryCheck({
        id: 'state-ignores-stale-updates',
        title: 't',
        stories: [
          {
            story: s('queued', 'accepted', 'shipment_in_transit', 'accepted') as never,
            expected: 'accepted',
          },
        ],
        hint: 'h',
      }),
    ).toThrow(/expects accepted, the lifecycle model says shipment_in_transit/);
  });
});
