import { canonicalJson } from '../shared/canonical-json.js';
import type { Exchange, ExchangeSettings } from './exchange.js';
import { readHookJson, type HookProblem } from './hook-answer.js';

/** One read of the effects hook: the side effects the shop performed for an order, or why not. */
export interface EffectsReading {
  exchange: Exchange;
  /** The JSON array the hook answered. */
  effects?: unknown[];
  problem?: string;
  cause?: HookProblem | 'not-array';
}

export function effectsUrlFor(template: string, orderId: string): string {
  return template.replaceAll('{id}', encodeURIComponent(orderId));
}

/** GETs the effects hook for the order; its answer must be a JSON array. */
export async function readEffects(
  settings: ExchangeSettings,
  template: string,
  orderId: string,
): Promise<EffectsReading> {
  const answer = await readHookJson(settings, effectsUrlFor(template, orderId), 'effects hook');
  if (answer.problem !== undefined) {
    return {
      exchange: answer.exchange,
      problem: answer.problem,
      ...(answer.cause ? { cause: answer.cause } : {}),
    };
  }
  if (!Array.isArray(answer.document)) {
    const kind = answer.document === null ? 'null' : typeof answer.document;
    return {
      exchange: answer.exchange,
      problem: `the effects hook answered JSON ${kind === 'object' ? 'an object' : kind}, not an array of effects`,
      cause: 'not-array',
    };
  }
  return { exchange: answer.exchange, effects: answer.document };
}

/** An effect as the report shows it: compact JSON, cut after 200 characters. */
export function effectText(effect: unknown): string {
  const text = JSON.stringify(effect) ?? String(effect);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** How many times each effect (deep-equal, key order ignored) is in the list, by canonical key. */
export function countEffects(
  effects: readonly unknown[],
): Map<string, { effect: unknown; count: number }> {
  const counts = new Map<string, { effect: unknown; count: number }>();
  for (const effect of effects) {
    const key = canonicalJson(effect);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { effect, count: 1 });
  }
  return counts;
}

/** The effects that appear more than once. */
export function duplicatedEffects(
  effects: readonly unknown[],
): Array<{ effect: unknown; count: number }> {
  return [...countEffects(effects).values()].filter((e) => e.count > 1);
}

/** A hint for an effects hook that gave no array. */
export function effectsProblemHint(reading: EffectsReading, orderId: string): string {
  switch (reading.cause) {
    case 'hook-answer': {
      const status = reading.exchange.outcome.status;
      if (status === 404)
        return `The effects hook answered 404 for order ${orderId}: check that --effects-url (with {id}) is the route, and that it answers [] for an order with no effects (or one it only got callbacks for).`;
      if (status === 401 || status === 403)
        return `The effects hook refused the request (${status}): pass its credentials with --header "Name: value".`;
      return `The effects hook must answer 2xx with a JSON array for every order; it ${status === undefined ? `did not answer (${reading.exchange.outcome.error?.code ?? 'no answer'})` : `answered ${status}`}.`;
    }
    case 'too-large':
      return 'The effects hook answered more than verify reads (10 MiB): list only the side effects of this order.';
    default:
      return 'The effects hook must answer a JSON array of the side effects performed for the order (e.g. [{"kind": "email", "status": "accepted"}]; [] for none).';
  }
}
