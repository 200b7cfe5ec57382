import { mulberry32, shuffleAwayFromOrder } from '../../shared/seeded-random.js';
import type { Check } from '../check.js';
import { deliverStory, steps, type Step } from './story.js';

// The pickup-point lifecycle: a second real path, so this check does not repeat the happy path.
const PICKUP_PATH = steps(
  'queued',
  'accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_in_transit',
  'shipment_available_at_pickup_point',
  'shipment_picked_up',
);

/** A seeded shuffle (Fisher-Yates on mulberry32) that is neither the original order nor its reverse. */
function shuffled(story: readonly Step[], seed: number): Step[] {
  return shuffleAwayFromOrder(story, mulberry32(seed), [story, [...story].reverse()]);
}

export const toleratesOutOfOrder: Check = {
  id: 'tolerates-out-of-order',
  title: 'Acknowledges messages that arrive out of order',
  sends: 'the pickup-point lifecycle shuffled for one order and reversed for another',
  expects: 'a 2xx answer to each, also to a status older than the one the order has',
  bug: 'Refusing a status older than the current one: Probo retries the late message instead of dropping it.',
  hint: 'Never refuse a late status: answer 2xx and ignore it if it would move the order backwards.',
  async run(ctx) {
    const a = await ctx.newOrder();
    await deliverStory(ctx, a, shuffled(PICKUP_PATH, ctx.seed), { graded: true });
    const b = await ctx.newOrder();
    await deliverStory(ctx, b, [...PICKUP_PATH].reverse(), { graded: true });
  },
};
