/**
 * The order status catalog: every status Probo may push, in lifecycle order. The data comes from
 * the `x-status` blocks of schemas/callbacks/*.schema.json, through src/generated/statuses.ts
 * (`npm run generate`); nothing here lists a status by hand.
 */
import {
  CALLBACK_KINDS,
  STATUSES,
  STATUS_RECORDS,
  STATUS_VARIANTS,
} from '../generated/statuses.js';
import type { ProboStatusName } from '../generated/types.js';
import type { Provenance } from '../shared/schema-keywords.js';

export type { Provenance };
export { STATUSES, CALLBACK_KINDS };

export type ProboStatus = (typeof STATUSES)[number];

// The generated list and the generated `ProboStatusName` type (from the status enum) agree.
const sameStatuses: [ProboStatus, ProboStatusName] extends [ProboStatusName, ProboStatus]
  ? true
  : never = true;
void sameStatuses;

/** The two documented kinds of `not_accepted`. */
export const NOT_ACCEPTED_VARIANTS = STATUS_VARIANTS.not_accepted;
export type NotAcceptedVariant = (typeof NOT_ACCEPTED_VARIANTS)[number];

/** Statuses of the changelog's old callbacks ("older callbacks said `order_accepted`"); not valid now. */
export const LEGACY_STATUSES = STATUSES.filter((s) => !s.startsWith('shipment_')).map(
  (s) => `order_${s}`,
);

export interface StatusInfo {
  status: ProboStatus;
  /** What the status means, for docs readers (from the facts page). */
  meaning: string;
  setBy: 'Probo' | 'carrier' | 'Probo / carrier';
  /** How far along the lifecycle: each step goes up in rank (see lifecycle.ts). */
  rank: number;
  /** No status follows a terminal one. */
  terminal: boolean;
  /** Carries track and trace data (`shipped_packages`). */
  shipment: boolean;
  /** Whether a body for this status appears in Probo's callbacks guide. */
  bodyProvenance: Provenance;
  /** The message text the mock sends; documented where the guide shows it. */
  message: string;
  messageProvenance: Provenance;
}

/** Every status's entry, from its schema's `x-status` block. */
export const STATUS_CATALOG: Readonly<Record<ProboStatus, StatusInfo>> = Object.fromEntries(
  STATUSES.map((status): [ProboStatus, StatusInfo] => {
    const r = STATUS_RECORDS[status];
    return [
      status,
      {
        status,
        meaning: r.meaning,
        setBy: r.setBy,
        rank: r.rank,
        terminal: r.terminal,
        shipment: r.shipment,
        bodyProvenance: r.bodyProvenance,
        message: r.message,
        messageProvenance: r.messageProvenance,
      },
    ];
  }),
) as Record<ProboStatus, StatusInfo>;

/** The documented `not_accepted` texts; `{id}` and `{customer}` are filled in by the builders. */
export const NOT_ACCEPTED_MESSAGES = Object.fromEntries(
  CALLBACK_KINDS.filter((k) => k.status === 'not_accepted').map((k) => [
    'variant' in k ? k.variant : '',
    'message' in k ? k.message : '',
  ]),
) as Readonly<Record<NotAcceptedVariant, string>>;

const KNOWN: ReadonlySet<string> = new Set(STATUSES);

export function isProboStatus(value: unknown): value is ProboStatus {
  return typeof value === 'string' && KNOWN.has(value);
}
