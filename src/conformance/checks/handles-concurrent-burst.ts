import type { Check } from '../check.js';
import type { OrderRef } from '../check-context.js';
import { inParallel } from '../limiter.js';
import { bodyFor } from './story.js';

export const handlesConcurrentBurst: Check = {
  id: 'handles-concurrent-burst',
  title: 'Handles a burst of messages at once',
  sends: '--concurrency (default 50) queued messages for distinct orders, all at the same time',
  expects: 'a 2xx answer to each within --timeout',
  bug: 'A pool that refuses what it cannot take at once (503): a burst of callbacks after a Probo outage is answered with errors.',
  hint: 'Do not cap requests in flight below a burst Probo can send; queue work instead of refusing it (no 429/503).',
  exclusive: true,
  async run(ctx) {
    // Set the orders up within --parallel: the burst is what is being tested, not the setup hook.
    const orders: OrderRef[] = Array.from({ length: ctx.env.concurrency }, () => ctx.freshOrder());
    await inParallel(orders, ctx.env.parallel, async (order, i) => {
      orders[i] = await ctx.setUp(order);
    });
    const bodies = orders.map((o) => JSON.stringify(bodyFor(o, { status: 'queued' })));
    const answers = await Promise.all(bodies.map((b) => ctx.deliver(b, { burst: true })));
    let ok = 0;
    answers.forEach((x, i) => {
      if (ctx.expectOk(x, `queued for order ${orders[i]!.id} in a burst of ${orders.length}`)) ok++;
    });
    ctx.note = `${ok} of ${orders.length} concurrent messages answered 2xx`;
  },
};
