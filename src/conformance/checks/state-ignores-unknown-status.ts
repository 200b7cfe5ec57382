import type { Check } from '../check.js';
import { bodyFor, deliverStory, steps, storyText } from './story.js';

const BEFORE = steps('queued', 'accepted', 'in_production');
/** A status Probo might add one day (invented): a carrier's own. */
const UNKNOWN = 'shipment_held_at_customs';

export const stateIgnoresUnknownStatus: Check = {
  id: 'state-ignores-unknown-status',
  title: 'Keeps the state when a status it does not know arrives',
  sends: `${storyText(BEFORE)}, then the unknown status ${UNKNOWN} for one order, then reads the state hook`,
  expects: 'the state is still in_production',
  hint: 'Ignore a status you do not know (acknowledge it, log it): do not store it, and do not map it to the nearest known one.',
  bug: 'A real shop stores any status containing "ship" as "shipped", so an unknown carrier status ships an order that is still being printed.',
  needsState: true,
  async run(ctx) {
    const order = await ctx.newOrder();
    await deliverStory(ctx, order, BEFORE, { graded: false });
    const body = {
      ...bodyFor(order, { status: 'shipment_in_transit' }),
      status: UNKNOWN,
      message: 'Shipment Held At Customs',
    };
    await ctx.deliverTo(order, body, UNKNOWN);
    await ctx.expectState(order, 'in_production', `${storyText(BEFORE)} → ${UNKNOWN}`);
  },
};
