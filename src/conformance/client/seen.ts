import type { MockEngine } from '../../mock/engine/engine.js';
import type { ApiCallSeen, CallbackSent } from '../types.js';
import type { SeenCall } from './mock-front.js';

const ANSWER_SHOWN = 1024;

/** The calls as a report shows them: times from the place hook, answers cut. */
export function seenCalls(calls: readonly SeenCall[], since: number): ApiCallSeen[] {
  return calls.map((c) => {
    const seen: ApiCallSeen = {
      method: c.method,
      path: c.path,
      atMs: Math.max(0, Math.round(c.at - since)),
      body: c.body,
    };
    if (c.answer) {
      seen.status = c.answer.status;
      const body = c.answer.body;
      seen.answer = body.length > ANSWER_SHOWN ? `${body.slice(0, ANSWER_SHOWN)}… (cut)` : body;
    }
    if (c.played !== undefined) seen.played = c.played;
    if (c.lost) seen.lost = true;
    return seen;
  });
}

/** The last attempt of every callback the mock sent (or dropped) for the orders these calls took. */
export function callbacksOf(engine: MockEngine, calls: readonly SeenCall[]): CallbackSent[] {
  const ids = new Set(calls.filter((c) => c.answer?.status === 202).flatMap((c) => c.ids));
  const last = new Map<string, CallbackSent>();
  for (const id of ids) {
    for (const entry of engine.journal.query({ order: id })) {
      const sent: CallbackSent = {
        orderId: entry.orderId,
        status: entry.status,
        url: entry.url,
        outcome: entry.outcome,
      };
      if (entry.responseStatus !== undefined) sent.responseStatus = entry.responseStatus;
      if (entry.error) sent.error = `${entry.error.code}: ${entry.error.message}`;
      last.set(entry.deliveryId, sent);
    }
  }
  return [...last.values()];
}
