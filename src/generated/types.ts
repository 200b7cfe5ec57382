/* eslint-disable */
/**
 * Types generated from schemas/, do not edit.
 * Run `npm run generate` after changing a schema.
 */

/**
 * The HTTP 202 answer to `POST /order`: the same body as the `queued` callback, without `supplier_order_number` (observed). The sources disagree on the status word: the specification's example (2020) says `"status": "order_queued"`, the newer Anypoint page ("the response payload on POST /order will be like") and the callbacks guide say `queued`, after the changelog removed the `order_` prefix. The mock follows the newer source: `queued`.
 */
export type OrderAccepted = QueuedCallback;
/**
 * The body of `POST /order/cancel` (and of `/order/release`): one order, by `id` (`{"id": "order-5234231"}`, the specification's example) or by `supplier_order_number`; each an integer or a string. The specification keeps it open with `minProperties: 1`; the mock requires one of the two keys.
 */
export type OrderCancelRequest = (
  | {
      id: unknown;
    }
  | {
      supplier_order_number: unknown;
    }
) & {
  /**
   * The shop's order id.
   */
  id?: number | string;
  /**
   * Probo's order number.
   */
  supplier_order_number?: number | string;
};
/**
 * One delivery of an order post. The specification allows six closed alternatives: one date key (`delivery_date`, `delivery_date_preset` or `shipping_date`) with one method key (`shipping_method_code` or `shipping_method_preset`); `carrier_code` only with `shipping_method_preset`, `shipping_label_url` only with `shipping_method_code`. Written here as one closed object with those rules, so that a refusal names one clear problem: "a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset". An address alone is refused, as Probo does (observed: 400 "required key [shipping_method_preset] not found").
 */
export type OrderDelivery = {
  address: Address;
  sender_address?: SenderAddress;
  /**
   * "Date the order should be delivered."
   */
  delivery_date?: string;
  /**
   * Name of a preset that picks the delivery date. A free string: "Please contact Probo for a list of presets"; the docs name `cheapest` and `fastest`, shops also send `first_possible` (observed).
   */
  delivery_date_preset?: string;
  /**
   * The date the order should ship.
   */
  shipping_date?: string;
  /**
   * "Code of the shipping method to be used for shipping the order. Please contact Probo for a list of codes."
   */
  shipping_method_code?: string;
  /**
   * Name of a preset that picks the shipping method. A free string; the docs name `cheapest` and `fastest`.
   */
  shipping_method_preset?: string;
  /**
   * "Code of the carrier to be used for shipping the order." Only together with `shipping_method_preset` ("The option carrier_code only works together with presets").
   */
  carrier_code?: string;
  /**
   * A shipping label of your own; only together with `shipping_method_code`.
   */
  shipping_label_url?: string;
  /**
   * Packing slips to put in the parcel.
   *
   * Items: The URL of a packing slip.
   */
  packing_slip_urls?: string[];
} & (
  | {
      delivery_date: unknown;
      shipping_method_code: unknown;
    }
  | {
      delivery_date: unknown;
      shipping_method_preset: unknown;
    }
  | {
      delivery_date_preset: unknown;
      shipping_method_code: unknown;
    }
  | {
      delivery_date_preset: unknown;
      shipping_method_preset: unknown;
    }
  | {
      shipping_date: unknown;
      shipping_method_code: unknown;
    }
  | {
      shipping_date: unknown;
      shipping_method_preset: unknown;
    }
);
/**
 * One product of an order post: configured (`code`, Probo's product code, with `options`) or composed (`customer_code`, a product saved in the shop's Probo account), never both; closed, as in the specification. Where the sources disagree the mock follows the newer docs page (examples/products): `files` are "required when ordering" unless the uploader flow is used (`uploader: true` or `uploaders`), and a configured product "requires a full options set"; the specification requires neither (its own `mingled-product-types` example has no files, and is refused by the mock for that reason).
 */
export type OrderProduct = {
  /**
   * "Code of the probo product as shown on the webshop product page."
   */
  code?: string;
  /**
   * "Code relating to the API product saved in reseller's webshop account including selected options."
   */
  customer_code?: string;
  /**
   * The shop's id of this product line; `/order/status` lists products by it (numbered from 1 when not given: invented).
   */
  id?: number | string;
  /**
   * The shop's reference of this product.
   */
  reference?: string;
  /**
   * Chosen options; required for a configured product (docs).
   */
  options?: OrderOption[];
  /**
   * Print files; required, at least one, unless the uploader flow is used (docs; the specification requires none).
   */
  files?: OrderFile[];
  /**
   * "Set to true if you want to use an uploader to upload files after submitting order."
   */
  uploader?: boolean;
  /**
   * Uploader sessions whose files this product uses.
   */
  uploaders?: OrderUploader[];
} & (
  | {
      code: unknown;
    }
  | {
      customer_code: unknown;
    }
);
/**
 * The body of `POST /order/release`: the same as `/order/cancel`'s (`type_3` is identical to `type_2` in the specification).
 */
export type OrderReleaseRequest = OrderCancelRequest;
/**
 * One order of a `POST /order/status` request, named by `id`, `supplier_order_number` or `reference` ("not recommended", docs). `id` and `supplier_order_number` may be integers or strings: the docs' own example sends the number as a string ("1230273927"). The specification keeps the object open (`minProperties: 1`); the docs say it "should contain one of the following properties", so the mock requires one of the three. With several, an order must match all of them (invented).
 */
export type OrderSelector = (
  | {
      id: unknown;
    }
  | {
      supplier_order_number: unknown;
    }
  | {
      reference: unknown;
    }
) & {
  /**
   * The shop's order id (the `id` of the order post).
   */
  id?: number | string;
  /**
   * Probo's order number, as a number or its digits as a string.
   */
  supplier_order_number?: number | string;
  /**
   * The order post's reference (not unique: the first order with it).
   */
  reference?: string;
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
  | AcceptedCallback
  | NotAcceptedDuplicateOrderCallback
  | NotAcceptedFileRejectedCallback
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
 * Every error answer of the mock (400, 401, 404, 405, 408, 413, 415, 5xx; not the 429, which has its own documented body). Probo's shape is `{"status": "error", "message": …}` (documented: the 400 answers of `/order/cancel` and `/order/release`, which also echo `id`); Probo publishes no body for validation errors, 401 or 404, so the mock uses the same shape for them and adds `reason` and the pointer-level `errors` list (invented).
 */
export interface ErrorBody {
  /**
   * Always "error": a word, not the HTTP status code.
   */
  status: 'error';
  /**
   * What went wrong, in words. The texts of `/order/cancel` and `/order/release` are Probo's ("Order does not exist", "Could not cancel order, because order status is: production"); the others are the mock's.
   */
  message: string;
  /**
   * `/order/cancel` and `/order/release` only: the order the request named, as Probo echoes it.
   */
  id?: string | number;
  /**
   * A short machine-readable code of the mock, e.g. "invalid_order", "order_does_not_exist", "unauthorized" (invented: Probo sends none).
   */
  reason: string;
  /**
   * Every problem of the request body, by JSON pointer (invented; an integration reads `errors` as a list of texts, so clients should not rely on the item shape against Probo).
   */
  errors?: ErrorItem[];
}
/**
 * One problem of the request body.
 */
export interface ErrorItem {
  /**
   * JSON pointer into the request body, e.g. "/deliveries/0/address/postal_code" ("" is the whole body).
   */
  pointer: string;
  /**
   * What is wrong there.
   */
  message: string;
}
/**
 * The recipient of a delivery (closed, as in the specification), or `{"id": N}` for an address of the address book ("not yet supported"). Required fields: the specification requires `company_name`, `first_name`, `street`, `postal_code`, `city` and `country`; the newer delivery docs page requires `first_name`, `last_name`, `street`, `house_number`, `postal_code`, `city` and `country` and makes `company_name` optional. The mock follows the docs (newer).
 */
export interface Address {
  /**
   * "Id of the address in the addressbook (not yet supported)." Alone: no other field with it.
   */
  id?: number;
  /**
   * "Company name of the addressee." (the docs example sends "").
   */
  company_name?: string;
  /**
   * First name of the addressee.
   */
  first_name?: string;
  /**
   * Last name of the addressee.
   */
  last_name?: string;
  /**
   * Street name of the delivery address.
   */
  street?: string;
  /**
   * House number of the delivery address: a string ("17", the specification's example) or an integer (17, the docs' example).
   */
  house_number?: string | number;
  /**
   * Addition to the house number ("A", "bis", …).
   */
  addition?: string;
  /**
   * Postal code, e.g. "9101PE".
   */
  postal_code?: string;
  /**
   * City of delivery.
   */
  city?: string;
  /**
   * Country of delivery, two characters ("NL"; the specification checks no more).
   */
  country?: string;
  /**
   * Phone number of the addressee.
   */
  phone?: string;
  /**
   * E-mail address of the addressee (no format in the specification).
   */
  email?: string;
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
 * The 200 answer to `POST /order/cancel`: `{"status": "cancelled", "message": "Order cancelled", "id"}` (two l's, unlike the `canceled` status of the callback that follows). The refusals are 400s in the error shape with Probo's texts: "Could not cancel order, because order status is: production", "Order does not exist".
 */
export interface OrderCancelAnswer {
  /**
   * Always "cancelled".
   */
  status: 'cancelled';
  /**
   * Always "Order cancelled".
   */
  message: 'Order cancelled';
  /**
   * The order's id (for a cancel by `supplier_order_number`, the shop's id of that order: invented, the specification shows no such answer).
   */
  id: string | number;
}
/**
 * `sender_address` of a delivery: the sending party some carriers print ("a sender object … optional and not required", docs). The specification names it `sender_address` and allows a full address (requiring `company_name`, `first_name`, `street`, `house_number`, `postal_code`, `city`, `country`) or an address-book `{"id", "house_number"}`; both open.
 */
export interface SenderAddress {
  /**
   * "Id of the address in the addressbook (not yet supported)."
   */
  id?: number;
  /**
   * Company name of the sender.
   */
  company_name?: string;
  /**
   * First name of the sender.
   */
  first_name?: string;
  /**
   * Last name of the sender.
   */
  last_name?: string;
  /**
   * Street name.
   */
  street?: string;
  /**
   * House number: a string or an integer.
   */
  house_number?: string | number;
  /**
   * Addition to the house number.
   */
  addition?: string;
  /**
   * Postal code.
   */
  postal_code?: string;
  /**
   * City.
   */
  city?: string;
  /**
   * Country, two characters.
   */
  country?: string;
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
 * A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing "reject" makes the mock play `file-rejected` (invented).
 */
export interface OrderFile {
  /**
   * "Url to the print file, allowed file formats are .pdf, .jpg and .png."
   */
  uri?: string;
  /**
   * "Id of the external file selected via a uploader-application".
   */
  id?: number;
  /**
   * Default 1: the page of a multipage PDF to print.
   */
  page?: number;
  /**
   * Default front: the side to print the file on.
   */
  side?: 'front' | 'back';
  /**
   * Default 1: how many times to print the file (ignored with `pages`).
   */
  amount?: number;
  /**
   * Default 0: rotation in degrees.
   */
  rotation?: 0 | 90 | 180 | 270;
  /**
   * Default false: fill the canvas when the image is smaller.
   */
  fill?: boolean;
  /**
   * Default false: fill proportionally.
   */
  fill_even?: boolean;
  /**
   * Default none: how to tile.
   */
  tiling?: 'none' | 'horizontal' | 'vertical';
  /**
   * Default false: mirror the image.
   */
  mirror?: boolean;
  /**
   * Per page of a multipage file: what to print.
   */
  pages?: OrderFilePage[];
}
/**
 * One page of a multipage file.
 */
export interface OrderFilePage {
  /**
   * The page number to print.
   */
  page: number;
  /**
   * Default front.
   */
  side?: 'front' | 'back';
  /**
   * Default 1: how many times to print this page.
   */
  amount?: number;
  /**
   * Rotation in degrees.
   */
  rotation?: 0 | 90 | 180 | 270;
  /**
   * Default true (the file-level default is false).
   */
  fill?: boolean;
  /**
   * How to tile.
   */
  tiling?: 'none' | 'horizontal' | 'vertical';
  /**
   * Mirror the page.
   */
  mirror?: boolean;
}
/**
 * One product option: an option code and, for an input option, its value (closed, as in the specification).
 */
export interface OrderOption {
  /**
   * "Code relating to option in the options tree as shown on the webshop product page."
   */
  code: string;
  /**
   * "Value of an option with an input option, like width or tunnel size." A number, a string ("100", the docs' example) or null. The specification's union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).
   */
  value?: number | string | null;
}
/**
 * The body of `POST /order`, as Probo's Reseller API specification (`definitions.type`) defines it: required `id`, `reference`, `deliveries` and `products`. The top level is open in the specification, so unknown fields are allowed; the mock warns about near-misses it can name (`callback_url`, singular) in the order's admin record.
 */
export interface OrderPost {
  /**
   * The shop's own order id, echoed in every callback as `order.id`. "Must be unique for each order (can be re-used when order is cancelled!). May only contain the following characters: a-zA-Z0-9_-". The mock follows `/order/release` ("release a cancelled order … so they can place the order again with the same order id"): an id is new again once its order is canceled and released; before that a second post is a duplicate.
   */
  id: string;
  /**
   * "Reseller's reference of the order. Does not have to be unique." Echoed in callbacks as `order.reference`.
   */
  reference: string;
  /**
   * `test` creates an order that Probo cancels on receipt (the sandbox page, newer than the specification, which says a test order "will not be taken into production").
   */
  order_type?: 'production' | 'test';
  /**
   * "Set this boolean to true if this is a project order."
   */
  project?: boolean;
  /**
   * "Resellers project group what the order relates to."
   */
  project_id?: number;
  /**
   * "Email of the reseller's contact person on behalf the order is placed for." At least 5 characters; the specification gives no e-mail format.
   */
  contact_email?: string;
  /**
   * ISO 639-1 language of the order ("not yet supported" at Probo).
   */
  language?: string;
  /**
   * "Array of email addresses which will receive status updates regarding the processing of the order."
   *
   * Items: An e-mail address (no format in the specification).
   */
  error_email_addresses?: string[];
  /**
   * Every status callback is POSTed to each of these URLs. The callbacks guide says "an array with a minimum of one URL"; the specification sets no minimum. An empty list (or a string) is taken, with a warning in the order's admin record: no callbacks follow.
   */
  callback_urls?: string[] | string;
  /**
   * Where the order goes; at least one.
   *
   * @minItems 1
   */
  deliveries: OrderDelivery[];
  /**
   * What is printed; at least one.
   *
   * @minItems 1
   */
  products: OrderProduct[];
}
/**
 * An uploader session whose files a product uses, as `POST /products/uploader/create` answered it (closed, as in the specification).
 */
export interface OrderUploader {
  /**
   * The uploader session id.
   */
  id: number;
  /**
   * The session's external id (the uploader guide: "You must store the ID and external_id").
   */
  external_id: number;
}
/**
 * The 200 answer to `POST /order/release`: `{"status": "released", "message": "Order released", "id"}`. Only a canceled order can be released ("release a cancelled order … so they can place the order again with the same order id"); after that, a post with its id is a new order, not a duplicate. Refusals are 400s in the error shape: "Could not release order, because order status is: …", "Order does not exist".
 */
export interface OrderReleaseAnswer {
  /**
   * Always "released".
   */
  status: 'released';
  /**
   * Always "Order released".
   */
  message: 'Order released';
  /**
   * The order's id.
   */
  id: string | number;
}
/**
 * The 200 answer to `POST /order/status`, in the shape of the specification's example. Unknown orders are left out (observed: none known gives an empty `orders`).
 */
export interface OrderStatusAnswer {
  /**
   * Always "ok".
   */
  status: 'ok';
  /**
   * "Status retrieved".
   */
  message: string;
  /**
   * The known orders among those asked for, each once, in the order asked.
   */
  orders: OrderStatusEntry[];
}
/**
 * One order and where it is.
 */
export interface OrderStatusEntry {
  /**
   * The shop's order id.
   */
  id: string;
  /**
   * The order post's reference.
   */
  reference?: string;
  /**
   * Probo's order number (an integer in the example). The mock gives it from `accepted` on, as the callbacks do; a `queued` order has none yet (invented).
   */
  supplier_order_number?: number;
  status_code: ProboStatusName;
  /**
   * The expected delivery date, without time ("2020-08-14"). The post's `delivery_date` when it has one; else a date the mock picks from the seed (invented).
   */
  delivery_date?: string;
  /**
   * The shipping method: the post's `shipping_method_code`, or for a preset a code the mock picks (invented).
   */
  shipping_method_code?: string;
  /**
   * Every product of the order with its status.
   */
  products: OrderStatusProduct[];
  /**
   * Parcels, once shipped: tracking is here, not in `shipped_packages` (the callbacks' name).
   */
  packages: OrderStatusPackage[];
}
/**
 * One product line.
 */
export interface OrderStatusProduct {
  /**
   * The product's `id` from the post, else its position from 1 (invented).
   */
  id: number | string;
  status_code: ProboStatusName;
}
/**
 * One parcel.
 */
export interface OrderStatusPackage {
  /**
   * The parcel number (an integer here; the callbacks send it as a string).
   */
  id: number;
  status_code: ProboStatusName;
  /**
   * The carrier's track and trace page.
   */
  tracking_url?: string;
}
/**
 * The body of `POST /order/status`: one to five orders ("Max 5 orders"). The specification's top level is open.
 */
export interface OrderStatusRequest {
  /**
   * The orders to look up (one to five). An order named twice is listed once in the answer.
   *
   * @minItems 1
   * @maxItems 5
   */
  orders: OrderSelector[];
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
