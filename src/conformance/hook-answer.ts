import { describeAnswer, exchange, type Exchange, type ExchangeSettings } from './exchange.js';

/**
 * The test hooks' answers (state and effects) are read up to this size: a shop's order document
 * may be large, and a correct receiver must not fail for it. A larger answer is refused by name.
 */
export const HOOK_ANSWER_LIMIT = 10 * 1024 * 1024;

/** Why a hook's answer gave no JSON document. */
export type HookProblem = 'hook-answer' | 'not-json' | 'too-large';

/** One GET of a test hook: the parsed JSON document, or why there is none. */
export interface HookAnswer {
  exchange: Exchange;
  document?: unknown;
  problem?: string;
  cause?: HookProblem;
}

/** `10 MiB`, `12.5 MiB`, `900 bytes`: sizes for messages. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${Math.round((10 * bytes) / (1024 * 1024)) / 10} MiB`;
}

/** GETs `url` (a hook: `what` names it in messages) and parses its answer as JSON. */
export async function readHookJson(
  settings: ExchangeSettings,
  url: string,
  what: string,
): Promise<HookAnswer> {
  const x = await exchange(settings, 'GET', url, undefined, { bodyLimit: HOOK_ANSWER_LIMIT });
  if (x.outcome.truncated) return { exchange: x, problem: tooLarge(x, what), cause: 'too-large' };
  if (!x.ok)
    return { exchange: x, problem: `the ${what} ${describeAnswer(x)}`, cause: 'hook-answer' };
  try {
    return { exchange: x, document: JSON.parse(x.outcome.body) as unknown };
  } catch {
    return { exchange: x, problem: `the ${what} did not answer JSON`, cause: 'not-json' };
  }
}

/**
 * An answer cut at the limit: its size when it said so (Content-Length); else it is only known to
 * be over the limit, as it is not read past it, and the message says how it came (chunked).
 */
function tooLarge(x: Exchange, what: string): string {
  const limit = sizeText(HOOK_ANSWER_LIMIT);
  const length = Number(x.outcome.headers['content-length']);
  if (Number.isFinite(length) && length > 0)
    return `the ${what} answered ${sizeText(length)}, over the limit of ${limit}`;
  // Chunked is how a streamed answer comes; an answer ended by closing the connection says no size.
  const how = /\bchunked\b/i.test(x.outcome.headers['transfer-encoding'] ?? '')
    ? 'chunked'
    : 'with no Content-Length';
  return `the ${what} answered over the limit of ${limit}, ${how} (cut at the limit: its full size is unknown)`;
}
