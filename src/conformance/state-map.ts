import { isProboStatus, STATUSES, type ProboStatus } from '../contract/index.js';
import { ConformanceUsageError } from './errors.js';
import type { StateMapInput } from './types.js';

/**
 * A `--state-map`: each of the receiver's words → the set of Probo statuses it stands for. A shop
 * that keeps one word for several statuses ("shipped" for every carrier status) is described by a
 * class: a check expecting S passes when the word's set holds S. An empty set is the shop's word
 * for "no Probo status yet" (`"paid": []`: the order exists in the shop, no callback moved it).
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
  'the state map must be a JSON object of the receiver\'s words to a Probo status or an array of them, e.g. {"paid": [], "new": "queued", "shipped": ["shipment_created", "shipment_in_transit"]} (an empty array: no Probo status yet)';

/** Checks a map (an object of word → status or [status, …]) and turns it into sets. */
export function parseStateMap(input: unknown): StateMap {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return refuse(EXPECTED);
  const map = new Map<string, ProboStatus[]>();
  for (const [word, value] of Object.entries(input as StateMapInput)) {
    if (value === null) {
      // One spelling for "no status yet": the empty array (null could as well be a typo'd status).
      refuse(
        `the state map maps "${word}" to null; for a word that means "no Probo status yet" (the order exists, no callback has moved it) write an empty array: {"${word}": []}`,
      );
    }
    const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [value];
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

/**
 * The statuses a word stands for: through the map when there is one, else the word itself. A word
 * the map gives an empty array stands for none: "no Probo status yet".
 */
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

/** `"paid"`, `"paid", "new"`: the map's words for "no Probo status yet", for messages. */
export function noStatusWords(map: StateMap | undefined): string[] {
  return [...(map ?? [])].filter(([, statuses]) => statuses.length === 0).map(([word]) => word);
}
