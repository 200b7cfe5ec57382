import type { ProboStatus } from '../contract/index.js';
import type { Exchange, ExchangeSettings } from './exchange.js';
import { readHookJson, type HookProblem } from './hook-answer.js';
import { resolvePointer } from '../shared/json-pointer.js';
import { meaningOf, type StateMap } from './state-map.js';
import type { StateRead } from './types.js';

/** A JSON pointer as given, and its reference tokens. */
export interface Pointer {
  pointer: string;
  tokens: string[];
}

/** How to read an order's state from the receiver's test hook (`--state-url` and friends). */
export interface StateHook {
  /** URL with `{id}` where the URL-encoded order id goes. */
  urlTemplate: string;
  pointer: string;
  pointerTokens: string[];
  /** The receiver's own words → the Probo statuses each stands for. */
  map?: StateMap;
  /** `--state-supplier-pointer`: where Probo's order number is. */
  supplierPointer?: Pointer;
  /** `--state-tracking-pointer`: where the tracking data is. */
  trackingPointer?: Pointer;
}

/** Why a state read has no usable status: the kind of cause, for hints. */
export type StateProblem = HookProblem | 'no-value' | 'not-in-map' | 'not-a-status';

export interface StateReading {
  exchange: Exchange;
  /** The state hook's answer, parsed, when it was JSON. */
  document?: unknown;
  /** The word found at the pointer, as the receiver wrote it. */
  word?: string;
  /** The Probo statuses that word stands for (through the state map, or the word itself). */
  statuses?: readonly ProboStatus[];
  /** The word went through --state-map. */
  mapped?: boolean;
  /**
   * The receiver says the order has no Probo status yet: a word the map gives an empty array, or
   * nothing, null or "" at the pointer (then `problem` still says what was found).
   */
  noStatus?: true;
  /** Why no status could be read: a non-2xx answer, no JSON, nothing at the pointer, an unknown word. */
  problem?: string;
  cause?: StateProblem;
}

export function stateUrlFor(hook: StateHook, orderId: string): string {
  return hook.urlTemplate.replaceAll('{id}', encodeURIComponent(orderId));
}

/** One GET of the state hook, parsed; `problem` says why there is no document. */
function readDocument(
  settings: ExchangeSettings,
  hook: StateHook,
  orderId: string,
): Promise<StateReading> {
  return readHookJson(settings, stateUrlFor(hook, orderId), 'state hook');
}

/** One GET of the state hook, reduced to the statuses the receiver's word stands for, or the reason there are none. */
export async function readState(
  settings: ExchangeSettings,
  hook: StateHook,
  orderId: string,
): Promise<StateReading> {
  const reading = await readDocument(settings, hook, orderId);
  if (reading.problem) return reading;
  const value = resolvePointer(reading.document, hook.pointerTokens);
  // Nothing, null or "" (unless the map names "") is how a receiver says "no status yet"; a map
  // cannot name null, so a shop with a map may answer so too.
  const empty =
    value === undefined || value === null || (value === '' && hook.map?.has('') !== true);
  if (typeof value !== 'string' || empty) {
    return {
      ...reading,
      problem: `the state hook's answer has ${value === '' ? 'an empty string' : found(value)} at ${hook.pointer || '(root)'}, not a status word`,
      cause: 'no-value',
      ...(empty ? { noStatus: true as const } : {}),
    };
  }
  const meaning = meaningOf(value, hook.map);
  if (meaning.statuses === undefined) {
    return { ...reading, word: value, problem: meaning.problem, cause: meaning.cause };
  }
  const none = meaning.statuses.length === 0 ? { noStatus: true as const } : {};
  return { ...reading, word: value, statuses: meaning.statuses, mapped: meaning.mapped, ...none };
}

/** The value at another pointer of a state answer already read (the supplier number, tracking). */
export function valueAt(reading: StateReading, pointer: Pointer): unknown {
  return reading.document === undefined
    ? undefined
    : resolvePointer(reading.document, pointer.tokens);
}

/** `nothing`, `null`, `a number (12)`: what a pointer found, for messages. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  const text = JSON.stringify(value);
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return `${Array.isArray(value) ? 'an array' : `a ${typeof value}`} (${shown})`;
}

/** `"shipped" (one of shipment_created, shipment_in_transit through --state-map)` or `shipment_delivered`, for messages. */
export function describeState(reading: StateReading): string {
  if (reading.problem) return reading.problem;
  const statuses = reading.statuses ?? [];
  if (!reading.mapped) return `${reading.word}`;
  if (statuses.length === 0) return `"${reading.word}" (no Probo status yet, through --state-map)`;
  const means = statuses.length === 1 ? statuses[0] : `one of ${statuses.join(', ')}`;
  return `"${reading.word}" (${means} through --state-map)`;
}

/** The report's view of a state read. */
export function stateRead(reading: StateReading): StateRead {
  const read: StateRead = {
    request: reading.exchange.request,
    response: reading.exchange.response,
  };
  if (reading.word !== undefined) read.word = reading.word;
  if (reading.statuses) read.means = [...reading.statuses];
  if (reading.problem) read.problem = reading.problem;
  return read;
}
