import type { CheckFailure, CheckResult, RecordedResponse, SharedCause } from './types.js';

/**
 * Hints that name the one cause behind many failures: a receiver that wants a shared secret
 * (401/403 to callbacks: pass it with --header), or one that refuses orders it has not seen
 * (404 or another 4xx to callbacks: create them first with --setup-url). They replace the
 * checks' generic hints, which would only send a reader after the wrong fix.
 */

/** What the runner knows when it judges the cause of a failure. */
export interface CauseContext {
  target: string;
  /** Names of the --header given (the values are secret). */
  headerNames: string[];
  setupUrl?: string;
}

/** The hint for a callback the receiver refused with `status`, when the status says why. */
export function refusedCallbackHint(status: number, cause: CauseContext): string | undefined {
  if (status === 401 || status === 403) {
    return cause.headerNames.length === 0
      ? `The receiver refused the callback with ${status}: it wants a shared secret. Pass it with --header "X-Security-Header: …" (or the header it reads); every --header goes with every request.`
      : `The receiver refused the callback with ${status} although --header ${cause.headerNames.join(', ')} was sent: check the header's name and value against the receiver's configuration.`;
  }
  // A 400 is the answer to a body the receiver cannot read, a 413 to one too large, a 405/415 to
  // the wrong route or type: other causes, which the checks name themselves.
  if (
    cause.setupUrl === undefined &&
    status >= 404 &&
    status < 500 &&
    ![405, 413, 415].includes(status)
  )
    return `The receiver answered ${status} to a callback for an order it has not seen (every order of verify is new to it): give --setup-url so that each order is created first, or answer 2xx to an order you do not know (Probo only "tries" to send your own id).`;
  return undefined;
}

/** The status of a failure's answer to a callback (a POST to the target), if it was one. */
function callbackStatus(failure: CheckFailure, target: string): number | undefined {
  if (failure.request?.method === 'POST' && failure.request.url === target)
    return failure.response?.status;
  return undefined;
}

/**
 * The answer every callback of a failure's story got, when they all got the same refusal status
 * (so the state read only shows that nothing was applied): the first of them.
 */
function storyRefusal(failure: CheckFailure): RecordedResponse | undefined {
  const callbacks = (failure.story ?? []).filter((e) => e.step !== 'setup');
  const first = callbacks[0]?.response;
  if (first?.status === undefined || first.status < 400) return undefined;
  return callbacks.every((e) => e.response.status === first.status) ? first : undefined;
}

/** Gives each failure whose answer names its cause the hint for that cause. */
export function withRootCauses(failures: CheckFailure[], cause: CauseContext): CheckFailure[] {
  return failures.map((failure) => {
    const status = callbackStatus(failure, cause.target) ?? storyRefusal(failure)?.status;
    const hint = status === undefined ? undefined : refusedCallbackHint(status, cause);
    return hint === undefined ? failure : { ...failure, hint };
  });
}

/** `401 {"error":"no secret"}` or `ECONNRESET: …`: an answer as a key and for the report. */
export function answerKey(response: RecordedResponse): string {
  if (response.error) return `${response.error.code}: ${response.error.message}`;
  return `${response.status ?? ''} ${response.body ?? ''}`.trim();
}

/**
 * The answer at least half of the failed checks (and two or more) got, when there is one: then
 * the report names it once, before the failures. A failure of a state check counts the answer
 * its callbacks got when they were all refused alike.
 */
export function sharedCause(checks: readonly CheckResult[]): SharedCause | undefined {
  const failed = checks.filter((c) => c.outcome === 'failed');
  if (failed.length < 2) return undefined;
  const byAnswer = new Map<string, { ids: Set<CheckResult['id']>; hints: Map<string, number> }>();
  for (const check of failed) {
    for (const failure of check.failures) {
      const response = storyRefusal(failure) ?? failure.response;
      if (!response) continue;
      const key = answerKey(response);
      const entry = byAnswer.get(key) ?? { ids: new Set(), hints: new Map() };
      entry.ids.add(check.id);
      if (failure.hint) entry.hints.set(failure.hint, (entry.hints.get(failure.hint) ?? 0) + 1);
      byAnswer.set(key, entry);
    }
  }
  const best = [...byAnswer.entries()].sort((a, b) => b[1].ids.size - a[1].ids.size)[0];
  if (!best || best[1].ids.size < 2 || 2 * best[1].ids.size < failed.length) return undefined;
  const [answer, { ids, hints }] = best;
  const cause: SharedCause = {
    answer,
    checks: failed.filter((c) => ids.has(c.id)).map((c) => c.id),
    failed: failed.length,
  };
  const hint = [...hints.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (hint !== undefined) cause.hint = hint;
  return cause;
}
