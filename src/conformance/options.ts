import { readFile } from 'node:fs/promises';
import { isProboStatus, STATUSES } from '../contract/index.js';
import { CHECKS, isCheckId } from './catalog.js';
import type { Check } from './check.js';
import { ConformanceUsageError } from './errors.js';
import { parsePointer } from '../shared/json-pointer.js';
import type { StateHook } from './state-probe.js';
import { CHECK_IDS, type VerifyOptions } from './types.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS } from './defaults.js';

export { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS };

/** Options checked once, before anything is sent. */
export interface ResolvedOptions {
  target: string;
  setupUrl?: string;
  stateHook?: StateHook;
  /** The checks to run; the others are reported as skipped with the reason. */
  selected: Check[];
  skipped: Map<Check['id'], string>;
  timeoutMs: number;
  concurrency: number;
  seed: number;
  headers: Record<string, string>;
}

const fail = (message: string): never => {
  throw new ConformanceUsageError(message);
};

function httpUrl(name: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(`${name} must be an http:// or https:// URL, got "${value}"`);
  }
  return value;
}

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function ids(name: string, list: readonly string[] | undefined): Set<string> {
  const unknown = (list ?? []).filter((id) => !isCheckId(id));
  if (unknown.length > 0) {
    fail(`${name}: unknown check id ${unknown.join(', ')}; the ids are: ${CHECK_IDS.join(', ')}`);
  }
  return new Set(list ?? []);
}

function stateMap(map: Record<string, string> | undefined): Record<string, string> | undefined {
  if (map === undefined) return undefined;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    fail("the state map must be a JSON object of the receiver's words to Probo statuses");
  }
  for (const [word, status] of Object.entries(map)) {
    if (!isProboStatus(status)) {
      fail(
        `the state map maps "${word}" to "${String(status)}", which is not a Probo status (${STATUSES.join(', ')})`,
      );
    }
  }
  return map;
}

function stateHook(options: VerifyOptions): StateHook | undefined {
  if (options.stateUrl === undefined) {
    if (options.stateMap || options.statePointer !== undefined) {
      fail('--state-pointer and --state-map need --state-url');
    }
    return undefined;
  }
  if (!options.stateUrl.includes('{id}')) {
    fail(`--state-url must contain {id} where the order id goes, got "${options.stateUrl}"`);
  }
  httpUrl('--state-url', options.stateUrl.replaceAll('{id}', 'id'));
  const pointer = options.statePointer ?? '/status';
  let pointerTokens: string[] = [];
  try {
    pointerTokens = parsePointer(pointer);
  } catch (err) {
    fail(`--state-pointer: ${(err as Error).message}`);
  }
  const map = stateMap(options.stateMap);
  return { urlTemplate: options.stateUrl, pointer, pointerTokens, ...(map ? { map } : {}) };
}

function headers(input: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) fail(`"${name}" is not a valid header name`);
    if (typeof value !== 'string' || /[\r\n]/.test(value))
      fail(`the value of header ${name} is not valid`);
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** Checks every option and throws a ConformanceUsageError naming the first bad one. */
export function resolveOptions(options: VerifyOptions): ResolvedOptions {
  const target = httpUrl('--target', options.target);
  const setupUrl =
    options.setupUrl === undefined ? undefined : httpUrl('--setup-url', options.setupUrl);
  const hook = stateHook(options);
  const only = ids('--only', options.only);
  const skip = ids('--skip', options.skip);
  const selected: Check[] = [];
  const skipped = new Map<Check['id'], string>();
  for (const check of CHECKS) {
    if (only.size > 0 && !only.has(check.id)) skipped.set(check.id, 'not selected by --only');
    else if (skip.has(check.id)) skipped.set(check.id, 'skipped by --skip');
    else if (check.needsState && !hook) skipped.set(check.id, 'needs the state hook (--state-url)');
    else selected.push(check);
  }
  const resolved: ResolvedOptions = {
    target,
    selected,
    skipped,
    timeoutMs: integer('--timeout', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1, 600_000),
    concurrency: integer('--concurrency', options.concurrency ?? DEFAULT_CONCURRENCY, 1, 1000),
    seed: integer('--seed', options.seed ?? Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31 - 1),
    headers: headers(options.headers),
  };
  if (setupUrl !== undefined) resolved.setupUrl = setupUrl;
  if (hook) resolved.stateHook = hook;
  return resolved;
}

/** `"X-Secret: abc"` → `["X-Secret", "abc"]`, for `--header`. */
export function parseHeaderOption(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0) fail(`--header must look like "Name: value", got "${text}"`);
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/** Reads a `--state-map` file: a JSON object of the receiver's words to Probo statuses. */
export async function loadStateMap(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return fail(`--state-map: cannot read ${file}: ${(err as Error).message}`);
  }
  let map: unknown;
  try {
    map = JSON.parse(text);
  } catch (err) {
    return fail(`--state-map: ${file} is not JSON: ${(err as Error).message}`);
  }
  return stateMap(map as Record<string, string>) ?? {};
}
