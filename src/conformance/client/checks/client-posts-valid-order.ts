import { validateOrder } from '../../../contract/validate.js';
import type { ClientCheck } from '../client-check.js';

const NO_CALLBACKS = 'Probo then sends no callbacks for the order';

/** The problems of an order post's `callback_urls`, by JSON pointer. */
export function callbackUrlProblems(post: Record<string, unknown>): string[] {
  const urls = post.callback_urls;
  const problems: string[] = [];
  if (Object.hasOwn(post, 'callback_url'))
    problems.push(
      `/callback_url: "callback_url" (singular) is not a Probo field: ${NO_CALLBACKS}; send "callback_urls": ["https://…"]`,
    );
  if (urls === undefined) {
    if (problems.length === 0) problems.push(`/callback_urls: missing: ${NO_CALLBACKS}`);
    return problems;
  }
  if (!Array.isArray(urls)) {
    problems.push(`/callback_urls: a ${typeof urls}, not a list: ${NO_CALLBACKS}`);
    return problems;
  }
  if (urls.length === 0) problems.push(`/callback_urls: an empty list: ${NO_CALLBACKS}`);
  urls.forEach((url, i) => {
    if (!isHttpUrl(url))
      problems.push(`/callback_urls/${i}: ${JSON.stringify(url)} is not an http(s) URL`);
  });
  return problems;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const clientPostsValidOrder: ClientCheck = {
  id: 'client-posts-valid-order',
  title: "The shop's order post is valid and asks for callbacks",
  plays: 'takes the order post the place hook makes',
  expects:
    'one order post, valid against the published order schema, with callback_urls: a list of http(s) URLs',
  hint: 'Build the order post after the published schema; put the receiver URL in "callback_urls": ["https://…"] (a list).',
  bug: 'posting "callback_url" (singular): Probo takes the order and never calls back (a real open-source shop and a second integration do this)',
  async run(ctx) {
    await ctx.place();
    const post = await ctx.firstPost();
    if (post.json === null || typeof post.json !== 'object' || Array.isArray(post.json)) {
      ctx.fail('the order post is not a JSON object', {
        hint: 'POST /order takes a JSON object (Content-Type: application/json).',
      });
      return;
    }
    const result = validateOrder(post.json);
    const problems = [
      ...(result.valid ? [] : result.diagnostics.map((d) => `${d.pointer || '/'}: ${d.message}`)),
      ...callbackUrlProblems(post.json as Record<string, unknown>),
    ];
    if (problems.length === 0) return;
    ctx.fail(
      `the order post has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `    ${p}`).join('\n')}`,
      {
        hint: problems.some((p) => p.includes(NO_CALLBACKS))
          ? 'Without "callback_urls" (a list of URLs) Probo takes the order and never calls back: the shop learns nothing of it.'
          : clientPostsValidOrder.hint,
      },
    );
  },
};
