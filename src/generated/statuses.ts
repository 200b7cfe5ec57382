/**
 * The callback statuses, generated from schemas/callbacks/*.schema.json (their `x-status` and
 * `x-variant` blocks), do not edit. Run `npm run generate` after changing a callback schema.
 */

/** Every callback status, in lifecycle order (`x-status.order`). */
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

/** The variants of each status that has several message schemas. */
export const STATUS_VARIANTS = { not_accepted: ['duplicate-order', 'file-rejected'] } as const;

/** Where a lifecycle transition comes from: Probo's guides (documented) or our reading (invented). */
export interface TransitionSource {
  provenance: 'documented' | 'observed' | 'invented';
  why: string;
}

/** One status's hand-kept `x-status` block, with what its schema says (message, provenance). */
export interface StatusRecord {
  meaning: string;
  setBy: 'Probo' | 'carrier' | 'Probo / carrier';
  rank: number;
  terminal: boolean;
  /** In the transport band: its statuses follow each other in any order. */
  sideways?: TransitionSource;
  happyPath: boolean;
  shipment: boolean;
  bodyProvenance: 'documented' | 'observed' | 'invented';
  message: string;
  messageProvenance: 'documented' | 'observed' | 'invented';
  /** The direct steps out of it, besides the band's own. */
  next: readonly ({ to: (typeof STATUSES)[number] } & TransitionSource)[];
  tone?: 'warn' | 'done';
}

/** Every status's record. */
export const STATUS_RECORDS: { readonly [S in (typeof STATUSES)[number]]: StatusRecord } = {
  queued: {
    meaning: 'Order received and queued, files not yet fetched',
    setBy: 'Probo',
    rank: 0,
    terminal: false,
    happyPath: true,
    shipment: false,
    bodyProvenance: 'documented',
    message: 'Order queued',
    messageProvenance: 'documented',
    next: [
      {
        to: 'accepted',
        provenance: 'documented',
        why: "Callbacks guide: the queued example, then 'When your order is accepted, you will receive a message that the order is accepted'",
      },
      {
        to: 'not_accepted',
        provenance: 'documented',
        why: "Callbacks guide: a duplicate order id, or a file that fails download or preflight 'after queued and before accepted', gives not_accepted",
      },
      {
        to: 'canceled',
        provenance: 'documented',
        why: 'API docs: there is no sandbox; an order with order_type test is canceled by Probo on receipt',
      },
    ],
  },
  accepted: {
    meaning: 'Order accepted',
    setBy: 'Probo',
    rank: 1,
    terminal: false,
    happyPath: true,
    shipment: false,
    bodyProvenance: 'documented',
    message: 'Order accepted',
    messageProvenance: 'documented',
    next: [
      {
        to: 'canceled',
        provenance: 'documented',
        why: "Order-status guide: an order in_production 'cannot be canceled anymore'; POST /order/cancel refuses 'because order status is: production', so an accepted order can be canceled",
      },
      {
        to: 'in_production',
        provenance: 'invented',
        why: "The order of the statuses in Probo's order-status guide, which lists them without saying which follows which",
      },
    ],
  },
  not_accepted: {
    meaning: 'Duplicate order id, or a file failed download/preflight',
    setBy: 'Probo',
    rank: 1,
    terminal: true,
    happyPath: false,
    shipment: false,
    bodyProvenance: 'documented',
    message: 'File rejected, could not be processed',
    messageProvenance: 'documented',
    next: [],
    tone: 'warn',
  },
  in_production: {
    meaning: 'Being produced; can no longer be canceled',
    setBy: 'Probo',
    rank: 2,
    terminal: false,
    happyPath: true,
    shipment: false,
    bodyProvenance: 'invented',
    message: 'Order in production',
    messageProvenance: 'invented',
    next: [
      {
        to: 'logistics',
        provenance: 'invented',
        why: "The order of the statuses in Probo's order-status guide, which lists them without saying which follows which",
      },
    ],
  },
  logistics: {
    meaning: 'Being prepared for shipment',
    setBy: 'Probo',
    rank: 3,
    terminal: false,
    happyPath: true,
    shipment: false,
    bodyProvenance: 'invented',
    message: 'Order in logistics',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_created',
        provenance: 'invented',
        why: "The order of the statuses in Probo's order-status guide, which lists them without saying which follows which",
      },
    ],
  },
  shipment_created: {
    meaning: 'Announced to the carrier; track and trace often available',
    setBy: 'Probo / carrier',
    rank: 4,
    terminal: false,
    happyPath: true,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Created',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_scanned_by_carrier',
        provenance: 'invented',
        why: "The order of the statuses in Probo's order-status guide, which lists them without saying which follows which",
      },
    ],
  },
  shipment_scanned_by_carrier: {
    meaning: 'Scanned at a carrier depot',
    setBy: 'carrier',
    rank: 5,
    terminal: false,
    happyPath: true,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Scanned By Carrier',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_in_transit',
        provenance: 'invented',
        why: "The order of the statuses in Probo's order-status guide, which lists them without saying which follows which",
      },
    ],
  },
  shipment_in_transit: {
    meaning: 'On its way',
    setBy: 'carrier',
    rank: 6,
    terminal: false,
    sideways: {
      provenance: 'invented',
      why: "Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state",
    },
    happyPath: true,
    shipment: true,
    bodyProvenance: 'documented',
    message: 'Shipment In Transit',
    messageProvenance: 'documented',
    next: [
      {
        to: 'shipment_delivered',
        provenance: 'invented',
        why: 'A carrier may deliver after any of its transport events; the guide says nothing about order',
      },
      {
        to: 'shipment_returned',
        provenance: 'invented',
        why: "Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event",
      },
    ],
  },
  shipment_delayed: {
    meaning: 'On its way, will miss the delivery window',
    setBy: 'carrier',
    rank: 6,
    terminal: false,
    sideways: {
      provenance: 'invented',
      why: "Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state",
    },
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Delayed',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_delivered',
        provenance: 'invented',
        why: 'A carrier may deliver after any of its transport events; the guide says nothing about order',
      },
      {
        to: 'shipment_returned',
        provenance: 'invented',
        why: "Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event",
      },
    ],
  },
  shipment_returned: {
    meaning: 'Returned to the depot',
    setBy: 'carrier',
    rank: 7,
    terminal: true,
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Returned',
    messageProvenance: 'invented',
    next: [],
    tone: 'warn',
  },
  shipment_exception: {
    meaning: 'Something went wrong in transport',
    setBy: 'carrier',
    rank: 6,
    terminal: false,
    sideways: {
      provenance: 'invented',
      why: "Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state",
    },
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Exception',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_delivered',
        provenance: 'invented',
        why: 'A carrier may deliver after any of its transport events; the guide says nothing about order',
      },
      {
        to: 'shipment_returned',
        provenance: 'invented',
        why: "Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event",
      },
    ],
    tone: 'warn',
  },
  shipment_not_at_home: {
    meaning: 'Nobody there to receive it',
    setBy: 'carrier',
    rank: 6,
    terminal: false,
    sideways: {
      provenance: 'invented',
      why: "Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state",
    },
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Not At Home',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_delivered',
        provenance: 'invented',
        why: 'A carrier may deliver after any of its transport events; the guide says nothing about order',
      },
      {
        to: 'shipment_returned',
        provenance: 'invented',
        why: "Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event",
      },
    ],
  },
  shipment_available_at_pickup_point: {
    meaning: 'Waiting at a pickup point',
    setBy: 'carrier',
    rank: 6,
    terminal: false,
    sideways: {
      provenance: 'invented',
      why: "Order-status guide: these statuses come from the carrier and 'per carrier the status can differ'; probo-mock reads that as: they may follow each other in any order, and the latest one is the order's state",
    },
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Available At Pickup Point',
    messageProvenance: 'invented',
    next: [
      {
        to: 'shipment_picked_up',
        provenance: 'invented',
        why: "The order-status guide's words ('picked up from the pickup point') suggest it; the guide says nothing about order",
      },
      {
        to: 'shipment_returned',
        provenance: 'invented',
        why: "Order-status guide: returned to the depot 'often when the package cannot be delivered', after any transport event",
      },
      {
        to: 'shipment_delivered',
        provenance: 'invented',
        why: 'A carrier may deliver after any of its transport events; the guide says nothing about order',
      },
    ],
  },
  shipment_picked_up: {
    meaning: 'Collected at the pickup point',
    setBy: 'carrier',
    rank: 8,
    terminal: true,
    happyPath: false,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Picked Up',
    messageProvenance: 'invented',
    next: [],
    tone: 'done',
  },
  shipment_delivered: {
    meaning: 'Delivered',
    setBy: 'carrier',
    rank: 8,
    terminal: true,
    happyPath: true,
    shipment: true,
    bodyProvenance: 'invented',
    message: 'Shipment Delivered',
    messageProvenance: 'invented',
    next: [],
    tone: 'done',
  },
  canceled: {
    meaning: 'Canceled by the customer or automatically',
    setBy: 'Probo',
    rank: 1,
    terminal: true,
    happyPath: false,
    shipment: false,
    bodyProvenance: 'invented',
    message: 'Order canceled',
    messageProvenance: 'invented',
    next: [],
    tone: 'warn',
  },
};

/** Every message schema of the callback union: its kind, status, `$id` and type name. */
export const CALLBACK_KINDS = [
  {
    kind: 'queued',
    status: 'queued',
    schema: 'https://probo-mock.dev/schemas/callbacks/queued.schema.json',
    title: 'QueuedCallback',
  },
  {
    kind: 'accepted',
    status: 'accepted',
    schema: 'https://probo-mock.dev/schemas/callbacks/accepted.schema.json',
    title: 'AcceptedCallback',
  },
  {
    kind: 'not_accepted/duplicate-order',
    status: 'not_accepted',
    schema: 'https://probo-mock.dev/schemas/callbacks/not-accepted-duplicate-order.schema.json',
    title: 'NotAcceptedDuplicateOrderCallback',
    variant: 'duplicate-order',
    when: { lacks: 'file' },
    message:
      "Order not accepted, reason: | Order with customer order id '{id}' for customer '{customer}' already exist",
  },
  {
    kind: 'not_accepted/file-rejected',
    status: 'not_accepted',
    schema: 'https://probo-mock.dev/schemas/callbacks/not-accepted-file-rejected.schema.json',
    title: 'NotAcceptedFileRejectedCallback',
    variant: 'file-rejected',
    when: { has: 'file' },
    message: 'File rejected, could not be processed',
  },
  {
    kind: 'in_production',
    status: 'in_production',
    schema: 'https://probo-mock.dev/schemas/callbacks/in-production.schema.json',
    title: 'InProductionCallback',
  },
  {
    kind: 'logistics',
    status: 'logistics',
    schema: 'https://probo-mock.dev/schemas/callbacks/logistics.schema.json',
    title: 'LogisticsCallback',
  },
  {
    kind: 'shipment_created',
    status: 'shipment_created',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-created.schema.json',
    title: 'ShipmentCreatedCallback',
  },
  {
    kind: 'shipment_scanned_by_carrier',
    status: 'shipment_scanned_by_carrier',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-scanned-by-carrier.schema.json',
    title: 'ShipmentScannedByCarrierCallback',
  },
  {
    kind: 'shipment_in_transit',
    status: 'shipment_in_transit',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-in-transit.schema.json',
    title: 'ShipmentInTransitCallback',
  },
  {
    kind: 'shipment_delayed',
    status: 'shipment_delayed',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-delayed.schema.json',
    title: 'ShipmentDelayedCallback',
  },
  {
    kind: 'shipment_returned',
    status: 'shipment_returned',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-returned.schema.json',
    title: 'ShipmentReturnedCallback',
  },
  {
    kind: 'shipment_exception',
    status: 'shipment_exception',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-exception.schema.json',
    title: 'ShipmentExceptionCallback',
  },
  {
    kind: 'shipment_not_at_home',
    status: 'shipment_not_at_home',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-not-at-home.schema.json',
    title: 'ShipmentNotAtHomeCallback',
  },
  {
    kind: 'shipment_available_at_pickup_point',
    status: 'shipment_available_at_pickup_point',
    schema:
      'https://probo-mock.dev/schemas/callbacks/shipment-available-at-pickup-point.schema.json',
    title: 'ShipmentAvailableAtPickupPointCallback',
  },
  {
    kind: 'shipment_picked_up',
    status: 'shipment_picked_up',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-picked-up.schema.json',
    title: 'ShipmentPickedUpCallback',
  },
  {
    kind: 'shipment_delivered',
    status: 'shipment_delivered',
    schema: 'https://probo-mock.dev/schemas/callbacks/shipment-delivered.schema.json',
    title: 'ShipmentDeliveredCallback',
  },
  {
    kind: 'canceled',
    status: 'canceled',
    schema: 'https://probo-mock.dev/schemas/callbacks/canceled.schema.json',
    title: 'CanceledCallback',
  },
] as const;
