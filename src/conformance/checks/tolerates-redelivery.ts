import type { Check } from '../check.js';
import { deliverStory, steps } from './story.js';

export const toleratesRedelivery: Check = {
  id: 'tolerates-redelivery',
  title: 'Acknowledges a message delivered twice',
  sends:
    'queued, accepted, in_production, shipment_in_transit and shipment_delivered for one order, each twice in a row with the same bytes',
  expects: 'a 2xx answer to every delivery, the second ones included',
  bug: 'Refusing a message seen before (409): a retry after a lost answer is never acknowledged.',
  hint: 'Treat a message you already have as done and answer 2xx again; senders retry when an answer is lost.',
  async run(ctx) {
    const order = await ctx.newOrder();
    const story = steps(
      'queued',
      'accepted',
      'in_production',
      'shipment_in_transit',
      'shipment_delivered',
    );
    await deliverStory(ctx, order, story, { graded: true, times: 2 });
  },
};
