import { describeAnswer, type Exchange } from '../exchange.js';

/**
 * Why a hook's answer is not what verify-client asks (a 2xx, with JSON or nothing), or undefined
 * when it is.
 */
export function hookProblem(x: Exchange): string | undefined {
  if (!x.ok) return `${describeAnswer(x)}, expected a 2xx answer`;
  const body = x.outcome.body.trim();
  if (body === '') return undefined;
  try {
    JSON.parse(body);
    return undefined;
  } catch {
    return `answered ${x.outcome.status} with a body that is not JSON`;
  }
}

/** The likely cause of a hook's bad answer and the fix, naming its flag. */
export function hookAnswerHint(name: string, flag: string, x: Exchange): string {
  const status = x.outcome.status;
  if (status === undefined)
    return `The ${name} did not answer (${x.outcome.error?.code ?? 'no answer'}): is ${flag} right, the shop up, and --timeout long enough for what the hook does?`;
  if (status === 404 || status === 405)
    return `The ${name} answered ${status}: is ${flag} the shop's test-only route that takes POST with a JSON body?`;
  if (status === 401 || status === 403)
    return `The ${name} refused the request (${status}): pass its credentials with --header "Name: value".`;
  if (status >= 400)
    return `The ${name} answered ${status}: a hook answers 2xx once it has run the shop's own code, even when that code met an error from Probo (the verdict comes from what the mock saw); see the shop's log.`;
  return `The ${name} must answer JSON (e.g. {"id": "…"}) or nothing at all.`;
}
