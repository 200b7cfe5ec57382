import { NOT_ACCEPTED_VARIANTS, STATUSES } from '../../contract/index.js';
import type { Check } from '../check.js';
import { bodyFor, stepName, type Step } from './story.js';

const EVERY_STEP: Step[] = STATUSES.flatMap((status): Step[] =>
  status === 'not_accepted'
    ? NOT_ACCEPTED_VARIANTS.map((variant) => ({ status, variant }))
    : [{ status }],
);

export const acceptsEveryStatus: Check = {
  id: 'accepts-every-status',
  title: 'Accepts a valid message for every status',
  sends: `a valid message for each of the ${STATUSES.length} statuses and both not_accepted variants, each for its own order`,
  expects: 'a 2xx answer to each',
  bug: 'A handler for one status (a refund call on shipment_returned) that throws: Probo gets a 500 and retries it forever.',
  hint: 'Acknowledge every status of the catalog, including the carrier statuses (shipment_*) and canceled with one "l".',
  async run(ctx) {
    for (const step of EVERY_STEP) {
      const order = await ctx.newOrder();
      ctx.expectOk(
        await ctx.deliver(bodyFor(order, step)),
        `${stepName(step)} for order ${order.id}`,
      );
    }
  },
};
