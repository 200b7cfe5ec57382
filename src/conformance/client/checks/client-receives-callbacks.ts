import type { ClientCheck } from '../client-check.js';
import type { TakenOrder } from '../client-context.js';
import type { MockEngine } from '../../../mock/engine/engine.js';

/** Where the order's callbacks went, when none of them was taken: for the failure's hint. */
export function whereCallbacksWent(engine: MockEngine, order: TakenOrder): string | undefined {
  const urls = order.record.callbackUrls;
  if (urls.length === 0)
    return `The order has no callback_urls, so the mock (as Probo) sent it no callbacks${order.record.warnings?.length ? ` (${order.record.warnings.map((w) => w.message).join('; ')})` : ''}.`;
  const entries = engine.journal.query({ orderKey: order.record.key });
  if (entries.some((e) => e.outcome === 'delivered')) return undefined;
  const answers = [...new Set(entries.map((e) => e.error?.code ?? `answered ${e.responseStatus}`))];
  return `The callbacks went to ${urls.join(', ')} and none was taken (${answers.join(', ')}): is that the shop's callback route, reachable from the mock?`;
}

export const clientReceivesCallbacks: ClientCheck = {
  id: 'client-receives-callbacks',
  title: 'The callbacks of a placed order reach the shop',
  plays: 'the happy path, queued to shipment_delivered, to the callback_urls of the order',
  expects: "the shop's state of the order ends at shipment_delivered (through --state-map)",
  hint: "Put the receiver's public URL in callback_urls and apply each status to the order the callback names.",
  bug: 'callbacks that never reach the shop (a wrong or missing callback URL): the order is printed and shipped, the shop never knows',
  async run(ctx) {
    await ctx.place();
    const order = await ctx.requireOrder();
    await ctx.play(order);
    await ctx.expectState(
      order.id,
      'shipment_delivered',
      (state) =>
        `after the happy path, expected state shipment_delivered for order ${order.id}, got ${state}`,
      () => whereCallbacksWent(ctx.env.engine, order),
    );
  },
};
