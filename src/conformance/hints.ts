import {
  isProboStatus,
  STATUS_CATALOG,
  TRANSPORT_BAND,
  type ProboStatus,
} from '../contract/index.js';
import type { Exchange } from './exchange.js';
import type { StateReading } from './state-probe.js';

/**
 * Hints that name the cause of one failure (a refused setup, a state hook answering 404, a word
 * the map does not name, a stale status applied, …), so that a report says what to fix, not only
 * which check failed. The check's own hint is the fallback.
 */

export function setupRefusedHint(url: string, x: Exchange): string {
  const status = x.outcome.status;
  if (status === undefined)
    return `The setup hook ${url} did not answer (${x.outcome.error?.code ?? 'no answer'}): is --setup-url right and the receiver up?`;
  if (status === 404 || status === 405)
    return `The setup hook answered ${status}: is --setup-url the route that creates an order from POST {"id", "reference"}?`;
  if (status === 409)
    return 'The setup hook refused the order id as a duplicate (409): every fresh order id is new, so the hook must create the order (or answer 2xx when it already has it).';
  if (status === 400 || status === 422)
    return `The setup hook refused the body POST {"id", "reference"} (${status}): if it wants ids in a certain form, try --order-id-format uuid; it may also answer {"id": "…"} with an id of its own.`;
  return `The setup hook failed (${status}): see the receiver's log for the order id of the request below.`;
}

/** A hint for a state read that has no usable status. */
export function stateProblemHint(
  reading: StateReading,
  orderId: string,
  sent: readonly string[] = [],
): string | undefined {
  if (reading.word !== undefined && !isProboStatus(reading.word) && sent.includes(reading.word))
    return `The receiver stored "${reading.word}", a status it does not know, that Probo sent: ignore unknown statuses (acknowledge them, log them) instead of storing them.`;
  switch (reading.cause) {
    case 'hook-answer': {
      const status = reading.exchange.outcome.status;
      if (status === 404)
        return `The state hook answered 404 for order ${orderId}: check that --state-url (with {id}) is the route, and that the receiver keeps an order it only got callbacks for (or give --setup-url so that the order is created first).`;
      if (status !== undefined && status >= 500)
        return `The state hook failed (${status}) for order ${orderId}: see the receiver's log; the hook must answer JSON for every order it has, whatever its state.`;
      if (status === 401 || status === 403)
        return `The state hook refused the request (${status}): pass its credentials with --header "Name: value".`;
      if (status !== undefined)
        return `The state hook must answer 2xx with JSON; it answered ${status}.`;
      return `The state hook did not answer (${reading.exchange.outcome.error?.code ?? 'no answer'}): is --state-url right, and is --timeout long enough?`;
    }
    case 'not-json':
      return 'The state hook must answer JSON (e.g. {"status": "…"}); point --state-url at the JSON route.';
    case 'too-large':
      return 'The state hook answered more than verify reads (10 MiB): answer a small document for the order (its status and what the pointers read), or point --state-url at a route that does.';
    case 'no-value':
      return 'Point --state-pointer at the status word in the state answer (default /status), e.g. /order/state; a null there means the order has no status yet: the callbacks were not applied.';
    case 'not-in-map':
      return `Add "${reading.word}" to the --state-map file: {"${reading.word}": "<probo status>"}, or {"${reading.word}": ["…", "…"]} for a word that stands for several statuses.`;
    case 'not-a-status':
      return `The receiver reports its own word "${reading.word}": give --state-map FILE with what each word means (e.g. {"${reading.word}": "<probo status>"}); if "${reading.word}" is a status Probo never sent this order, the receiver stored a status it should have ignored.`;
    default:
      return undefined;
  }
}

const rank = (status: ProboStatus): number => STATUS_CATALOG[status].rank;

/**
 * A hint for a state read whose word stands for the wrong status, from the story that was sent:
 * a status that came before a later one (stale), an order stuck at an earlier step (a skipped step
 * not applied), an unknown status applied, a refusal taken for the original order.
 */
export function wrongStateHint(
  reading: StateReading,
  expected: ProboStatus,
  sent: readonly string[],
): string | undefined {
  const statuses = reading.statuses ?? [];
  if (reading.noStatus) {
    const applied = sent.filter(isProboStatus);
    return `"${reading.word}" means no Probo status yet (--state-map), so none of ${[...new Set(applied)].join(', ') || 'the callbacks'} moved the order: apply each status when the lifecycle allows it; if "${reading.word}" is also what the shop shows after ${expected}, put ${expected} in its array instead of [].`;
  }
  const lastIndex = (s: string): number => sent.lastIndexOf(s);
  const expectedAt = lastIndex(expected);
  // Something sent after the expected status won although it ranks lower: stale applied.
  const stale = statuses.find(
    (s) => lastIndex(s) > expectedAt && expectedAt >= 0 && rank(s) <= rank(expected),
  );
  if (stale === 'not_accepted')
    return `The not_accepted that came after ${expected} was applied: after acceptance a not_accepted refuses another post with the same id (duplicate order), never this order. Take not_accepted only while the order is queued.`;
  if (stale === 'canceled')
    return `A canceled that came after ${expected} was applied: Probo cancels only before production.`;
  if (stale !== undefined)
    return `A stale status was applied: ${stale} arrived after ${expected} and moved the order back. Apply a status only when it ranks above the current one (or is another carrier status of the transport band, which has no order); acknowledge and drop the rest.`;
  // Kept a carrier status of the band when another came after it: the band has no order.
  const kept = TRANSPORT_BAND.includes(expected)
    ? statuses.find((s) => s !== expected && TRANSPORT_BAND.includes(s) && sent.includes(s))
    : undefined;
  if (kept !== undefined && lastIndex(kept) < expectedAt)
    return `The order stayed at ${kept}${reading.mapped ? ` ("${reading.word}")` : ''} when ${expected} came after it. The carrier's statuses ${TRANSPORT_BAND.join(', ')} follow each other in any order (an exception or a delay is often followed by in transit again): take the latest one that arrives; only a final status (delivered, returned, picked up) ends them.`;
  // Stuck at a status sent earlier (the latest one the word stands for): later ones not applied.
  const stuck = statuses
    .filter(
      (s) =>
        s !== expected &&
        sent.includes(s) &&
        // A class word may hide a status of the same rank (in transit / exception).
        (reading.mapped && statuses.length > 1
          ? rank(s) <= rank(expected)
          : rank(s) < rank(expected)),
    )
    .sort((a, b) => lastIndex(b) - lastIndex(a))[0];
  if (stuck !== undefined) {
    // A later status whose name holds the stuck one's (not_accepted holds accepted) may be what
    // the receiver booked under this word: the story does not show that the order stopped.
    const lookalike = sent
      .slice(sent.indexOf(stuck) + 1)
      .find((s) => s !== stuck && isProboStatus(s) && s.includes(stuck));
    if (lookalike !== undefined)
      return `The state reads ${stuck}${reading.mapped ? ` ("${reading.word}")` : ''}, and ${lookalike} came after it: a receiver that matches statuses by substring books ${lookalike} as ${stuck} ("${lookalike}" contains "${stuck}"). Match each status exactly.`;
    const after = [
      ...new Set(sent.slice(lastIndex(stuck) + 1).filter((s) => isProboStatus(s) && s !== stuck)),
    ];
    if (reading.mapped && statuses.length > 1)
      return `"${reading.word}" stands for ${statuses.join(', ')}, not ${expected}: either ${expected} was not applied, or the receiver records it with the same word as ${stuck}. Give ${expected} a word of its own (it needs someone to act); if "${reading.word}" really covers it, add it to the word's array in --state-map.`;
    return `The order stopped at ${stuck}: ${after.join(', ') || 'what came after'} did not move it on. Handle every status by its exact name, and apply any later one by lifecycle rank, not only the next step of a fixed sequence (Probo may skip steps or send them out of order).`;
  }
  if (statuses.length > 0 && statuses.every((s) => !sent.includes(s)))
    return `The order is at ${statuses.join(' / ')}, which was never sent for it: the receiver maps a status to the wrong state (matching by substring or prefix, or one word for several outcomes). Map each status exactly.`;
  return undefined;
}
