import fc from 'fast-check';
import type { Delivery } from '../../contract/index.js';
import { CHOICE_RANGE, MAX_WALK, walkLifecycle } from './lifecycle-walk.js';

/**
 * Statuses Probo does not send (today): a carrier's own events and ones Probo might add. Invented;
 * a correct receiver acknowledges and ignores them.
 */
export const UNKNOWN_STATUSES = [
  'shipment_held_at_customs',
  'shipment_out_for_delivery',
  'shipment_partially_delivered',
  'on_hold',
] as const;

/**
 * What a history is made from. Every gene shrinks towards a simpler history: a dropped step
 * (`keep` 0), a single copy (`copies` 0), no swap, no unknown status, no refusal or cancellation.
 */
export interface HistoryGenes {
  /** The edge taken out of each status of the walk (see walkLifecycle). */
  choices: number[];
  /** Where the walk stops before a final status (null: it runs to one). */
  stopAfter: number | null;
  /** Per status of the walk: 0 skips it (Probo sends no callback), anything else delivers it. */
  keep: number[];
  /** Per status of the walk: 8 and 9 deliver it 2 or 3 times in a row (redelivery). */
  copies: number[];
  /** Unknown statuses put in between: where, and which. */
  unknown: Array<{ at: number; word: number }>;
  /** A duplicate-order refusal (`not_accepted`, another post with this id), and where. */
  refusal: number | null;
  /** A cancellation, and where. */
  cancellation: number | null;
  /** Local reordering: each swaps two neighbouring deliveries. */
  swaps: number[];
}

/** A generated history: the deliveries in order, and what it was made from (for its story). */
export interface History {
  deliveries: Delivery[];
}

const digit = fc.noBias(fc.nat(9));
const position = fc.noBias(fc.nat(1000));

/** A value that is usually null (no such event) and shrinks to null. */
const sometimes = (weight: number) =>
  fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(null), weight },
    { arbitrary: position, weight: 1 },
  );

export const historyGenes: fc.Arbitrary<HistoryGenes> = fc.record({
  choices: fc.array(fc.noBias(fc.nat(CHOICE_RANGE - 1)), {
    minLength: MAX_WALK,
    maxLength: MAX_WALK,
  }),
  stopAfter: sometimes(4),
  keep: fc.array(digit, { minLength: MAX_WALK, maxLength: MAX_WALK }),
  copies: fc.array(digit, { minLength: MAX_WALK, maxLength: MAX_WALK }),
  unknown: fc.array(fc.record({ at: position, word: fc.nat(UNKNOWN_STATUSES.length - 1) }), {
    maxLength: 2,
  }),
  refusal: sometimes(9),
  cancellation: sometimes(9),
  swaps: fc.array(position, { maxLength: 3 }),
});

/** The deliveries the genes stand for (deterministic). */
export function buildHistory(genes: HistoryGenes): History {
  const path = walkLifecycle(
    genes.choices,
    genes.stopAfter === null ? undefined : 2 + (genes.stopAfter % MAX_WALK),
  );
  const out: Delivery[] = [];
  path.forEach((status, i) => {
    if ((genes.keep[i] ?? 1) === 0) return;
    const copy = genes.copies[i] ?? 0;
    const times = copy >= 8 ? copy - 6 : 1;
    // A not_accepted on the walk comes straight after queued: a file that failed preflight.
    const delivery: Delivery =
      status === 'not_accepted' ? { status, variant: 'file-rejected' } : { status };
    for (let n = 0; n < times; n++) out.push({ ...delivery });
  });
  const insert = (at: number, delivery: Delivery) => out.splice(at % (out.length + 1), 0, delivery);
  for (const { at, word } of genes.unknown) insert(at, { status: UNKNOWN_STATUSES[word]! });
  if (genes.refusal !== null)
    insert(genes.refusal, { status: 'not_accepted', variant: 'duplicate-order' });
  if (genes.cancellation !== null) insert(genes.cancellation, { status: 'canceled' });
  if (out.length > 1) {
    for (const s of genes.swaps) {
      const i = s % (out.length - 1);
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    }
  }
  return { deliveries: out };
}

/** Random histories of one order (fast-check; seeded by the run's seed when sampled or checked). */
export const historyArbitrary: fc.Arbitrary<History> = historyGenes.map(buildHistory);
