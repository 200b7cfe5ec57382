import { LEGACY_STATUSES } from '../../contract/index.js';
import type { Check } from '../check.js';
import { bodyFor } from './story.js';

// A status Probo might add one day (invented), and an old-style one from the changelog.
const UNKNOWN = [
  { status: 'shipment_held_at_customs', message: 'Shipment Held At Customs' },
  {
    status: LEGACY_STATUSES.find((s) => s === 'order_accepted') ?? 'order_accepted',
    message: 'Order accepted',
  },
];

export const toleratesUnknownStatus: Check = {
  id: 'tolerates-unknown-status',
  title: 'Acknowledges a status it does not know',
  sends:
    'well-formed messages whose status is not in the catalog (shipment_held_at_customs, the old order_accepted)',
  expects: 'a 2xx answer to each',
  bug: 'A lookup table that throws on a status it lacks: the day Probo or a carrier adds one, every such callback fails.',
  hint: 'Acknowledge and ignore statuses you do not know instead of failing a lookup; Probo adds statuses and carriers have their own.',
  async run(ctx) {
    const order = await ctx.newOrder();
    for (const { status, message } of UNKNOWN) {
      const body = {
        ...bodyFor(order, { status: 'shipment_in_transit' }),
        status,
        message,
      };
      ctx.expectOk(await ctx.deliver(body), `unknown status ${status} for order ${order.id}`);
    }
  },
};
