import type { ExchangeSettings } from './exchange.js';
import { exchange } from './exchange.js';
import { TargetUnreachableError } from './errors.js';

/**
 * One GET of the target before any check: any HTTP answer (even a 404 or 405) shows that it is
 * there; no answer at all (refused, DNS, timeout) ends the run with one clear error.
 */
export async function probeTarget(settings: ExchangeSettings, target: string): Promise<void> {
  const x = await exchange(settings, 'GET', target);
  if (x.outcome.status === undefined) {
    const error = x.outcome.error ?? { code: 'ERROR', message: 'no answer' };
    throw new TargetUnreachableError(target, error.code, error.message);
  }
}
