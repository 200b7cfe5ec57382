import type { ApiCallSeen, CallbackSent } from '../types.js';

/**
 * verify-client's failure details as lines: each call of Probo's API the mock saw for the check
 * (when, body, answer, what was played on it) and each callback it sent or dropped.
 */
export function formatCalls(calls: readonly ApiCallSeen[], bodyChars = 160): string[] {
  return calls.map((c, i) => {
    const answer =
      c.status === undefined ? 'no answer' : `${c.status} ${flat(c.answer ?? '', 120)}`;
    const played = c.played !== undefined ? ` [${c.played}]` : '';
    const lost = c.lost ? ' (never reached the shop)' : '';
    return `${i + 1}. +${c.atMs} ms ${c.method} ${c.path} ${flat(c.body, bodyChars)} → ${answer.trimEnd()}${lost}${played}`;
  });
}

export function formatCallbacks(callbacks: readonly CallbackSent[]): string[] {
  return callbacks.map((c) => {
    const answer =
      c.error !== undefined && c.outcome !== 'dropped'
        ? c.error
        : c.responseStatus !== undefined
          ? `answered ${c.responseStatus}`
          : '';
    return `${c.status} → ${c.url}: ${c.outcome}${answer ? ` (${answer})` : ''}`;
  });
}

function flat(text: string, max: number): string {
  const one = text.replace(/\s*\n\s*/g, ' ');
  return one.length > max ? `${one.slice(0, max)}…` : one;
}
