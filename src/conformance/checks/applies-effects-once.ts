import type { Check } from '../check.js';
import type { CheckContext } from '../check-context.js';
import {
  countEffects,
  effectsProblemHint,
  effectText,
  type EffectsReading,
} from '../effects-probe.js';
import { bodyFor, stepName, type Step } from './story.js';
import type { ProboStatus } from '../../contract/index.js';

/** One moment of a sequence: one delivery, or copies of one callback sent at the same moment. */
interface Moment {
  step: Step;
  /** Copies sent at once (default 1). */
  together?: number;
  /** Its name in stories, e.g. `accepted (copy 2 of 2)`. */
  name: string;
}

interface Sequence {
  label: string;
  moments: Moment[];
  hint: string;
}

const once = (status: ProboStatus, name: string = status): Moment => ({ step: { status }, name });

const TWICE: ProboStatus[] = [
  'queued',
  'accepted',
  'in_production',
  'shipment_in_transit',
  'shipment_delivered',
];

/**
 * The three sequences of the issue, each to its own fresh order. None moves sideways in the
 * transport band and back (in transit → delayed → in transit): repeating an effect there may be
 * meant (a second "on its way" after a delay).
 */
export const EFFECT_SEQUENCES: readonly Sequence[] = [
  {
    label: 'each status delivered twice in a row',
    moments: TWICE.flatMap((s) => [once(s, `${s} (copy 1 of 2)`), once(s, `${s} (copy 2 of 2)`)]),
    hint: 'A redelivered callback performed its side effect again: perform an effect only when the callback changes the order (in the same transaction as the change), never for every copy that arrives.',
  },
  {
    label: 'stale repeats of earlier statuses after a later one',
    moments: [
      once('queued'),
      once('accepted'),
      once('shipment_in_transit'),
      once('accepted', 'accepted (again, stale)'),
      once('in_production', 'in_production (late, stale)'),
    ],
    hint: 'A stale callback (a status the order had already passed) performed its effect again: decide by the lifecycle whether the callback changes the order first, and perform effects only then.',
  },
  {
    label: 'three copies of accepted at the same moment',
    moments: [once('queued'), { step: { status: 'accepted' }, together: 3, name: 'accepted' }],
    hint: 'Copies that arrive at the same moment each performed the effect: apply a status under a lock or a unique constraint (order, status), and perform the effect only for the copy that changed the order.',
  },
];

/** How long after the last answer the effects are read a second time. */
const LATE_READ_MS = 1000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const appliesEffectsOnce: Check = {
  id: 'applies-effects-once',
  title: 'Performs each side effect once, whatever is redelivered, late or concurrent',
  sends: `three fresh orders: ${EFFECT_SEQUENCES.map((s) => s.label).join('; ')}; reads the effects hook after each delivery and 1 s after the last`,
  expects:
    'no effect appears twice in the effects hook (deep-equal, key order ignored), when the deliveries are answered or 1 s later',
  hint: EFFECT_SEQUENCES[0]!.hint,
  bug: 'The most common costly receiver bug after wrong states: a second "your order has shipped" e-mail, a second refund, a second fulfilment call, on a redelivery, a late duplicate or two concurrent copies.',
  skipReason: (o) =>
    o.effectsUrl !== undefined
      ? undefined
      : 'needs --effects-url TEMPLATE (a GET answering the JSON array of side effects done for the order)',
  async run(ctx) {
    // The sequences run side by side (each waits a second at its end); their failures are
    // recorded in the sequences' order, so a report reads the same on every run.
    const found = await Promise.all(EFFECT_SEQUENCES.map((sequence) => runSequence(ctx, sequence)));
    for (const failure of found.flat()) ctx.fail(...failure);
  },
};

/** Which deliveries added copies of each effect: `key → ["accepted (copy 2 of 2)", …]`. */
type Causes = Map<string, string[]>;

/** What a sequence found wrong, as ctx.fail's arguments. */
type Found = Parameters<CheckContext['fail']>;

async function runSequence(ctx: CheckContext, sequence: Sequence): Promise<Found[]> {
  const found: Found[] = [];
  const order = await ctx.newOrder();
  const causes: Causes = new Map();
  let counts = new Map<string, number>();
  // Records which moment added copies; false when the hook gave no array (failure recorded).
  const observe = async (after: string): Promise<EffectsReading | undefined> => {
    const reading = await ctx.readEffects(order);
    if (reading.effects === undefined) {
      found.push([
        `reading the effects of order ${order.id} after ${after}: ${reading.problem}`,
        reading.exchange,
        {
          story: [...order.story.entries],
          curl: order.story.curl(reading.exchange),
          hint: effectsProblemHint(reading, order.id),
        },
      ]);
      return undefined;
    }
    const now = countEffects(reading.effects);
    for (const [key, { count }] of now) {
      const gained = count - (counts.get(key) ?? 0);
      if (gained > 0) (causes.get(key) ?? causes.set(key, []).get(key)!).push(after);
    }
    counts = new Map([...now].map(([key, { count }]) => [key, count]));
    return reading;
  };
  for (const moment of sequence.moments) {
    const body = JSON.stringify(bodyFor(order, moment.step));
    const copies = moment.together ?? 1;
    if (copies === 1) await ctx.deliverTo(order, body, moment.name);
    else {
      await Promise.all(
        Array.from({ length: copies }, (_, i) =>
          ctx.deliverTo(order, body, `${moment.name} (copy ${i + 1} of ${copies}, at once)`),
        ),
      );
    }
    const name =
      copies === 1 ? moment.name : `the ${copies} copies of ${stepName(moment.step)} at once`;
    if (!(await observe(name))) return found;
  }
  await wait(LATE_READ_MS);
  const last = await observe(`the ${LATE_READ_MS / 1000} s after the last answer`);
  if (!last?.effects) return found;
  const duplicated = [...countEffects(last.effects).entries()].filter(([, e]) => e.count > 1);
  if (duplicated.length === 0) return found;
  const lines = duplicated.map(
    ([key, { effect, count }]) =>
      `${effectText(effect)} ×${count}, added after ${(causes.get(key) ?? ['?']).join(', ')}`,
  );
  found.push([
    `order ${order.id} (${sequence.label}): ${duplicated.length === 1 ? 'an effect was' : `${duplicated.length} effects were`} performed more than once:\n      ${lines.join('\n      ')}`,
    last.exchange,
    {
      story: [...order.story.entries],
      curl: order.story.curl(last.exchange),
      hint: sequence.hint,
    },
  ]);
  return found;
}
