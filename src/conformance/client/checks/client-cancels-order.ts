import type { ClientCheck } from '../client-check.js';

export const clientCancelsOrder: ClientCheck = {
  id: 'client-cancels-order',
  title: 'The shop cancels an order the way Probo takes it',
  plays: 'queued and accepted, then holds the order at accepted and calls the cancel hook',
  expects:
    'POST /order/cancel with {"id"} or {"supplier_order_number"} of the order, answered as Probo does, and the state at canceled',
  hint: 'Cancel with POST /order/cancel {"id": "<your order id>"} (or {"supplier_order_number": …}) while the order is not in production, and book the canceled callback.',
  bug: 'a cancel body Probo does not take: the shop believes the order canceled while Probo prints and ships it',
  needs: 'cancelUrl',
  async run(ctx) {
    await ctx.place();
    const order = await ctx.requireOrder();
    await ctx.play(order, 2); // queued, accepted; held there until the cancel
    await ctx.callHook('cancel', order.id);
    const cancel = await ctx.waitForCall((calls) =>
      calls.find((c) => c.path === '/order/cancel' && c.answer),
    );
    if (!cancel) {
      ctx.fail(
        `the mock saw no POST /order/cancel within --settle ${ctx.env.settleMs} ms of the cancel hook`,
        { hint: clientCancelsOrder.hint },
      );
      return;
    }
    if (cancel.answer?.status !== 200 || !cancel.ids.includes(order.id)) {
      ctx.fail(
        `the cancel was not taken for order ${order.id}: POST /order/cancel ${cancel.body} → ${cancel.answer?.status} ${cancel.answer?.body ?? ''}`,
        {
          hint: `Probo takes {"id": "${order.id}"} or {"supplier_order_number": <Probo's number>} and nothing else; the shop must check the answer ("status": "cancelled") before it books the cancel.`,
        },
      );
      return;
    }
    await ctx.idle(); // the canceled callback
    await ctx.expectState(
      order.id,
      'canceled',
      (state) =>
        `after POST /order/cancel was taken and canceled was sent, expected state canceled for order ${order.id}, got ${state}`,
      () =>
        "Probo took the cancel and sent canceled, but the shop did not book it: a canceled after accepted (before production) is the order's final status; apply it.",
    );
  },
};
