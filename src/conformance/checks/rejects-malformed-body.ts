import type { Check } from '../check.js';
import { describeAnswer } from '../exchange.js';
import { bodyFor } from './story.js';

export const rejectsMalformedBody: Check = {
  id: 'rejects-malformed-body',
  title: 'Refuses a body that is not JSON, then goes on working',
  sends:
    'a cut-off JSON body and a plain-text body, both as application/json, each followed by a valid message',
  expects: 'a 4xx answer to each broken body and a 2xx to the valid message after it',
  bug: 'Swallowing the parse error and answering 200: a body it could not read is acknowledged and lost.',
  hint: 'Answer 400 when the body does not parse (do not acknowledge what you could not read), and keep serving afterwards.',
  async run(ctx) {
    const order = await ctx.newOrder();
    const garbage = [
      { what: 'a cut-off JSON body', body: `{"status": "queued", "order": {"id": "${order.id}"` },
      { what: 'a plain-text body', body: 'this is not JSON' },
    ];
    const valid = [bodyFor(order, { status: 'queued' }), bodyFor(order, { status: 'accepted' })];
    for (const [i, { what, body }] of garbage.entries()) {
      const x = await ctx.deliver(body);
      const status = x.outcome.status;
      if (x.outcome.error || status === undefined || status < 400 || status >= 500) {
        ctx.fail(
          `${what} sent as application/json: ${describeAnswer(x)}, expected a 4xx answer`,
          x,
        );
      }
      ctx.expectOk(await ctx.deliver(valid[i]), `a valid message right after ${what}`);
    }
  },
};
