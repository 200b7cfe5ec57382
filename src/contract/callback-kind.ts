import { CALLBACK_KINDS } from '../generated/statuses.js';
import { statusNearMiss } from './near-misses.js';
import { STATUSES, isProboStatus, type NotAcceptedVariant, type ProboStatus } from './statuses.js';

/** The kind of a callback body: its status, or `not_accepted/<variant>` for the two `not_accepted`s. */
export type CallbackKind =
  Exclude<ProboStatus, 'not_accepted'> | `not_accepted/${NotAcceptedVariant}`;

interface VariantTest {
  kind: CallbackKind;
  has?: string;
  lacks?: string;
}

// The variants of each status with several message schemas, from their `x-variant.when`.
const VARIANTS = new Map<string, VariantTest[]>();
for (const k of CALLBACK_KINDS) {
  if (!('when' in k)) continue;
  const when = k.when as { has?: string; lacks?: string };
  VARIANTS.set(k.status, [...(VARIANTS.get(k.status) ?? []), { kind: k.kind, ...when }]);
}

/** Which message schema a body is judged by; undefined when its status is missing or unknown. */
export function callbackKind(body: unknown): CallbackKind | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { status } = body as { status?: unknown };
  if (!isProboStatus(status)) return undefined;
  const variants = VARIANTS.get(status);
  if (variants === undefined) return status as CallbackKind;
  return variants.find((v) => (v.has !== undefined ? v.has in body : !(v.lacks! in body)))?.kind;
}

/** Why a `status` value is not a current status, in one sentence. */
export function explainStatus(status: unknown): string {
  const list = `must be one of the ${STATUSES.length} statuses (${STATUSES.join(', ')})`;
  if (typeof status !== 'string') return `must be a string; ${list}`;
  return statusNearMiss(status)?.message ?? `unknown status '${status}': ${list}`;
}
