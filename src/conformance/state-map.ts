import { isProboStatus, STATUSES, type ProboStatus } from '../contract/index.js';
import { ConformanceUsageError } from './errors.js';
import type { StateMapInput } from './types.js';

/**
 * A `--state-map`: each of the receiver's words → the set of Probo statuses it stands for. A shop
 * that keeps one word for several statuses ("shipped" for every carrier status) is described by a
 * class: a check expecting S passes when the word's set holds S.
 */
export type StateMap = ReadonlyMap<string, readonly ProboStatus[]>;

/** What one word of the receiver means, or why it means nothing. */
export type WordMeaning =
  | { statuses: readonly ProboStatus[]; mapped: boolean }
  | { statuses?: undefined; problem: string; cause: 'not-in-map' | 'not-a-status' };

const refuse = (message: string): never => {
  throw new ConformanceUsageError(message);
};

const EXPECTED =
  'the state map must be a JSON object of the receiver\'s words to a Probo status or an array of them, e.g. {"new": "queued", "shipped": ["shipment_created", "shipment_in_transit"]}';

/** Checks a map (an object of word → status or [status, …]) and turns it into sets. */
export function parseStateMap(input: unknown): StateMap {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return refuse(EXPECTED);
  const map = new Map<string, ProboStatus[]>();
  for (const [word, value] of Object.entries(input as StateMapInput)) {
    const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [value];
    if (list.length === 0) refuse(`the state map maps "${word}" to an empty array`);
    for (const status of list) {
      if (!isProboStatus(status)) {
        refuse(
          `the state map maps "${word}" to "${String(status)}", which is not a Probo status (${STATUSES.join(', ')})`,
        );
      }
    }
    map.set(word, [...new Set(list as ProboStatus[])]);
  }
  return map;
}

/** The statuses a word stands for: through the map when there is one, else the word itself. */
export function meaningOf(word: string, map: StateMap | undefined): WordMeaning {
  if (map) {
    const statuses = map.get(word);
    if (statuses) return { statuses, mapped: true };
    const named = [...map.keys()].map((w) => `"${w}"`).join(', ');
    return {
      cause: 'not-in-map',
      problem: `the receiver reported "${word}", a word --state-map does not name (it names ${named})`,
    };
  }
  if (isProboStatus(word)) return { statuses: [word], mapped: false };
  return {
    cause: 'not-a-status',
    problem: `the receiver reported "${word}", which is not a Probo status, and no --state-map says what it means`,
  };
}

/** The map as JSON, as the user would write it (a single status stays a string). */
export function stateMapToJson(map: StateMap): Record<string, string | string[]> {
  return Object.fromEntries(
    [...map].map(([word, statuses]) => [
      word,
      statuses.length === 1 ? statuses[0]! : [...statuses],
    ]),
  );
}
