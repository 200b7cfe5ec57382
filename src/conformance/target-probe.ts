import type { ExchangeSettings } from './exchange.js';
import { exchange } from './exchange.js';
import { TargetUnreachableError } from './errors.js';

/**
 * The probe's body: a JSON object that is no callback (no status, no order), so a receiver drops
 * it (a conforming one answers 400) and no order is touched.
 */
export const PROBE_BODY = '{"probe":"probo-mock verify"}';

/**
 * One POST to the target before any check. Only a connection error (refused, DNS, reset, bytes
 * that are not HTTP) ends the run: then no check could say anything. A timeout or any HTTP answer
 * lets the checks run and grade it; a 404 or 405 comes back as a warning about the path, printed
 * before the checks.
 */
export async function probeTarget(settings: ExchangeSettings, target: string): Promise<string[]> {
  const x = await exchange(settings, 'POST', target, PROBE_BODY);
  const status = x.outcome.status;
  if (status === undefined) {
    const error = x.outcome.error ?? { code: 'ERROR', message: 'no answer' };
    if (error.code === 'TIMEOUT') {
      return [
        `the target did not answer the probe within ${settings.timeoutMs} ms; the checks run and grade every answer (a slow receiver fails them, it is not "unreachable")`,
      ];
    }
    throw new TargetUnreachableError(target, error.code, error.message);
  }
  if (status === 404) {
    return [
      `the target answered 404 to a POST: nothing is at ${new URL(target).pathname} there. Is --target the URL you put in callback_urls (the reference receiver's is /webhooks/probo)? Every check will fail with this 404.`,
    ];
  }
  if (status === 401 || status === 403) {
    const given = Object.keys(settings.userHeaders);
    return [
      given.length === 0
        ? `the target answered ${status} to the probe: it wants a shared secret. Pass it with --header "X-Security-Header: …" (or the header it reads), or every check will fail with this ${status}.`
        : `the target answered ${status} to the probe although --header ${given.join(', ')} was sent: check the header's name and value.`,
    ];
  }
  if (status === 405) {
    return [
      `the target answered 405 to a POST: the path exists but takes no POST. Probo POSTs every callback; is --target the callback route?`,
    ];
  }
  return [];
}
