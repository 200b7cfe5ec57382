import { exchange, describeAnswer, type Exchange, type ExchangeSettings } from './exchange.js';
import { resolvePointer } from '../shared/json-pointer.js';

/** How to read an order's state from the receiver's test hook (`--state-url` and friends). */
export interface StateHook {
  /** URL with `{id}` where the URL-encoded order id goes. */
  urlTemplate: string;
  pointer: string;
  pointerTokens: string[];
  /** The receiver's own words → Probo statuses; a word missing here is taken as it is. */
  map?: Record<string, string>;
}

export interface StateReading {
  exchange: Exchange;
  /** The word found at the pointer, as the receiver wrote it. */
  word?: string;
  /** That word as a Probo status (through the state map). */
  status?: string;
  /** Why no status could be read: a non-2xx answer, no JSON, nothing at the pointer. */
  problem?: string;
}

export function stateUrlFor(hook: StateHook, orderId: string): string {
  return hook.urlTemplate.replaceAll('{id}', encodeURIComponent(orderId));
}

/** One GET of the state hook, reduced to a status or the reason there is none. */
export async function readState(
  settings: ExchangeSettings,
  hook: StateHook,
  orderId: string,
): Promise<StateReading> {
  const x = await exchange(settings, 'GET', stateUrlFor(hook, orderId));
  if (!x.ok) return { exchange: x, problem: `the state hook ${describeAnswer(x)}` };
  let document: unknown;
  try {
    document = JSON.parse(x.outcome.body);
  } catch {
    return { exchange: x, problem: 'the state hook did not answer JSON' };
  }
  const value = resolvePointer(document, hook.pointerTokens);
  if (typeof value !== 'string') {
    const found = value === undefined ? 'nothing' : `a ${typeof value}`;
    return {
      exchange: x,
      problem: `the state hook's answer has ${found} at ${hook.pointer || '(root)'}, not a status string`,
    };
  }
  return { exchange: x, word: value, status: hook.map?.[value] ?? value };
}

/** `"processing" (accepted through --state-map)` or `shipment_delivered`, for messages. */
export function describeState(reading: StateReading): string {
  if (reading.problem) return reading.problem;
  if (reading.word !== reading.status) {
    return `"${reading.word}" (${reading.status} through --state-map)`;
  }
  return `${reading.status}`;
}
