import type { ClientCheck } from '../client-check.js';

export const clientReconcilesMissedCallbacks: ClientCheck = {
  id: 'client-reconciles-missed-callbacks',
  title: 'The shop reconciles an order whose callbacks were lost',
  plays:
    'the happy path, every callback after accepted dropped (journaled as dropped, never sent); then the poll hook',
  expects:
    'POST /order/status for the order (by id, reference or supplier number) and its state at shipment_delivered',
  hint: 'Poll POST /order/status {"orders": [{"id": "<your order id>"}]} for orders not final (Probo advises every 30-60 minutes) and apply the status_code it reports.',
  bug: 'relying on callbacks alone: a lost callback leaves the order "in production" forever (a real open-source shop polls by its own id as supplier_order_number and gets nothing)',
  needs: 'pollUrl',
  async run(ctx) {
    await ctx.place();
    const order = await ctx.requireOrder();
    await ctx.play(order, 2); // queued, accepted: delivered
    ctx.env.engine.dropCallbacks(order.record.key);
    await ctx.play(order); // the rest: lost
    await ctx.callHook('poll', order.id);
    const asked = await ctx.waitForCall((calls) =>
      calls.find((c) => c.path === '/order/status' && c.ids.includes(order.id) && c.answer),
    );
    if (!asked) {
      const other = ctx.calls().filter((c) => c.path === '/order/status');
      ctx.fail(
        other.length === 0
          ? `the mock saw no POST /order/status within --settle ${ctx.env.settleMs} ms of the poll hook`
          : `the shop asked POST /order/status ${other.length} time${other.length === 1 ? '' : 's'}, never naming order ${order.id}: ${other[0]!.body} → ${other[0]!.answer?.status ?? 'no answer'} ${other[0]!.answer?.body ?? ''}`,
        {
          hint:
            other.length === 0
              ? clientReconcilesMissedCallbacks.hint
              : `Name the order by "id" (your own order id, as posted), "reference", or "supplier_order_number" (Probo's number, from the accepted callback), not your own id as Probo's number. ${clientReconcilesMissedCallbacks.hint}`,
        },
      );
      return;
    }
    await ctx.expectState(
      order.id,
      'shipment_delivered',
      (state) =>
        `after the lost callbacks and POST /order/status (which reported shipment_delivered), expected state shipment_delivered for order ${order.id}, got ${state}`,
      () =>
        `The shop asked for the status but did not apply it: take "status_code" of the order's entry in the answer's "orders" as its status. ${clientReconcilesMissedCallbacks.hint}`,
    );
  },
};
