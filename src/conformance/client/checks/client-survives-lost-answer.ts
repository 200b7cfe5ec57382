import type { ClientCheck } from '../client-check.js';
import type { TakenOrder } from '../client-context.js';

export const clientSurvivesLostAnswer: ClientCheck = {
  id: 'client-survives-lost-answer',
  title: 'The shop survives a lost answer: its retry is refused as a duplicate, its order goes on',
  plays:
    "stores the first post and closes the connection before any answer; the retry gets 202 queued; the order's queued and accepted, then the retry's duplicate-order not_accepted, then the rest of the happy path",
  expects:
    'the shop retries with the same id and its order ends at shipment_delivered: the refusal of the retry is not the refusal of its order',
  hint: 'A not_accepted "Order with customer order id … already exist" after accepted refuses your retry, not your order: take not_accepted only while the order is queued.',
  bug: 'booking the duplicate refusal of a retry as "rejected" and canceling the order Probo is in fact printing; or retrying under a new id (printed twice)',
  referee: (_post, earlier) => (earlier.length === 0 ? { loseAnswer: true } : undefined),
  async run(ctx) {
    await ctx.place();
    const original = await ctx.requireOrder();
    const retry = await ctx.waitForCall((calls) =>
      calls.find((c) => c.path === '/order' && c !== original.call && c.answer),
    );
    if (retry && retry.ids[0] !== original.id) {
      ctx.fail(
        `after the lost answer the shop posted the order again under a new id "${retry.ids[0] ?? '(none)'}": Probo had taken "${original.id}" and prints both`,
        {
          hint: 'Retry with the SAME order id: Probo refuses the repeated id as a duplicate, and the order is printed once.',
        },
      );
      return;
    }
    if (!retry) ctx.warnings.push(`${ctx.checkId}: the shop did not retry after the lost answer`);
    await ctx.play(original, 2); // queued, accepted
    if (retry?.answer?.status === 202) {
      const duplicate: TakenOrder = { call: retry, id: original.id, record: ctx.recordOf(retry) };
      ctx.env.engine.push(duplicate.record.key, {
        status: 'not_accepted',
        variant: 'duplicate-order',
      });
      await ctx.idle();
    }
    await ctx.play(original);
    await ctx.expectState(
      original.id,
      'shipment_delivered',
      (state) =>
        `after the lost answer, the retry's duplicate refusal and the happy path, expected state shipment_delivered for order ${original.id}, got ${state}`,
      (reading) =>
        reading.statuses?.includes('not_accepted')
          ? `The shop booked the duplicate refusal of its own retry for its order: a not_accepted after accepted refuses another post with the same id, never this order. ${clientSurvivesLostAnswer.hint}`
          : undefined,
    );
  },
};
