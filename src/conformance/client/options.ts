import {
  resolveOptions as resolveTable,
  type ResolvedOptions as TableResolved,
} from '../../shared/option-spec.js';
import { ConformanceUsageError } from '../errors.js';
import { stateHook } from '../options.js';
import type { StateHook } from '../state-probe.js';
import { CLIENT_CHECK_IDS, type ClientCheckId, type VerifyClientOptions } from '../types.js';
import { CLIENT_CHECKS, isClientCheckId, NEEDS_FLAG } from './catalog.js';
import type { ClientCheck } from './client-check.js';
import { VERIFY_CLIENT_OPTIONS } from './option-table.js';

type TableOptions = TableResolved<typeof VERIFY_CLIENT_OPTIONS>;
// The library's names of the table's options must be VerifyClientOptions fields of the same type.
type Defined<T> = { [K in keyof T]-?: NonNullable<T[K]> };
const sameTypes = (
  o: Defined<TableOptions>,
): Defined<Pick<VerifyClientOptions, keyof TableOptions>> => o;
void sameTypes;

/** verify-client's options, checked once before the mock starts. */
export interface ResolvedClientOptions extends Omit<
  TableOptions,
  'stateUrl' | 'statePointer' | 'only' | 'skip' | 'seed' | 'headers'
> {
  stateHook: StateHook;
  headers: Record<string, string>;
  selected: ClientCheck[];
  skipped: Map<ClientCheckId, string>;
  onlySelected: boolean;
  seed: number;
}

const fail = (message: string): never => {
  throw new ConformanceUsageError(message);
};

function ids(name: string, list: readonly string[] | undefined): Set<string> {
  const unknown = (list ?? []).filter((id) => !isClientCheckId(id));
  if (unknown.length > 0)
    fail(
      `${name}: unknown check id ${unknown.join(', ')}; the ids are: ${CLIENT_CHECK_IDS.join(', ')}`,
    );
  return new Set(list ?? []);
}

/**
 * Checks every option (each against its entry in VERIFY_CLIENT_OPTIONS, then how they go
 * together) and throws a ConformanceUsageError naming the bad ones.
 */
export function resolveClientOptions(options: VerifyClientOptions): ResolvedClientOptions {
  const o: TableOptions = resolveTable(
    VERIFY_CLIENT_OPTIONS,
    options,
    (m) => new ConformanceUsageError(m),
  );
  const { stateUrl, statePointer, only: onlyList, skip: skipList, seed, headers, ...rest } = o;
  const hook = stateHook(
    { stateUrl, ...(statePointer ? { statePointer } : {}) },
    options.stateMap,
  )!;
  const only = ids('--only', onlyList);
  const skip = ids('--skip', skipList);
  const selected: ClientCheck[] = [];
  const skipped = new Map<ClientCheckId, string>();
  for (const check of CLIENT_CHECKS) {
    if (only.size > 0 && !only.has(check.id)) skipped.set(check.id, 'not selected by --only');
    else if (skip.has(check.id)) skipped.set(check.id, 'skipped by --skip');
    else if (check.needs && o[check.needs] === undefined)
      skipped.set(check.id, `needs ${NEEDS_FLAG[check.needs]}`);
    else selected.push(check);
  }
  if (selected.length === 0) {
    const asked = CLIENT_CHECKS.filter((c) => (only.size > 0 ? only.has(c.id) : !skip.has(c.id)));
    const why = asked.map((c) => `${c.id}: ${skipped.get(c.id) ?? 'not run'}`);
    fail(
      `no check would run${why.length > 0 ? `:\n  ${why.join('\n  ')}` : ': --skip leaves none'}`,
    );
  }
  return {
    ...rest,
    stateHook: hook,
    headers: Object.fromEntries(
      Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    ),
    selected,
    skipped,
    onlySelected: only.size > 0,
    seed: seed ?? Math.floor(Math.random() * 2 ** 31),
  };
}
