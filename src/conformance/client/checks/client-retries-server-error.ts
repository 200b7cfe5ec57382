import type { ClientCheck } from '../client-check.js';
import type { SeenCall } from '../mock-front.js';

/** After the order is taken, how long later posts are still looked for (a second order). */
const AFTER_TAKEN_MS = 300;

const isTaken = (c: SeenCall) => c.path === '/order' && c.answer?.status === 202;

export const clientRetriesServerError: ClientCheck = {
  id: 'client-retries-server-error',
  title: 'The shop retries an order post Probo answered 503',
  plays: "503 in Probo's error shape to the first order post (X-Probo-Mock-Answer: 503)",
  expects: 'the shop posts again, with the same id, and exactly one order is taken',
  hint: 'Retry a post that got a 5xx or no answer, with backoff and the SAME order id: Probo refuses a repeated id, so a retry can never print twice.',
  bug: 'a 503 handed to the caller as an error, with no retry (a real open-source shop), or a retry under a new id: the order printed twice',
  referee: (_post, earlier) => (earlier.length === 0 ? { fault: '503' } : undefined),
  async run(ctx) {
    await ctx.place();
    const first = await ctx.firstPost();
    const taken = await ctx.takenOrder();
    const posts = ctx.posts();
    if (!taken) {
      ctx.fail(
        posts.length === 1
          ? `no retry: the shop posted once, got 503 and did not post again within --settle ${ctx.env.settleMs} ms`
          : `no order was taken: the shop posted ${posts.length} times and none was answered 202`,
        { hint: clientRetriesServerError.hint },
      );
      return;
    }
    // Another order may still come: the place hook has answered, a moment more.
    await ctx.wait(
      () => (ctx.posts().filter(isTaken).length > 1 ? true : undefined),
      AFTER_TAKEN_MS,
    );
    const firstId = first.ids[0];
    const ids = [
      ...new Set(
        ctx
          .posts()
          .filter(isTaken)
          .flatMap((c) => c.ids),
      ),
    ];
    if (firstId !== undefined && taken.id !== firstId) {
      ctx.fail(
        `the retry posted the order under a new id "${taken.id}" (the post answered 503 had "${firstId}"): when a 5xx hides a stored order, Probo prints it twice`,
        {
          hint: 'Keep the order id of the first post for every retry: Probo refuses a repeated id as a duplicate, so the order is printed once whatever happened to the first post.',
        },
      );
    } else if (ids.length > 1) {
      ctx.fail(
        `the mock took ${ids.length} orders (${ids.join(', ')}) for one place: printed twice`,
        {
          hint: clientRetriesServerError.hint,
        },
      );
    }
  },
};
