import { readFile } from 'node:fs/promises';
import { CHECKS, isCheckId } from './catalog.js';
import type { Check } from './check.js';
import { ConformanceUsageError } from './errors.js';
import { isHeaderName, splitHeaderLine } from '../shared/header-lines.js';
import { parsePointer } from '../shared/json-pointer.js';
import type { Pointer, StateHook } from './state-probe.js';
import { parseStateMap } from './state-map.js';
import {
  CHECK_IDS,
  ORDER_ID_FORMATS,
  type OrderIdFormat,
  type StateMapInput,
  type VerifyOptions,
} from './types.js';
import { DEFAULT_CONCURRENCY, DEFAULT_PARALLEL, DEFAULT_TIMEOUT_MS } from './defaults.js';

export { DEFAULT_CONCURRENCY, DEFAULT_PARALLEL, DEFAULT_TIMEOUT_MS };

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
  parallel: number;
  seed: number;
  /** Undefined: a fresh one is drawn when the run starts. */
  runId?: string;
  orderIdFormat: OrderIdFormat;
  headers: Record<string, string>;
  /** --only was given: the report shows and counts the selected checks only. */
  onlySelected: boolean;
  /** `--explore N` (N > 0) and `--save-failures DIR`. */
  explore?: { histories: number; saveFailures?: string };
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

function pointer(name: string, value: string): Pointer {
  try {
    return { pointer: value, tokens: parsePointer(value) };
  } catch (err) {
    return fail(`${name}: ${(err as Error).message}`);
  }
}

function stateHook(options: VerifyOptions): StateHook | undefined {
  if (options.stateUrl === undefined) {
    const given = [
      options.statePointer !== undefined && '--state-pointer',
      options.stateMap !== undefined && '--state-map',
      options.stateSupplierPointer !== undefined && '--state-supplier-pointer',
      options.stateTrackingPointer !== undefined && '--state-tracking-pointer',
    ].filter(Boolean);
    if (given.length > 0) fail(`${given.join(' and ')} need --state-url`);
    return undefined;
  }
  if (!options.stateUrl.includes('{id}')) {
    fail(`--state-url must contain {id} where the order id goes, got "${options.stateUrl}"`);
  }
  httpUrl('--state-url', options.stateUrl.replaceAll('{id}', 'id'));
  const status = pointer('--state-pointer', options.statePointer ?? '/status');
  const hook: StateHook = {
    urlTemplate: options.stateUrl,
    pointer: status.pointer,
    pointerTokens: status.tokens,
  };
  if (options.stateMap !== undefined) hook.map = parseStateMap(options.stateMap);
  if (options.stateSupplierPointer !== undefined)
    hook.supplierPointer = pointer('--state-supplier-pointer', options.stateSupplierPointer);
  if (options.stateTrackingPointer !== undefined)
    hook.trackingPointer = pointer('--state-tracking-pointer', options.stateTrackingPointer);
  return hook;
}

function headers(input: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input ?? {})) {
    if (!isHeaderName(name)) fail(`"${name}" is not a valid header name`);
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
  // The histories are drawn before the run (one seeded stream): 100,000 is some minutes of HTTP.
  const explore = integer('--explore', options.explore ?? 0, 0, 100_000);
  if (options.saveFailures !== undefined && explore === 0)
    fail('--save-failures needs --explore N');
  if (options.saveFailures === '') fail('--save-failures needs a folder');
  const only = ids('--only', options.only);
  const skip = ids('--skip', options.skip);
  const selected: Check[] = [];
  const skipped = new Map<Check['id'], string>();
  const prerequisites = {
    explore,
    ...(hook ? { stateHook: hook } : {}),
    ...(setupUrl !== undefined ? { setupUrl } : {}),
  };
  for (const check of CHECKS) {
    if (only.size > 0 && !only.has(check.id)) skipped.set(check.id, 'not selected by --only');
    else if (skip.has(check.id)) skipped.set(check.id, 'skipped by --skip');
    else if (check.needsState && !hook) skipped.set(check.id, 'needs the state hook (--state-url)');
    else {
      const reason = check.skipReason?.(prerequisites);
      if (reason !== undefined) skipped.set(check.id, reason);
      else selected.push(check);
    }
  }
  if (selected.length === 0) {
    const asked = CHECKS.filter((c) => (only.size > 0 ? only.has(c.id) : !skip.has(c.id)));
    const why = asked.map((c) => `${c.id}: ${skipped.get(c.id) ?? 'not run'}`);
    fail(
      `no check would run${why.length > 0 ? `:\n  ${why.join('\n  ')}` : ': --skip leaves none'}`,
    );
  }
  const format = options.orderIdFormat ?? 'prefixed';
  if (!(ORDER_ID_FORMATS as readonly string[]).includes(format)) {
    fail(`--order-id-format must be ${ORDER_ID_FORMATS.join(' or ')}, got "${String(format)}"`);
  }
  const resolved: ResolvedOptions = {
    target,
    selected,
    skipped,
    timeoutMs: integer('--timeout', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1, 600_000),
    concurrency: integer('--concurrency', options.concurrency ?? DEFAULT_CONCURRENCY, 1, 1000),
    parallel: integer('--parallel', options.parallel ?? DEFAULT_PARALLEL, 1, 256),
    seed: integer('--seed', options.seed ?? Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31 - 1),
    orderIdFormat: format,
    headers: headers(options.headers),
    onlySelected: only.size > 0,
  };
  if (options.runId !== undefined) resolved.runId = runId(options.runId);
  if (setupUrl !== undefined) resolved.setupUrl = setupUrl;
  if (hook) resolved.stateHook = hook;
  if (explore > 0) {
    resolved.explore = { histories: explore };
    if (options.saveFailures !== undefined) resolved.explore.saveFailures = options.saveFailures;
  }
  return resolved;
}

/** A run id goes into order ids and URLs: letters, digits, `-` and `_`, at most 64. */
function runId(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    fail(`--run-id must be 1 to 64 letters, digits, "-" or "_", got "${value}"`);
  }
  return value;
}

/** `"X-Secret: abc"` → `["X-Secret", "abc"]`, for `--header`. */
export function parseHeaderOption(text: string): [string, string] {
  return splitHeaderLine(text) ?? fail(`--header must look like "Name: value", got "${text}"`);
}

/**
 * Reads a `--state-map` file: a JSON object of the receiver's words to a Probo status or an
 * array of them (checked here, so a bad file is a usage error before anything is sent).
 */
export async function loadStateMap(file: string): Promise<StateMapInput> {
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
  try {
    parseStateMap(map);
  } catch (err) {
    return fail(`--state-map: ${file}: ${(err as Error).message}`);
  }
  return map as StateMapInput;
}
