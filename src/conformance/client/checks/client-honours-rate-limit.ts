import type { ClientCheck } from '../client-check.js';

/** The x-ratelimit-reset of the 429 played (ms). */
export const RESET_MS = 2000;
/** Slack for the clocks of two processes: a post this much early still counts as waiting. */
const SLACK_MS = 50;

export const clientHonoursRateLimit: ClientCheck = {
  id: 'client-honours-rate-limit',
  title: 'The shop waits for x-ratelimit-reset after a 429',
  plays: `Probo's 429 ("Quota has been exceeded") with x-ratelimit-reset: ${RESET_MS} to the first order post`,
  expects: `no post before the ${RESET_MS} ms are over, and the order taken within --settle`,
  hint: 'On 429, wait the x-ratelimit-reset milliseconds the answer gives, then post again (same id); do not retry at once.',
  bug: 'hammering on 429: every immediate retry spends the quota again, for this order and every other the shop places',
  referee: (_post, earlier) => (earlier.length === 0 ? { fault: `429=${RESET_MS}` } : undefined),
  async run(ctx) {
    await ctx.place();
    const first = await ctx.firstPost();
    const answeredAt = first.answer?.at ?? first.at;
    const taken = await ctx.takenOrder(Math.max(ctx.env.settleMs, RESET_MS + 1000));
    const early = ctx.posts().filter((c) => c !== first && c.at < answeredAt + RESET_MS - SLACK_MS);
    if (early.length > 0) {
      const after = Math.round(early[0]!.at - answeredAt);
      ctx.fail(
        `the shop posted again ${after} ms after the 429, before its x-ratelimit-reset of ${RESET_MS} ms (${early.length} post${early.length === 1 ? '' : 's'} too early)`,
        { hint: clientHonoursRateLimit.hint },
      );
    }
    if (!taken)
      ctx.fail(
        `no order was taken within --settle ${ctx.env.settleMs} ms: the shop did not post again after the wait`,
        { hint: clientHonoursRateLimit.hint },
      );
  },
};
