/** The order status catalog of the facts page: every status Probo may push, in lifecycle order. */

export type Provenance = 'documented' | 'observed' | 'invented';

export const STATUSES = [
  'queued',
  'accepted',
  'not_accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_scanned_by_carrier',
  'shipment_in_transit',
  'shipment_delayed',
  'shipment_returned',
  'shipment_exception',
  'shipment_not_at_home',
  'shipment_available_at_pickup_point',
  'shipment_picked_up',
  'shipment_delivered',
  'canceled',
] as const;

export type ProboStatus = (typeof STATUSES)[number];

/** The two documented kinds of `not_accepted`. */
export const NOT_ACCEPTED_VARIANTS = ['duplicate-order', 'file-rejected'] as const;
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
  /** Lifecycle rank: a status may follow only one of a higher rank (see lifecycle.ts). */
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

const info = (
  status: ProboStatus,
  rank: number,
  setBy: StatusInfo['setBy'],
  meaning: string,
  message: string,
  extra: Partial<Pick<StatusInfo, 'terminal' | 'bodyProvenance' | 'messageProvenance'>> = {},
): StatusInfo => ({
  status,
  meaning,
  setBy,
  rank,
  terminal: extra.terminal ?? false,
  shipment: status.startsWith('shipment_'),
  bodyProvenance: extra.bodyProvenance ?? 'invented',
  message,
  messageProvenance: extra.messageProvenance ?? 'invented',
});

const doc = { bodyProvenance: 'documented', messageProvenance: 'documented' } as const;

/** Ranks: 6 is the carrier's "in transport" band, whose statuses may follow each other. */
export const STATUS_CATALOG: Readonly<Record<ProboStatus, StatusInfo>> = {
  queued: info(
    'queued',
    0,
    'Probo',
    'Order received and queued, files not yet fetched',
    'Order queued',
    doc,
  ),
  accepted: info('accepted', 1, 'Probo', 'Order accepted', 'Order accepted', doc),
  not_accepted: info(
    'not_accepted',
    1,
    'Probo',
    'Duplicate order id, or a file failed download/preflight',
    'File rejected, could not be processed',
    { ...doc, terminal: true },
  ),
  in_production: info(
    'in_production',
    2,
    'Probo',
    'Being produced; can no longer be canceled',
    'Order in production',
  ),
  logistics: info('logistics', 3, 'Probo', 'Being prepared for shipment', 'Order in logistics'),
  shipment_created: info(
    'shipment_created',
    4,
    'Probo / carrier',
    'Announced to the carrier; track and trace often available',
    'Shipment Created',
  ),
  shipment_scanned_by_carrier: info(
    'shipment_scanned_by_carrier',
    5,
    'carrier',
    'Scanned at a carrier depot',
    'Shipment Scanned By Carrier',
  ),
  shipment_in_transit: info(
    'shipment_in_transit',
    6,
    'carrier',
    'On its way',
    'Shipment In Transit',
    {
      bodyProvenance: 'documented',
      messageProvenance: 'documented',
    },
  ),
  shipment_delayed: info(
    'shipment_delayed',
    6,
    'carrier',
    'On its way, will miss the delivery window',
    'Shipment Delayed',
  ),
  shipment_exception: info(
    'shipment_exception',
    6,
    'carrier',
    'Something went wrong in transport',
    'Shipment Exception',
  ),
  shipment_not_at_home: info(
    'shipment_not_at_home',
    6,
    'carrier',
    'Nobody there to receive it',
    'Shipment Not At Home',
  ),
  shipment_available_at_pickup_point: info(
    'shipment_available_at_pickup_point',
    6,
    'carrier',
    'Waiting at a pickup point',
    'Shipment Available At Pickup Point',
  ),
  shipment_returned: info(
    'shipment_returned',
    7,
    'carrier',
    'Returned to the depot',
    'Shipment Returned',
    {
      terminal: true,
    },
  ),
  shipment_picked_up: info(
    'shipment_picked_up',
    8,
    'carrier',
    'Collected at the pickup point',
    'Shipment Picked Up',
    { terminal: true },
  ),
  shipment_delivered: info('shipment_delivered', 8, 'carrier', 'Delivered', 'Shipment Delivered', {
    terminal: true,
  }),
  canceled: info(
    'canceled',
    1,
    'Probo',
    'Canceled by the customer or automatically',
    'Order canceled',
    {
      terminal: true,
    },
  ),
};

/** The documented `not_accepted` texts; `{id}` and `{customer}` are filled in by the builders. */
export const NOT_ACCEPTED_MESSAGES: Readonly<Record<NotAcceptedVariant, string>> = {
  'duplicate-order':
    "Order not accepted, reason: | Order with customer order id '{id}' for customer '{customer}' already exist",
  'file-rejected': 'File rejected, could not be processed',
};

export function isProboStatus(value: unknown): value is ProboStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}
