import { HAPPY_PATH } from '../../contract/index.js';
import type { Check } from '../check.js';
import { bodyFor } from './story.js';

export const respondsInTime: Check = {
  id: 'responds-in-time',
  title: 'Answers every message of a happy path within the timeout',
  sends: `the happy path (${HAPPY_PATH.join(' → ')}) for one order, in order`,
  expects: 'a 2xx answer to each within --timeout; the report names the slowest',
  bug: "Calling the carrier's or ERP's API before answering: the answer comes after Probo's timeout and the callback is sent again.",
  hint: 'Acknowledge first and do slow work (mails, labels, ERP calls) after answering, e.g. in a queue.',
  async run(ctx) {
    const order = await ctx.newOrder();
    let slowest = { ms: -1, status: '' };
    for (const status of HAPPY_PATH) {
      const x = await ctx.deliver(bodyFor(order, { status }));
      ctx.expectOk(x, `${status} for order ${order.id}`);
      if (x.response.durationMs > slowest.ms) slowest = { ms: x.response.durationMs, status };
    }
    ctx.note = `slowest answer ${slowest.ms} ms (${slowest.status})`;
  },
};
