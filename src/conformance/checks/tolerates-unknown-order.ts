import type { Check } from '../check.js';
import { bodyFor, steps } from './story.js';
import { describeAnswer } from '../exchange.js';

export const toleratesUnknownOrder: Check = {
  id: 'tolerates-unknown-order',
  title: 'Copes with a message for an order it never saw',
  sends: 'queued and shipment_in_transit for an order id that was never set up or seen',
  expects: 'any answer but a 5xx, an error or a timeout (a 2xx, or a 4xx such as 404, both pass)',
  bug: 'Dereferencing an order it does not have: a 500 for an order created elsewhere, or a test order.',
  hint: 'Look the order up and answer 2xx or 404 when it is not there; Probo only "tries" to send your own order id.',
  async run(ctx) {
    const order = ctx.freshOrder();
    for (const step of steps('queued', 'shipment_in_transit')) {
      const x = await ctx.deliver(bodyFor(order, step));
      const status = x.outcome.status;
      if (x.outcome.error || status === undefined || status >= 500) {
        ctx.fail(
          `${step.status} for unknown order ${order.id}: ${describeAnswer(x)}, expected an answer below 500`,
          x,
        );
      }
    }
  },
};
