import { minimalCallback } from '../../fake/index.js';
import type { Check } from '../check.js';
import { stepName, steps, type Step } from './story.js';

const STORIES: Step[][] = [
  steps('queued', 'accepted', 'in_production', 'shipment_in_transit', 'shipment_delivered'),
  [{ status: 'queued' }, { status: 'not_accepted', variant: 'file-rejected' }],
  [{ status: 'queued' }, { status: 'not_accepted', variant: 'duplicate-order' }],
];

export const toleratesMinimalPayload: Check = {
  id: 'tolerates-minimal-payload',
  title: 'Acknowledges messages with only their required fields',
  sends:
    'messages with only the required fields (status, message, order.id, file for a rejected file): no reference, supplier_order_number or shipped_packages',
  expects: 'a 2xx answer to each',
  bug: 'Reading order.reference (or supplier_order_number) without checking it is there: a TypeError, 500, on a queued or refused order.',
  hint: 'Treat order.reference, supplier_order_number, status_page_url and shipped_packages as optional; only status, message and order.id are always there.',
  async run(ctx) {
    for (const story of STORIES) {
      const order = await ctx.newOrder();
      for (const step of story) {
        const body = minimalCallback(step.status, order.id, step.variant);
        ctx.expectOk(await ctx.deliver(body), `minimal ${stepName(step)} for order ${order.id}`);
      }
    }
  },
};
