import { readFile } from 'node:fs/promises';
import { CHECKS, isCheckId } from './catalog.js';
import type { Check } from './check.js';
import { ConformanceUsageError } from './errors.js';
import { splitHeaderLine } from '../shared/header-lines.js';
import { parsePointer } from '../shared/json-pointer.js';
import {
  resolveOptions as resolveTable,
  type ResolvedOptions as TableResolved,
} from '../shared/option-spec.js';
import { VERIFY_OPTIONS } from './option-table.js';
import type { Pointer, StateHook } from './state-probe.js';
import { parseStateMap } from './state-map.js';
import { CHECK_IDS, type OrderIdFormat, type StateMapInput, type VerifyOptions } from './types.js';
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
  /** `--effects-url`: an http(s) URL template with `{id}`. */
  effectsUrl?: string;
}

const fail = (message: string): never => {
  throw new ConformanceUsageError(message);
};

// The library's names of the table's options must be VerifyOptions fields of the same type.
type TableOptions = TableResolved<typeof VERIFY_OPTIONS>;
type Defined<T> = { [K in keyof T]-?: NonNullable<T[K]> };
const sameTypes = (o: Defined<TableOptions>): Defined<Pick<VerifyOptions, keyof TableOptions>> => o;
void sameTypes;

function ids(name: string, list: readonly string[] | undefined): Set<string> {
  const unknown = (list ?? []).filter((id) => !isCheckId(id));
  if (unknown.length > 0) {
    fail(`${name}: unknown check id ${unknown.join(', ')}; the ids are: ${CHECK_IDS.join(', ')}`);
  }
  return new Set(list ?? []);
}

function pointer(value: string): Pointer {
  return { pointer: value, tokens: parsePointer(value) };
}

/** The state hook of `--state-url`, its pointers and map (verify's and verify-client's), checked. */
export function stateHook(
  options: Partial<
    Pick<
      TableOptions,
      'stateUrl' | 'statePointer' | 'stateSupplierPointer' | 'stateTrackingPointer'
    >
  >,
  stateMap: unknown,
): StateHook | undefined {
  if (options.stateUrl === undefined) {
    const given = [
      options.statePointer !== undefined && '--state-pointer',
      stateMap !== undefined && '--state-map',
      options.stateSupplierPointer !== undefined && '--state-supplier-pointer',
      options.stateTrackingPointer !== undefined && '--state-tracking-pointer',
    ].filter(Boolean);
    if (given.length > 0) fail(`${given.join(' and ')} need --state-url`);
    return undefined;
  }
  const status = pointer(options.statePointer ?? '/status');
  const hook: StateHook = {
    urlTemplate: options.stateUrl,
    pointer: status.pointer,
    pointerTokens: status.tokens,
  };
  if (stateMap !== undefined) hook.map = parseStateMap(stateMap);
  if (options.stateSupplierPointer !== undefined)
    hook.supplierPointer = pointer(options.stateSupplierPointer);
  if (options.stateTrackingPointer !== undefined)
    hook.trackingPointer = pointer(options.stateTrackingPointer);
  return hook;
}

/**
 * Checks every option (each against its entry in VERIFY_OPTIONS, then how they go together) and
 * throws a ConformanceUsageError naming the bad ones.
 */
export function resolveOptions(options: VerifyOptions): ResolvedOptions {
  const o: TableOptions = resolveTable(
    VERIFY_OPTIONS,
    options,
    (m) => new ConformanceUsageError(m),
  );
  const setupUrl = o.setupUrl;
  const hook = stateHook(o, options.stateMap);
  const explore = o.explore;
  if (o.saveFailures !== undefined && explore === 0) fail('--save-failures needs --explore N');
  const only = ids('--only', o.only);
  const skip = ids('--skip', o.skip);
  const effectsUrl = o.effectsUrl;
  const headers = Object.fromEntries(
    Object.entries(o.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const selected: Check[] = [];
  const skipped = new Map<Check['id'], string>();
  const prerequisites = {
    explore,
    headers,
    ...(hook ? { stateHook: hook } : {}),
    ...(setupUrl !== undefined ? { setupUrl } : {}),
    ...(effectsUrl !== undefined ? { effectsUrl } : {}),
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
  const resolved: ResolvedOptions = {
    target: o.target,
    selected,
    skipped,
    timeoutMs: o.timeoutMs,
    concurrency: o.concurrency,
    parallel: o.parallel,
    seed: o.seed ?? Math.floor(Math.random() * 2 ** 31),
    orderIdFormat: o.orderIdFormat,
    headers,
    onlySelected: only.size > 0,
  };
  if (o.runId !== undefined) resolved.runId = o.runId;
  if (setupUrl !== undefined) resolved.setupUrl = setupUrl;
  if (hook) resolved.stateHook = hook;
  if (effectsUrl !== undefined) resolved.effectsUrl = effectsUrl;
  if (explore > 0) {
    resolved.explore = { histories: explore };
    if (o.saveFailures !== undefined) resolved.explore.saveFailures = o.saveFailures;
  }
  return resolved;
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
