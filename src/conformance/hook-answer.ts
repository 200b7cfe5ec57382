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
  if (x.outcome.truncated) {
    // Its size is known when it said so (Content-Length); a chunked one is not read to the end.
    const length = Number(x.outcome.headers['content-length']);
    const limit = sizeText(HOOK_ANSWER_LIMIT);
    return {
      exchange: x,
      problem:
        Number.isFinite(length) && length > 0
          ? `the ${what} answered ${sizeText(length)}, over the limit of ${limit}`
          : `the ${what} answered more than the limit of ${limit} (it sent no Content-Length)`,
      cause: 'too-large',
    };
  }
  if (!x.ok)
    return { exchange: x, problem: `the ${what} ${describeAnswer(x)}`, cause: 'hook-answer' };
  try {
    return { exchange: x, document: JSON.parse(x.outcome.body) as unknown };
  } catch {
    return { exchange: x, problem: `the ${what} did not answer JSON`, cause: 'not-json' };
  }
}
