import type { Check } from '../check.js';
import { describeState } from '../state-probe.js';
import { deliverStory, steps, storyText } from './story.js';

const STORY = steps(
  'queued',
  'accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_in_transit',
  'shipment_not_at_home',
);

export const stateSurvivesRedelivery: Check = {
  id: 'state-survives-redelivery',
  title: 'Ends in the same state when messages are redelivered',
  sends: `${storyText(STORY)} once to one order, and each message twice in a row to another`,
  expects: 'both orders end in the same state',
  bug: 'Counting "not at home" messages as delivery attempts: a redelivered one books the parcel as returned after the first attempt.',
  hint: 'Make applying a message idempotent: a second copy must not count as a new event (no counters of attempts, no toggles).',
  needsState: true,
  async run(ctx) {
    const once = await ctx.newOrder();
    const twice = await ctx.newOrder();
    await deliverStory(ctx, once, STORY, { graded: false });
    await deliverStory(ctx, twice, STORY, { graded: false, times: 2 });
    const last = STORY.at(-1)!.status;
    const single = await ctx.settledState(once, (r) => r.statuses?.includes(last) === true);
    if (single.problem) {
      ctx.failState(once, `reading the state of order ${once.id}: ${single.problem}`, single);
      return;
    }
    // The receiver's own words are compared: the same word is the same state, map or no map.
    const double = await ctx.settledState(twice, (r) => r.word === single.word);
    if (double.problem || double.word !== single.word) {
      ctx.failState(
        twice,
        `with every message delivered twice, order ${twice.id} is ${describeState(double)}; delivered once, order ${once.id} is ${describeState(single)}`,
        double,
        double.problem
          ? undefined
          : 'A redelivered message changed the state: applying a message must be idempotent (no counters of attempts, no toggles).',
      );
    }
  },
};
