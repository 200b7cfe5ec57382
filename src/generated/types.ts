/* eslint-disable */
/**
 * Types generated from schemas/, do not edit.
 * Run `npm run generate` after changing a schema.
 */

/**
 * The HTTP 202 answer to `POST /order`: the same body as the `queued` callback (documented), without `supplier_order_number` (observed).
 */
export type OrderAccepted = QueuedCallback;
/**
 * One product of an order post: composed (by `customer_code`) or configured (by `code` and `options`). Files are required unless the uploader flow is used (`uploader: true` or `uploaders`). The full field list is not public, so unknown fields are allowed.
 */
export type OrderProduct = {
  /**
   * Composed product: the shop's product code at Probo.
   */
  customer_code?: string;
  /**
   * Configured product: the Probo product code.
   */
  code?: string;
  /**
   * Chosen options; required for a configured product.
   */
  options?: OrderOption[];
  /**
   * The shop's reference of this product.
   */
  reference?: string;
  /**
   * Print files; required unless the uploader flow is used.
   *
   * @minItems 1
   */
  files?: OrderFile[];
  /**
   * Use Probo's uploader flow: files are supplied later.
   */
  uploader?: boolean;
  /**
   * Files supplied through the uploader flow.
   */
  uploaders?: OrderUploader[];
};
/**
 * An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one "l".
 */
export type ProboStatusName =
  | 'queued'
  | 'accepted'
  | 'not_accepted'
  | 'in_production'
  | 'logistics'
  | 'shipment_created'
  | 'shipment_scanned_by_carrier'
  | 'shipment_in_transit'
  | 'shipment_delayed'
  | 'shipment_returned'
  | 'shipment_exception'
  | 'shipment_not_at_home'
  | 'shipment_available_at_pickup_point'
  | 'shipment_picked_up'
  | 'shipment_delivered'
  | 'canceled';
/**
 * Any order status callback Probo pushes to the `callback_urls` of an order post. The body is judged by its `status` (and, for `not_accepted`, by the presence of `file`) against exactly one message schema.
 */
export type ProboCallback =
  | QueuedCallback
  | NotAcceptedFileRejectedCallback
  | NotAcceptedDuplicateOrderCallback
  | AcceptedCallback
  | InProductionCallback
  | LogisticsCallback
  | ShipmentCreatedCallback
  | ShipmentScannedByCarrierCallback
  | ShipmentInTransitCallback
  | ShipmentDelayedCallback
  | ShipmentReturnedCallback
  | ShipmentExceptionCallback
  | ShipmentNotAtHomeCallback
  | ShipmentAvailableAtPickupPointCallback
  | ShipmentPickedUpCallback
  | ShipmentDeliveredCallback
  | CanceledCallback;
/**
 * One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).
 */
export type ScenarioStep = (
  | {
      status: unknown;
    }
  | {
      raw: unknown;
    }
) & {
  status?: ProboStatusName;
  /**
   * Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).
   */
  variant?: 'duplicate-order' | 'file-rejected';
  /**
   * The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.
   */
  fileId?: number;
  /**
   * Milliseconds after the previous step; overrides the server's `--step-delay` for this step.
   */
  delay?: number;
  /**
   * How many times the same bytes are delivered (2 or more = redelivery).
   */
  repeat?: number;
  /**
   * How many shipped packages a shipment status carries (default 1).
   */
  packages?: number;
  /**
   * A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.
   */
  patch?: {};
  /**
   * An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.
   */
  raw?: string;
  /**
   * Extra request headers for this step's deliveries.
   */
  headers?: {
    [k: string]: string;
  };
};

/**
 * An error answer (400, 401, 404, …). The fields `status`, `code`, `message`, `errors` are observed in integrations; the `errors` list of JSON pointers is ours (invented).
 */
export interface ErrorBody {
  /**
   * The HTTP status code.
   */
  status: number;
  /**
   * A short machine-readable error code, e.g. "invalid_order".
   */
  code: string;
  /**
   * What went wrong, in words.
   */
  message: string;
  /**
   * Every problem of the request body, by JSON pointer (invented).
   */
  errors?: ErrorItem[];
}
/**
 * One problem of the request body.
 */
export interface ErrorItem {
  /**
   * JSON pointer into the request body, e.g. "/deliveries/0/address/postal_code".
   */
  pointer: string;
  /**
   * What is wrong there.
   */
  message: string;
}
/**
 * Callback for `queued`: order received and queued, files not yet fetched. Shaped exactly as the callbacks guide shows it.
 */
export interface QueuedCallback {
  /**
   * Always `queued`.
   */
  status: 'queued';
  /**
   * Human-readable text; the guide shows "Order queued".
   */
  message: string;
  order: OrderReference;
}
/**
 * The order a callback is about. `id` is the shop's own order id ("we always try" to send it, says the guide); `supplier_order_number` is Probo's number, present from `accepted` on.
 */
export interface OrderReference {
  /**
   * The order id the shop sent in its order post.
   */
  id: string;
  /**
   * The shop's free-text reference of the order post.
   */
  reference?: string;
  /**
   * Probo's order number; added to callback data in the changelog, shown from `accepted` on.
   */
  supplier_order_number?: number;
  /**
   * The public print status page of the order (changelog: "print status page URL").
   */
  status_page_url?: string;
}
/**
 * The body of `POST /order/cancel`. The endpoint exists (changelog) but its shape is not public: ours is the status request's (invented).
 */
export interface OrderCancelRequest {
  /**
   * The orders to cancel (one to five).
   *
   * @minItems 1
   * @maxItems 5
   */
  orders: OrderSelector[];
}
/**
 * One order, named by exactly one of `id`, `supplier_order_number` or `reference`.
 */
export interface OrderSelector {
  /**
   * The shop's order id.
   */
  id?: string;
  /**
   * Probo's order number.
   */
  supplier_order_number?: number;
  /**
   * The order post's reference.
   */
  reference?: string;
}
/**
 * The answer to `POST /order/cancel` (invented): per order, whether it was canceled and why not.
 */
export interface OrderCancelResponse {
  /**
   * One entry per order asked for.
   */
  orders: OrderCancelResult[];
}
/**
 * The outcome for one order.
 */
export interface OrderCancelResult {
  order: OrderSelector;
  /**
   * Whether the order is now canceled (false once in production).
   */
  canceled: boolean;
  /**
   * Why, in words.
   */
  message: string;
}
/**
 * One delivery of an order post: where it goes and how it is shipped.
 */
export interface OrderDelivery {
  address: Address;
  sender?: Address;
  /**
   * How Probo picks the shipping method. Required: without it the API answers 400 "required key [...] not found".
   */
  shipping_method_preset: 'cheapest' | 'fastest';
  /**
   * How Probo picks the delivery date. Required: without it the API answers 400 "required key [...] not found".
   */
  delivery_date_preset: 'cheapest' | 'fastest';
  /**
   * Optional carrier to use, e.g. "dhl", "postnl".
   */
  carrier_code?: string;
}
/**
 * A delivery (or sender) address of an order post. Probo's full field list is not public, so unknown fields are allowed.
 */
export interface Address {
  /**
   * Company name.
   */
  company_name?: string;
  /**
   * First name of the addressee.
   */
  first_name: string;
  /**
   * Last name of the addressee.
   */
  last_name: string;
  /**
   * Street name.
   */
  street: string;
  /**
   * House number, without addition.
   */
  house_number: string;
  /**
   * House number addition ("A", "bis", …).
   */
  addition?: string;
  /**
   * Postal code, e.g. "1234 AB".
   */
  postal_code: string;
  /**
   * City.
   */
  city: string;
  /**
   * Country as an ISO 3166-1 alpha-2 code ("NL"); the two-letter form is our choice.
   */
  country: string;
  /**
   * Phone number.
   */
  phone?: string;
  /**
   * E-mail address.
   */
  email?: string;
}
/**
 * A print file Probo downloads and preflights.
 */
export interface OrderFile {
  /**
   * Where Probo downloads the file (http or https).
   */
  uri: string;
}
/**
 * One product option: an option code and, where the option takes one, its value (e.g. width 100).
 */
export interface OrderOption {
  /**
   * The option code from Probo's product catalogue.
   */
  code: string;
  /**
   * The option value, where the option takes one.
   */
  value?: string | number;
}
/**
 * The body of `POST /order`. Fields as the Probo docs list them; the full field list is not public, so unknown fields are allowed.
 */
export interface OrderPost {
  /**
   * The shop's own order id, echoed in every callback as `order.id`. Required (observed error: "required key [id] not found").
   */
  id: string;
  /**
   * Free-text reference, echoed in callbacks as `order.reference`.
   */
  reference?: string;
  /**
   * `test` creates an order that Probo cancels on receipt (there is no sandbox).
   */
  order_type?: 'production' | 'test';
  /**
   * Who Probo contacts about the order.
   */
  contact_email?: string;
  /**
   * Who gets error mails.
   *
   * Items: An e-mail address.
   */
  error_email_addresses?: string[];
  /**
   * Every status callback is POSTed to each of these URLs; "an array with a minimum of one URL". Without it, no callbacks.
   *
   * @minItems 1
   *
   * Items: An http(s) URL that receives status callbacks.
   */
  callback_urls?: string[];
  /**
   * Where the order goes; at least one (the minimum is our choice).
   *
   * @minItems 1
   */
  deliveries: OrderDelivery[];
  /**
   * What is printed; at least one (the minimum is our choice).
   *
   * @minItems 1
   */
  products: OrderProduct[];
}
/**
 * A file supplied through Probo's uploader flow instead of a file URI.
 */
export interface OrderUploader {
  /**
   * The uploader id.
   */
  id: string | number;
  /**
   * The shop's own id for the upload.
   */
  external_id?: string | number;
}
/**
 * One order in the answer to `POST /order/status`. Probo has not published this shape; ours mirrors the callback body (invented).
 */
export interface OrderStatusEntry {
  status: ProboStatusName;
  /**
   * Human-readable text of the status.
   */
  message?: string;
  order: OrderReference;
  /**
   * Track and trace data, once there is any.
   */
  shipped_packages?: ShippedPackage[];
}
/**
 * One shipped package with its carrier track and trace data ("per the shipped package, a tracking URL and barcode is returned").
 */
export interface ShippedPackage {
  /**
   * The package number within the order, as a string ("1", "2", …).
   */
  id: string;
  /**
   * The carrier's track and trace page for this package.
   */
  tracking_url: string;
  /**
   * The carrier barcode of the package.
   */
  barcode: string;
}
/**
 * The body of `POST /order/status`: at most five orders per call.
 */
export interface OrderStatusRequest {
  /**
   * The orders to look up (one to five).
   *
   * @minItems 1
   * @maxItems 5
   */
  orders: OrderSelector[];
}
/**
 * The answer to `POST /order/status`; unknown orders are left out, so none known gives `{"orders": []}` (observed).
 */
export interface OrderStatusResponse {
  /**
   * The known orders among those asked for.
   */
  orders: OrderStatusEntry[];
}
/**
 * The HTTP 429 answer past 300 calls a minute per token.
 */
export interface RateLimitErrorBody {
  /**
   * Always "Quota has been exceeded".
   */
  error: 'Quota has been exceeded';
}
/**
 * Callback for `accepted`: order accepted. Shaped exactly as the callbacks guide shows it.
 */
export interface AcceptedCallback {
  /**
   * Always `accepted`.
   */
  status: 'accepted';
  /**
   * Human-readable text; the guide shows "Order accepted".
   */
  message: string;
  order: OrderReference;
}
/**
 * Callback for `not_accepted` because a file failed download or preflight (for example a missing or not-allowed spot colour); sent between `queued` and `accepted`. Shaped exactly as the callbacks guide shows it.
 */
export interface NotAcceptedFileRejectedCallback {
  /**
   * Always `not_accepted`.
   */
  status: 'not_accepted';
  /**
   * The guide shows "File rejected, could not be processed".
   */
  message: string;
  file: FileReference;
  order: OrderReference;
}
/**
 * The file of the order that failed download or preflight.
 */
export interface FileReference {
  /**
   * The number of the rejected file.
   */
  id: number;
}
/**
 * Callback for `not_accepted` because an order with the same id already exists; the reason is in `message`. The order is still queued first. Shaped exactly as the callbacks guide shows it.
 */
export interface NotAcceptedDuplicateOrderCallback {
  /**
   * Always `not_accepted`.
   */
  status: 'not_accepted';
  /**
   * The reason, e.g. "Order not accepted, reason: | Order with customer order id '…' for customer '…' already exist".
   */
  message: string;
  order: OrderReference;
}
/**
 * Callback for `in_production`: being produced; can no longer be canceled. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface InProductionCallback {
  /**
   * Always `in_production`.
   */
  status: 'in_production';
  /**
   * Human-readable text; Probo has not published it (ours: "Order in production").
   */
  message: string;
  order: OrderReference;
}
/**
 * Callback for `logistics`: being prepared for shipment. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface LogisticsCallback {
  /**
   * Always `logistics`.
   */
  status: 'logistics';
  /**
   * Human-readable text; Probo has not published it (ours: "Order in logistics").
   */
  message: string;
  order: OrderReference;
}
/**
 * Callback for `shipment_created`: announced to the carrier; track and trace often available. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentCreatedCallback {
  /**
   * Always `shipment_created`.
   */
  status: 'shipment_created';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Created").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_scanned_by_carrier`: scanned at a carrier depot. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentScannedByCarrierCallback {
  /**
   * Always `shipment_scanned_by_carrier`.
   */
  status: 'shipment_scanned_by_carrier';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Scanned By Carrier").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_in_transit`: on its way. Shaped exactly as the callbacks guide shows it.
 */
export interface ShipmentInTransitCallback {
  /**
   * Always `shipment_in_transit`.
   */
  status: 'shipment_in_transit';
  /**
   * Human-readable text; the guide shows "Shipment In Transit".
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_delayed`: on its way, will miss the delivery window. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentDelayedCallback {
  /**
   * Always `shipment_delayed`.
   */
  status: 'shipment_delayed';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Delayed").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_returned`: returned to the depot. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentReturnedCallback {
  /**
   * Always `shipment_returned`.
   */
  status: 'shipment_returned';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Returned").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_exception`: something went wrong in transport. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentExceptionCallback {
  /**
   * Always `shipment_exception`.
   */
  status: 'shipment_exception';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Exception").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_not_at_home`: nobody there to receive it. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentNotAtHomeCallback {
  /**
   * Always `shipment_not_at_home`.
   */
  status: 'shipment_not_at_home';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Not At Home").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_available_at_pickup_point`: waiting at a pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentAvailableAtPickupPointCallback {
  /**
   * Always `shipment_available_at_pickup_point`.
   */
  status: 'shipment_available_at_pickup_point';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Available At Pickup Point").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_picked_up`: collected at the pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentPickedUpCallback {
  /**
   * Always `shipment_picked_up`.
   */
  status: 'shipment_picked_up';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Picked Up").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `shipment_delivered`: delivered. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface ShipmentDeliveredCallback {
  /**
   * Always `shipment_delivered`.
   */
  status: 'shipment_delivered';
  /**
   * Human-readable text; Probo has not published it (ours: "Shipment Delivered").
   */
  message: string;
  /**
   * Track and trace data, one entry per shipped package, when the carrier has it.
   *
   * @minItems 1
   */
  shipped_packages?: ShippedPackage[];
  order: OrderReference;
}
/**
 * Callback for `canceled`: canceled by the customer or automatically. Probo has not published this body: shaped by analogy with the documented ones (invented).
 */
export interface CanceledCallback {
  /**
   * Always `canceled`.
   */
  status: 'canceled';
  /**
   * Human-readable text; Probo has not published it (ours: "Order canceled").
   */
  message: string;
  order: OrderReference;
}
/**
 * A probo-mock scenario: the callback sequence the mock delivers for one order. The format is probo-mock's own; Probo publishes nothing like it.
 */
export interface Scenario {
  /**
   * Optional pointer to this schema, for editors.
   */
  $schema?: string;
  /**
   * The scenario's name, as given to `--scenario`, the `X-Probo-Mock-Scenario` header and `trigger`; kebab-case.
   */
  name: string;
  /**
   * One line saying what the scenario shows.
   */
  description: string;
  /**
   * Deliver the steps in an order shuffled by the run's seed (never the written order), to test receivers against reordering.
   */
  shuffle?: boolean;
  /**
   * The callbacks, in delivery order.
   *
   * @minItems 1
   * @maxItems 200
   */
  steps: ScenarioStep[];
}
