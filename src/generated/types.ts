/* eslint-disable */
/**
 * Types generated from schemas/, do not edit.
 * Run `npm run generate` after changing a schema.
 */

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
 * A product to price: `code` (Code_13) or `customer_code` (CustomerCode_14), closed. With both, `code` and `options` are priced and `customer_code` is ignored: Probo's configurator (`ProboConnect/product-configurator`) sends both once it has stored a configuration (observed).
 */
export type PriceProduct = (
  | {
      code: unknown;
    }
  | {
      customer_code: unknown;
    }
) & {
  /**
   * Code of the Probo product.
   */
  code?: string;
  /**
   * Code of a composed API product.
   */
  customer_code?: string;
  /**
   * Product id (assigned when not given).
   */
  id?: number;
  /**
   * The shop's reference.
   */
  reference?: string;
  /**
   * The chosen options.
   */
  options?: OrderOption[];
};
/**
 * The answer of `GET /shipping/methods`: a bare array, as in the spec example (a pickup method has `code` null there; the mock gives every method a code, invented).
 */
export type ShippingMethodsResponse = ShippingMethod[];
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
 * The body of `POST /apiproducts/product` (store a composed product) and `PUT /apiproducts/product/{customer_code}` (update it). Probo publishes neither route; its configurator (`ProboConnect/product-configurator`) calls both with this body: the product it configured (`code`, `options`) and the shop's `customer_code` (observed). `title` and `description` are the mock's own (invented).
 */
export interface ApiProductRequest {
  /**
   * The shop's code for the composed product, later used by `POST /order`, `POST /price` and `GET /apiproducts/product/{customer_code}` (observed). On `PUT` it must equal the path's code.
   */
  customer_code: string;
  /**
   * Code of the Probo product (observed).
   */
  code: string;
  /**
   * The options of a complete configuration, in the order chosen (observed; values as numbers or strings, the configurator sends `1.5` as "1.5").
   *
   * @maxItems 200
   */
  options: OrderOption[];
  /**
   * A title for the API product list (invented; default: the product's title).
   */
  title?: string;
  /**
   * A description (invented).
   */
  description?: string | null;
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
 * The answer of `GET /apiproducts/product/{customer_code}` (type_7).
 */
export interface ApiProductResponse {
  /**
   * The composed product.
   */
  customer_code: string;
  /**
   * The Probo product it is composed of.
   */
  code: string;
  /**
   * Title.
   */
  title?: string;
  /**
   * Description.
   */
  description?: string | null;
  /**
   * Group name.
   */
  article_group_name?: string;
  /**
   * Its options.
   */
  options: SelectedOption[];
  /**
   * Amount.
   */
  amount?: number | null;
  /**
   * Width.
   */
  width?: number | null;
  /**
   * Height.
   */
  height?: number | null;
  /**
   * Length.
   */
  length?: number | null;
  /**
   * Whether it needs one or more uploads.
   */
  upload: boolean;
  /**
   * The uploads it needs (the spec schema says `uploads`; its example `uploaders` with a `heigth` typo: the mock follows the schema).
   */
  uploads?: RequiredUpload[];
  /**
   * Price of one, per production speed.
   */
  prices_per_product_v2?: ProductionPrice[];
  /**
   * Price of the amount, per production speed.
   */
  prices_total_v2?: ProductionPrice1[];
  /**
   * Price of one. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).
   */
  prices_per_product: {
    [k: string]: PriceFigures;
  };
  /**
   * Price of the amount. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).
   */
  prices_total: {
    [k: string]: PriceFigures;
  };
}
/**
 * An option of the configuration, as the configure example lists them.
 */
export interface SelectedOption {
  /**
   * Option type.
   */
  type_code: string;
  /**
   * Option code.
   */
  code: string | null;
  /**
   * Name in the answer language.
   */
  name: string | null;
  /**
   * Description.
   */
  description?: string | null;
  /**
   * Value of an input, as a string (spec example); null for a choice.
   */
  value: string | null;
  /**
   * Default value.
   */
  default_value?: number | string | null;
  /**
   * Smallest value, two decimals as a string ("0.00", spec example).
   */
  min_value?: string | null;
  /**
   * Largest value, as a string.
   */
  max_value?: string | null;
  /**
   * Step.
   */
  step_size?: number | null;
  /**
   * Decimals.
   */
  scale?: number | null;
  /**
   * Whether width and height may be swapped.
   */
  reversible?: boolean | null;
}
/**
 * One upload.
 */
export interface RequiredUpload {
  /**
   * Width.
   */
  width: number;
  /**
   * Height.
   */
  height: number;
  /**
   * Amount.
   */
  amount: number;
  /**
   * "single".
   */
  type: string;
}
/**
 * Prices for a production speed (items_17).
 */
export interface ProductionPrice {
  /**
   * Production hours.
   */
  production_hours: number;
  prices: PriceFigures;
}
/**
 * Four prices: purchase and sales, without and with VAT (the four numbers flat, as in the spec's price example; the spec's schema nests them under `prices`, its example does not: the mock follows the example, which is what clients read).
 */
export interface PriceFigures {
  /**
   * Purchasing price. Price is in the customer's currency.
   */
  purchase_price: number;
  /**
   * Purchasing price including customer's VAT. Price is in the customer's currency.
   */
  purchase_price_incl_vat: number;
  /**
   * Customer's sale price based on customer's sales margin. Price is in the customer's currency.
   */
  sales_price: number;
  /**
   * Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency.
   */
  sales_price_incl_vat: number;
}
/**
 * Prices for a production speed (items_17).
 */
export interface ProductionPrice1 {
  /**
   * Production hours.
   */
  production_hours: number;
  prices: PriceFigures;
}
/**
 * The answer of `POST /apiproducts/product` (201) and `PUT /apiproducts/product/{customer_code}` (200): Probo's usual `status`/`code`/`message` envelope and the stored product as `GET /apiproducts/product/{customer_code}` shows it. Probo publishes no answer for these routes and its configurator only checks that the answer is a 2xx with JSON (invented shape).
 */
export interface ApiProductStoredResponse {
  /**
   * Always "ok".
   */
  status: 'ok';
  /**
   * 201 when stored, 200 when updated.
   */
  code: 200 | 201;
  /**
   * "API product stored" or "API product updated".
   */
  message: string;
  product: ApiProductResponse;
}
/**
 * The answer of `GET /apiproducts` (type_6): paged composed API products.
 */
export interface ApiProductsResponse {
  /**
   * Paging.
   */
  meta: {
    /**
     * Page number.
     */
    page: number;
    /**
     * Number of pages.
     */
    pages: number;
    /**
     * Total number of items.
     */
    items: number;
    /**
     * Maximum number of items per page.
     */
    per_page: number;
  };
  /**
   * The API products of this page.
   */
  products: ListedApiProduct[];
}
/**
 * A composed API product (items_16).
 */
export interface ListedApiProduct {
  /**
   * Code.
   */
  customer_code: string;
  /**
   * Unit, e.g. "m2" (the spec; /products uses integers, see ProductsResponse).
   */
  unit_code: string;
  /**
   * Title.
   */
  title: string;
  /**
   * Description.
   */
  description: string | null;
  /**
   * Created.
   */
  created_at: string;
  /**
   * Changed.
   */
  updated_at: string;
  /**
   * Deleted (the example).
   */
  deleted_at?: string | null;
}
/**
 * The body of `POST /products/configure` (type_8 of the specification): products by Probo `code` with the options chosen so far. `deliveries` is not declared by the spec but the docs say configure and price need the address; it is accepted and not used.
 */
export interface ConfigureRequest {
  /**
   * The products to configure.
   *
   * @minItems 1
   * @maxItems 50
   */
  products: ConfigureProduct[];
  /**
   * Language of the answer texts (ISO 639-1).
   */
  language?: string;
  /**
   * Uploader applications.
   */
  uploader_applications?: string[];
  /**
   * Delivery addresses (docs; not used by the mock).
   */
  deliveries?: {}[];
}
/**
 * A product to configure (Code_18: closed).
 */
export interface ConfigureProduct {
  /**
   * Code of the Probo product.
   */
  code: string;
  /**
   * The shop's id of this product in the request.
   */
  id?: number;
  /**
   * The chosen options.
   */
  options?: OrderOption[];
  /**
   * Ignored. Probo's configurator (`ProboConnect/product-configurator`) stores a configuration by setting `customer_code` on the product it keeps configuring, so its later configure calls carry it (observed); the product is configured by `code`.
   */
  customer_code?: string;
}
/**
 * The answer of `POST /products/configure`. Follows the newer docs (configure-examples page): `status`, `code`, `message: "Options calculated"` on top, and `id` and `code` per product (the spec example has no status and names the product `api_code`). `selected_options` with ranges follow the spec example; `calculation_id` is given once every product can be ordered (the spec example has it; null otherwise is invented).
 */
export interface ConfigureResponse {
  /**
   * Always "ok".
   */
  status: 'ok';
  /**
   * Always 200.
   */
  code: 200;
  /**
   * "Options calculated".
   */
  message: string;
  /**
   * One per product of the request.
   */
  products: ConfiguredProduct[];
  /**
   * Id of this calculation, for `POST /products/uploader/create` and the order (null until every product can be ordered; invented).
   */
  calculation_id: number | null;
}
/**
 * A product and how far it is configured.
 */
export interface ConfiguredProduct {
  /**
   * Product id from the request (assigned when not given).
   */
  id: number;
  /**
   * Product code.
   */
  code: string;
  /**
   * Whether the options given are a complete, orderable configuration.
   */
  can_order: boolean;
  /**
   * Chosen amount (0 when none).
   */
  amount: number;
  /**
   * Chosen width (0 when none).
   */
  width: number;
  /**
   * Chosen height (0 when none).
   */
  height: number;
  /**
   * Chosen length (0 when none).
   */
  length: number;
  /**
   * Groups still to choose, with their children.
   */
  available_options: AvailableOption[];
  /**
   * The options chosen so far (and defaults taken).
   */
  selected_options: SelectedOption1[];
}
/**
 * A group still to choose: the next step of the configuration, with its children (docs configure-examples page: `name`, `label`, `code`, `can_order`, `amount`, `width`, `height`, `length`, `available`, `unit_code`, `price`, `children`). Groups come one step at a time in tree order, each once: the first group after the last one the request named (with the input groups that follow it, so `size` and `amount` come together, as Probo's configurator merges them into one step), and any required group left behind (invented rule; Probo's own configurator `ProboConnect/product-configurator` appends every group it is given as a new step).
 */
export interface AvailableOption {
  /**
   * Group code.
   */
  code: string;
  /**
   * Group type (`parent`, `parent_size`, `parent_amount`; the docs example leaves it out, the spec's option tree has it).
   */
  type_code: string;
  /**
   * Name in the answer language.
   */
  name: string | null;
  /**
   * A label to show beside the name (docs example: null).
   */
  label: string | null;
  /**
   * Description (invented on groups; null when the catalog has none).
   */
  description: string | null;
  /**
   * Null on a group (docs example).
   */
  can_order: boolean | null;
  /**
   * Null on a group (docs example).
   */
  amount: number | null;
  /**
   * Null on a group (docs example).
   */
  width: number | null;
  /**
   * Null on a group (docs example).
   */
  height: number | null;
  /**
   * Null on a group (docs example).
   */
  length: number | null;
  /**
   * Whether it can be chosen with the options given (changelog DEV-2292).
   */
  available: boolean;
  /**
   * Whether it must be chosen to order (invented).
   */
  required: boolean;
  /**
   * Null on a group (docs example).
   */
  unit_code: string | null;
  /**
   * Null on a group (docs example).
   */
  price: {} | null;
  /**
   * The options of the group: inputs (width, height, amount) or choices (radio). Probo's configurator (`ProboConnect/product-configurator`) reads every field of each child.
   */
  children: AvailableOptionChild[];
}
/**
 * An option of a group: an input (width, height, amount…) or a choice. Probo's configurator (`ProboConnect/product-configurator`, `mapOptions`) reads, unguarded, `images.length` and `images[0].url`, `price[priceType]`, `unit_code`, `type_code`, `default_value`, `min_value`, `max_value`, `reversible`, `available`, `label`, `name`, `description`.
 */
export interface AvailableOptionChild {
  /**
   * Option code (docs example).
   */
  code: string;
  /**
   * Option type: `width`, `height`, `amount`, `number`, `decimal`, `radio`… (docs example; the configurator shows a number field for `number` and `decimal`).
   */
  type_code: string;
  /**
   * Name in the answer language (docs example).
   */
  name: string | null;
  /**
   * A short label (e.g. "Bestseller"); the configurator shows it as a red tag (docs example; read by `ProboConnect/product-configurator`).
   */
  label: string | null;
  /**
   * Description (docs example).
   */
  description: string | null;
  /**
   * Current value of an input: given, or its default (docs example).
   */
  value: number | null;
  /**
   * Default value of an input (docs example).
   */
  default_value: number | null;
  /**
   * Smallest value (docs example).
   */
  min_value: number | null;
  /**
   * Largest value (docs example).
   */
  max_value: number | null;
  /**
   * Step of an input (spec option tree).
   */
  step_size: number | null;
  /**
   * Decimals of an input (spec option tree).
   */
  scale: number | null;
  /**
   * Whether width and height may be swapped (flat-tree-validation guide; read by `ProboConnect/product-configurator`).
   */
  reversible: boolean | null;
  /**
   * Unit of an input value: "cm" for width, height and length (the catalog's unit; invented value), null otherwise; the configurator shows it, or "pc" (observed: read by `ProboConnect/product-configurator`).
   */
  unit_code: string | null;
  /**
   * Whether it can be chosen with the options given (changelog DEV-2292).
   */
  available: boolean;
  /**
   * Pictures of the option: `[]` or `{url}` items from the catalog (observed: `ProboConnect/product-configurator` reads `images.length` on every child, unguarded, and then `images[0].url`).
   *
   * Items: One picture.
   */
  images: {
    /**
     * Picture URL.
     */
    url: string;
  }[];
  /**
   * The option's surcharge by price type, or null when it adds nothing (observed: `ProboConnect/product-configurator` reads `price[priceType]` when it is set).
   */
  price: OptionPriceFigures | null;
  /**
   * Always empty: groups below a choice come as their own step once it is chosen (invented).
   *
   * @maxItems 0
   *
   * Items: None.
   */
  children: {}[];
}
/**
 * The surcharge of this option in every price type Probo's configurator (`ProboConnect/product-configurator`) can be set to: it reads `price[priceType]`, priceType one of purchase_price, sales_price, base_price, each also `_incl_vat` (observed). The figures are the catalog's surcharge for the configuration so far (per m² or meter times the size given, plus per piece; invented); `base_price` equals `purchase_price` (the mock grants no discounts; invented).
 */
export interface OptionPriceFigures {
  /**
   * purchase price (read by `ProboConnect/product-configurator`).
   */
  purchase_price: number;
  /**
   * purchase price incl vat (read by `ProboConnect/product-configurator`).
   */
  purchase_price_incl_vat: number;
  /**
   * sales price (read by `ProboConnect/product-configurator`).
   */
  sales_price: number;
  /**
   * sales price incl vat (read by `ProboConnect/product-configurator`).
   */
  sales_price_incl_vat: number;
  /**
   * base price (read by `ProboConnect/product-configurator`).
   */
  base_price: number;
  /**
   * base price incl vat (read by `ProboConnect/product-configurator`).
   */
  base_price_incl_vat: number;
}
/**
 * An option of the configuration, as the configure example lists them.
 */
export interface SelectedOption1 {
  /**
   * Option type.
   */
  type_code: string;
  /**
   * Option code.
   */
  code: string | null;
  /**
   * Name in the answer language.
   */
  name: string | null;
  /**
   * Description.
   */
  description?: string | null;
  /**
   * Value of an input, as a string (spec example); null for a choice.
   */
  value: string | null;
  /**
   * Default value.
   */
  default_value?: number | string | null;
  /**
   * Smallest value, two decimals as a string ("0.00", spec example).
   */
  min_value?: string | null;
  /**
   * Largest value, as a string.
   */
  max_value?: string | null;
  /**
   * Step.
   */
  step_size?: number | null;
  /**
   * Decimals.
   */
  scale?: number | null;
  /**
   * Whether width and height may be swapped.
   */
  reversible?: boolean | null;
}
/**
 * The prices of one delivery of a `/price` speed: the shipping method's four prices (spec example), and the purchase figures Probo's configurator (`ProboConnect/product-configurator`) reads from `deliveries[].prices` (observed): it picks the cheapest delivery by `purchase_rush_surcharge` and shows `purchase_shipping_price` and `purchase_packaging_price`.
 */
export interface DeliveryPriceFigures {
  /**
   * Purchasing price. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).
   */
  purchase_price: number;
  /**
   * Purchasing price including customer's VAT. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).
   */
  purchase_price_incl_vat: number;
  /**
   * Customer's sale price based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).
   */
  sales_price: number;
  /**
   * Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).
   */
  sales_price_incl_vat: number;
  /**
   * What this speed costs above the slowest one, for the products (a number: the configurator compares it with `<`; observed, read by `ProboConnect/product-configurator`). The mock's figure is the catalog's speed surcharge on the products' purchase price (0 for the slowest speed; invented).
   */
  purchase_rush_surcharge: number;
  /**
   * The purchase price of shipping with this method (observed, read by `ProboConnect/product-configurator`); the mock's figure is the method's price in the catalog (invented).
   */
  purchase_shipping_price: number;
  /**
   * The purchase price of packaging (observed, read by `ProboConnect/product-configurator`); the mock's figure is 0 for a pickup point and 1.50 a product otherwise (invented).
   */
  purchase_packaging_price: number;
}
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
 * An admin fault rule (`POST /__mock/faults`, invented): the next `times` calls of `route` answer with `answer`, as the `X-Probo-Mock-Answer` header would, for clients that cannot set headers.
 */
export interface FaultRule {
  /**
   * The path, e.g. "/price" (exact, no query).
   */
  route: string;
  /**
   * Only calls with this method (default any).
   */
  method?: 'GET' | 'POST';
  /**
   * 500, 503, 429, 429=MS (a 429 whose x-ratelimit-reset is MS), timeout, reset or slow=MS.
   */
  answer: string;
  /**
   * How many calls (default 1).
   */
  times?: number;
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
 * The HTTP 202 answer to `POST /order`: the same body as the `queued` callback, without `supplier_order_number` (observed). The sources disagree on the status word: the specification's example (2020) says `"status": "order_queued"`, the newer Anypoint page ("the response payload on POST /order will be like") and the callbacks guide say `queued`, after the changelog removed the `order_` prefix. The mock follows the newer source: `queued`. An order with `"uploader": true` products also gets `uploaders`, its uploader sessions: the uploader guide says "The URL to the uploader session(s) will be returned in order response" (documented) but shows no example, so the key and item shape (those of `POST /products/uploader/create`) are invented.
 */
export interface OrderAccepted {
  [k: string]: unknown;
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
 * The answer of `GET /orders`: this mock's orders, paged (default 10 a page, as in the example) and filtered by the documented query parameters. Field names as in the spec example (`number`, `external_status_code`, `address_…`). Prices come from the catalog where it knows the product (0 otherwise; invented).
 */
export interface OrdersResponse {
  /**
   * Paging.
   */
  meta: {
    /**
     * Page number.
     */
    page: number;
    /**
     * Number of pages.
     */
    pages: number;
    /**
     * Total number of items.
     */
    items: number;
    /**
     * Maximum number of items per page.
     */
    per_page: number;
  };
  /**
   * The orders of this page.
   */
  orders: ListedOrder[];
}
/**
 * An order.
 */
export interface ListedOrder {
  /**
   * Probo's order number (supplier_order_number elsewhere).
   */
  number: number;
  /**
   * The order reference.
   */
  customer_reference: string | null;
  /**
   * When it was placed.
   */
  order_date: string;
  /**
   * The reseller's order id (null in the spec example).
   */
  customer_order_id: string | null;
  /**
   * Total sales price.
   */
  total_sales_price: number;
  /**
   * VAT of it.
   */
  total_vat: number;
  /**
   * Preview image.
   */
  converted_preview_small_url?: string | null;
  /**
   * Delivery date.
   */
  delivery_date: string | null;
  /**
   * The first delivery's address, fields prefixed `address_`.
   */
  delivery_address: {
    /**
     * An address field.
     */
    [k: string]: string | null;
  };
  /**
   * The order status ("queued" before Probo accepts it; invented for the mock's queue).
   */
  external_status_code: string;
}
/**
 * The body of `POST /price` (type_4 of the specification, closed): products by `code` or `customer_code` with their options, and optional deliveries.
 */
export interface PriceRequest {
  /**
   * The products to price.
   *
   * @minItems 1
   * @maxItems 50
   */
  products: PriceProduct[];
  /**
   * Where and when to deliver: shipping methods and dates are priced for them.
   *
   * @maxItems 10
   */
  deliveries?: PriceDelivery[];
  /**
   * Language of the answer texts.
   */
  language?: string;
  /**
   * Error email addresses.
   */
  error_email_addresses?: string[];
  /**
   * [NO IMPLEMENTATION YET] in the specification.
   */
  callback_urls?: string[];
}
/**
 * A delivery of a price request: the address and optionally a date or preset and a shipping method code or preset (the seven closed variants of the specification, flattened; `carrier_code` only with `shipping_method_preset`).
 */
export interface PriceDelivery {
  /**
   * The delivery address (Address_21, or {id} from the address book).
   */
  address: {};
  /**
   * Wanted delivery date.
   */
  delivery_date?: string;
  /**
   * Delivery date preset (cheapest, fastest).
   */
  delivery_date_preset?: string;
  /**
   * Shipping method code.
   */
  shipping_method_code?: string;
  /**
   * Shipping method preset (cheapest, fastest).
   */
  shipping_method_preset?: string;
  /**
   * Carrier, only with a shipping method preset.
   */
  carrier_code?: string;
}
/**
 * The answer of `POST /price` (type_5): one entry per delivery option (production hours), with dates, product prices and shipping methods. Prices are invented but deterministic: the same options give the same prices. `calculation_id` follows the docs (changelog DEV-2300 "add calculation_id to price response"; the spec lacks it).
 */
export interface PriceResponse {
  /**
   * "ok".
   */
  status: 'ok';
  /**
   * 200.
   */
  code: 200;
  /**
   * "Price calculated" (the example; the schema example says "Price Calculated").
   */
  message: string;
  /**
   * Id of this calculation, for the uploader and the order (docs).
   */
  calculation_id: number;
  /**
   * One per delivery option.
   */
  prices: PriceOption[];
}
/**
 * A delivery option: production speed, dates, prices.
 */
export interface PriceOption {
  /**
   * Shipping date, `YYYY-MM-DDT00:00:00+0000` (weekdays; the calendar is invented).
   */
  shipping_date: string;
  /**
   * Earliest delivery date with the fastest listed method.
   */
  delivery_date: string;
  /**
   * Production hours.
   */
  production_hours: number;
  /**
   * Sum of the products.
   */
  products_purchase_price: number;
  /**
   * Sum of the products.
   */
  products_purchase_price_incl_vat: number;
  /**
   * Sum of the products.
   */
  products_sales_price: number;
  /**
   * Sum of the products.
   */
  products_sales_price_incl_vat: number;
  /**
   * The products' base price (before any discount) of this speed: Probo's configurator (`ProboConnect/product-configurator`) reads `prices[0].products_<priceType>` for every price type it can be set to, `base_price` among them (observed). The mock grants no discounts, so it equals `products_purchase_price` (invented).
   */
  products_base_price: number;
  /**
   * The same with VAT (observed, as `products_base_price`).
   */
  products_base_price_incl_vat: number;
  /**
   * Per product.
   */
  products: PricedProduct[];
  /**
   * Shipping methods for the delivery.
   */
  deliveries: PricedDelivery[];
}
/**
 * Prices of one product.
 */
export interface PricedProduct {
  /**
   * Product id from the request (assigned when not given).
   */
  id: number;
  prices_per_product: PriceFigures;
  prices_total: PriceFigures;
}
/**
 * A shipping method and its price.
 */
export interface PricedDelivery {
  /**
   * Code of the method.
   */
  shipping_method_api_code: string | null;
  /**
   * Name.
   */
  shipping_method_name: string;
  /**
   * Description.
   */
  shipping_method_description?: string;
  /**
   * Days in transit.
   */
  transit_days: number;
  /**
   * Delivery date with this method (invented).
   */
  delivery_date?: string;
  prices: DeliveryPriceFigures;
}
/**
 * A node of the option tree. Ranges and steps are given for inputs; a group of `radio` children is a choice of one.
 */
export interface ProductOptionNode {
  /**
   * Option code.
   */
  code: string;
  /**
   * Option type.
   */
  type_code: string;
  /**
   * Whether it groups other options.
   */
  is_parent: boolean;
  /**
   * Texts per language (ISO 639-1 code as key).
   */
  translations: {
    [k: string]: OptionText;
  };
  /**
   * Smallest value of an input.
   */
  min_value?: number | null;
  /**
   * Largest value of an input.
   */
  max_value?: number | null;
  /**
   * Step of an input.
   */
  step_size?: number | null;
  /**
   * Default of an input.
   */
  default_value?: number | null;
  /**
   * Whether width and height may be swapped (flat-tree-validation guide).
   */
  reversible?: boolean | null;
  /**
   * Option codes that exclude it (flat-tree-validation guide).
   */
  disabled_for_options?: string[];
  /**
   * The options below it.
   */
  children?: ProductOptionNode[];
}
/**
 * The option texts of one language.
 */
export interface OptionText {
  /**
   * Option name.
   */
  name: string;
  /**
   * Option description.
   */
  description?: string;
}
/**
 * The answer of `GET /products/product/{code}` (type_10, open; the fields beyond `code` follow the spec example and the docs).
 */
export interface ProductResponse {
  /**
   * API code of the Probo product.
   */
  code: string;
  /**
   * If not active it cannot be ordered.
   */
  active?: boolean;
  /**
   * Last day it is active.
   */
  active_to?: string | null;
  /**
   * The product replacing it.
   */
  replaced_by_product?: string | null;
  /**
   * Texts per language (ISO 639-1 code as key). Every language the product has (`?language=` keeps one); Probo's configurator reads `translations[language].title` and `.description`, falling back to `translations.nl` (observed), so the seeded products all have `nl`.
   */
  translations: {
    [k: string]: ProductText;
  };
  /**
   * Group name.
   */
  article_group_name: string;
  /**
   * Unit: 1 m², 2 meter, 3 piece.
   */
  unit_code?: number;
  /**
   * The option tree.
   */
  options: ProductOptionNode[];
  /**
   * Pictures of the product, when the catalog has any (absent otherwise: Probo's configurator `ProboConnect/product-configurator` reads `images?.[0].url`, so an empty list would break its modal; observed).
   *
   * @minItems 1
   *
   * Items: One picture.
   */
  images?: {
    /**
     * Picture URL.
     */
    url: string;
  }[];
}
/**
 * The product texts of one language.
 */
export interface ProductText {
  /**
   * Product title.
   */
  title: string;
  /**
   * Product description.
   */
  description?: string;
}
/**
 * The answer of `GET /products`. Follows the newer docs (tracking-product-updates guide), not the 2019 spec example: the list is under `data` (the spec example has `products`), `unit_code` is an integer (the spec has "m2"), and each product has `active`, `active_to` and `replaced_by_product`. With `language`, translations hold that language only (invented).
 */
export interface ProductsResponse {
  /**
   * Paging.
   */
  meta: {
    /**
     * Page number.
     */
    page: number;
    /**
     * Number of pages.
     */
    pages: number;
    /**
     * Total number of items.
     */
    items: number;
    /**
     * Maximum number of items per page.
     */
    per_page: number;
  };
  /**
   * The products of this page.
   */
  data: ListedProduct[];
}
/**
 * A product in the list.
 */
export interface ListedProduct {
  /**
   * If not active it cannot be ordered (docs).
   */
  active?: boolean;
  /**
   * Last day it is active (tracking-product-updates guide).
   */
  active_to?: string | null;
  /**
   * The product replacing it (tracking-product-updates guide).
   */
  replaced_by_product?: string | null;
  /**
   * API code of the product.
   */
  code: string;
  /**
   * Group name.
   */
  article_group_name: string;
  /**
   * Unit: 1 m², 2 meter, 3 piece (docs; the 2019 spec example has "m2").
   */
  unit_code: number;
  /**
   * Texts per language (ISO 639-1 code as key).
   */
  translations: {
    [k: string]: ProductText1;
  };
  /**
   * Created.
   */
  created_at: string;
  /**
   * Last changed.
   */
  updated_at: string;
}
/**
 * The product texts of one language.
 */
export interface ProductText1 {
  /**
   * Product title.
   */
  title: string;
  /**
   * Product description.
   */
  description?: string;
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
 * A shipping method.
 */
export interface ShippingMethod {
  /**
   * Code.
   */
  code: string | null;
  /**
   * Icon URL.
   */
  icon?: string;
  /**
   * Needs an email.
   */
  requires_email?: boolean;
  /**
   * Needs a phone.
   */
  requires_phone?: boolean;
  /**
   * Carrier.
   */
  carrier_code: string;
  /**
   * shipment or pickup.
   */
  type: string;
  /**
   * Texts per language.
   */
  translations: {
    [k: string]: ShippingMethodTexts;
  };
}
/**
 * Texts of one language.
 */
export interface ShippingMethodTexts {
  /**
   * Title.
   */
  title?: string;
  /**
   * Description.
   */
  description?: string;
  /**
   * Short description.
   */
  short_description?: string;
}
/**
 * What an uploader session POSTs to its `callback_url`: `confirmed` when the person confirms the file, then `processed`. The statuses and the start of the body are documented (uploader guide, cut off in the stored copy); the rest, and the timing, are invented.
 */
export interface UploaderCallback {
  /**
   * confirmed, then processed.
   */
  status: 'confirmed' | 'processed';
  /**
   * Session id (invented field).
   */
  id: number;
  /**
   * Session external id (invented field).
   */
  external_id: number;
  /**
   * The product of the session.
   */
  products: UploadedProduct[];
}
/**
 * The uploaded files of one product.
 */
export interface UploadedProduct {
  /**
   * Product id.
   */
  id: number;
  /**
   * "none".
   */
  tiling_format?: string;
  /**
   * Tiles.
   */
  tiles_horizontal?: number;
  /**
   * Tiles.
   */
  tiles_vertical?: number;
  /**
   * Tiles.
   */
  tiles?: {}[];
  /**
   * The front side.
   */
  front_side: {
    /**
     * The file.
     */
    file: {
      /**
       * "not_converted" when confirmed, "converted" when processed (the second is invented).
       */
      status: string;
      /**
       * Preview.
       */
      preview_url?: string | null;
      /**
       * Preview.
       */
      preview_medium_url?: string | null;
      /**
       * Original.
       */
      original_file_url?: string | null;
      /**
       * Production file (when processed).
       */
      production_file_url?: string | null;
      /**
       * File name.
       */
      file_name: string;
      /**
       * Hash.
       */
      original_file_hash?: string | null;
      /**
       * Size.
       */
      size_in_bytes?: number;
      /**
       * DPI.
       */
      dpi?: number;
      /**
       * Page.
       */
      page?: number;
      /**
       * Booklet.
       */
      is_booklet?: boolean;
    };
    /**
     * Warnings, e.g. "wrong_size".
     */
    warnings: string[];
  };
}
/**
 * The body the mock's uploader session page sends to confirm a file (`POST /uploader/{id}/confirm`; the mock's own, invented: Probo's uploader is a web application at print-uploader.com).
 */
export interface UploaderConfirmRequest {
  /**
   * The token of the session URL.
   */
  token: string;
  /**
   * Name of the chosen file.
   */
  file_name: string;
  /**
   * Its size.
   */
  size_in_bytes?: number;
}
/**
 * The body of `POST /products/uploader/create` (type_9): a `calculation_id` from `/products/configure` or `/price`, and the URL the uploader sessions report to.
 */
export interface UploaderCreateRequest {
  /**
   * From a completed configuration or a price request.
   */
  calculation_id: number;
  /**
   * Gets `confirmed` and `processed` for each session (documented, as a required URL). Probo's own configurator (`ProboConnect/product-configurator`, `getUploaderSession`) sends `null` when the shop set no `callbackUrl` (its default), `""` (its web component's default) or leaves the field out: each means no callback (observed), and the sessions then report to no one.
   */
  callback_url?: string | null;
  /**
   * Language of the uploader.
   */
  language?: string;
}
/**
 * The answer of `POST /products/uploader/create`: one session per product of the calculation. `external_id` follows the docs (uploader guide), which the spec lacks.
 */
export interface UploaderCreateResponse {
  /**
   * "ok".
   */
  status: 'ok';
  /**
   * "Uploaders created".
   */
  message: string;
  /**
   * The sessions.
   */
  uploaders: UploaderSession[];
}
/**
 * An uploader session: what `POST /products/uploader/create` answers for each product (and the 202 of an order with `"uploader": true`).
 */
export interface UploaderSession {
  /**
   * The product it uploads for.
   */
  product_id: number;
  /**
   * Session id.
   */
  id: number;
  /**
   * External id, needed with `id` in the order's `uploaders` (docs uploader guide; not in the spec answer).
   */
  external_id: number;
  /**
   * The session page: on the mock itself (`/uploader/{id}?token=…`; invented, Probo's is print-uploader.com).
   */
  url: string;
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
 * The mock's product catalog file (`fixtures/catalog/catalog.json`, or your own with `serve --catalog FILE`): Probo-like products with option trees, composed API products and shipping methods. The file format is the mock's own (invented); the fields it holds mirror what Probo's product, configure, price and shipping answers show (documented). Prices are invented: Probo's are per reseller and not public.
 */
export interface Catalog {
  /**
   * Optional pointer to this schema, for editors.
   */
  $schema?: string;
  /**
   * VAT rate on purchase and sales prices (default 0.21, the Dutch rate; invented).
   */
  vat_rate?: number;
  /**
   * The reseller's sales margin on the purchase price (default 0.5; invented).
   */
  margin?: number;
  /**
   * The Probo products (`GET /products`).
   *
   * @minItems 1
   */
  products: CatalogProduct[];
  /**
   * Composed API products: a product with its options fixed, ordered by `customer_code`.
   */
  api_products: CatalogApiProduct[];
  /**
   * Shipping methods (`GET /shipping/methods`), carriers and pickup points.
   *
   * @minItems 1
   */
  shipping_methods: CatalogShippingMethod[];
  /**
   * Delivery options of `/price`: production hours and their surcharge.
   *
   * @minItems 1
   */
  production: CatalogProduction[];
}
/**
 * One Probo product and its option tree.
 */
export interface CatalogProduct {
  /**
   * API code of the Probo product, e.g. "banner-510".
   */
  code: string;
  /**
   * The group name of the product (e.g. "Doek").
   */
  article_group_name: string;
  /**
   * Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).
   */
  unit_code: 1 | 2 | 3;
  /**
   * If not active it cannot be ordered (default true).
   */
  active?: boolean;
  /**
   * Date after which the product is no longer active.
   */
  active_to?: string | null;
  /**
   * The product that replaces this one.
   */
  replaced_by_product?: string | null;
  /**
   * Texts per language (ISO 639-1 code as key).
   */
  translations: {
    [k: string]: ProductText2;
  };
  /**
   * Purchase price per unit (per m², per meter or per piece; invented).
   */
  base_price: number;
  /**
   * Lowest purchase price of one product (invented).
   */
  minimum_price?: number;
  /**
   * When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.
   */
  created_at?: string;
  /**
   * When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.
   */
  updated_at?: string;
  /**
   * The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.
   *
   * @minItems 1
   */
  options: CatalogOption[];
  /**
   * Pictures of the product (product detail answers; invented content).
   *
   * @minItems 1
   *
   * Items: One picture.
   */
  images?: {
    /**
     * Picture URL.
     */
    url: string;
  }[];
}
/**
 * The product texts of one language.
 */
export interface ProductText2 {
  /**
   * Product title.
   */
  title: string;
  /**
   * Product description.
   */
  description?: string;
}
/**
 * A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).
 */
export interface CatalogOption {
  /**
   * Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).
   */
  code: string;
  /**
   * The type of the option (a subset of the documented list).
   */
  type_code:
    | 'parent'
    | 'parent_size'
    | 'parent_amount'
    | 'radio'
    | 'width'
    | 'height'
    | 'length'
    | 'amount'
    | 'number'
    | 'decimal'
    | 'text';
  /**
   * Texts per language (ISO 639-1 code as key).
   */
  translations: {
    [k: string]: OptionText1;
  };
  /**
   * For a group: one of its choices (or its inputs) must be given to order (default true; invented).
   */
  required?: boolean;
  /**
   * Smallest value of an input.
   */
  min_value?: number;
  /**
   * Largest value of an input.
   */
  max_value?: number;
  /**
   * Values of an input are min_value plus a whole number of steps.
   */
  step_size?: number;
  /**
   * Value of an input when none is given.
   */
  default_value?: number;
  /**
   * Decimals of an input value.
   */
  scale?: number;
  /**
   * Surcharge of a choice per unit (per m², meter or piece; invented).
   */
  price?: number;
  /**
   * Surcharge of a choice per product (invented).
   */
  price_per_piece?: number;
  /**
   * Whether width and height may be swapped.
   */
  reversible?: boolean;
  /**
   * Option codes that exclude this one (flat-tree-validation guide).
   */
  disabled_for_options?: string[];
  /**
   * The options below this one.
   */
  children?: CatalogOption[];
  /**
   * Pictures of the option (configure answers list them; invented content).
   *
   * Items: One picture.
   */
  images?: {
    /**
     * Picture URL.
     */
    url: string;
  }[];
  /**
   * A short label shown beside the option, e.g. "Bestseller" (configure answers, docs example).
   */
  label?: string;
}
/**
 * The option texts of one language.
 */
export interface OptionText1 {
  /**
   * Option name.
   */
  name: string;
  /**
   * Option description.
   */
  description?: string;
}
/**
 * A composed API product: a Probo product with its options chosen, ordered by `customer_code`.
 */
export interface CatalogApiProduct {
  /**
   * Code of the API product saved in the reseller's account.
   */
  customer_code: string;
  /**
   * The Probo product it is composed of.
   */
  code: string;
  /**
   * Title of the API product.
   */
  title: string;
  /**
   * Description of the API product.
   */
  description?: string | null;
  /**
   * The chosen options, as in an order.
   */
  options: OrderOption[];
  /**
   * When it was composed.
   */
  created_at?: string;
  /**
   * When it last changed.
   */
  updated_at?: string;
}
/**
 * A shipping method: a carrier service or a pickup point.
 */
export interface CatalogShippingMethod {
  /**
   * Shipping method code, e.g. "dhl-standard" (null in the published pickup example).
   */
  code: string | null;
  /**
   * The carrier, e.g. "DHL".
   */
  carrier_code: string;
  /**
   * Kind of method: shipment or pickup.
   */
  type: 'shipment' | 'pickup';
  /**
   * URL of the method icon.
   */
  icon?: string;
  /**
   * Whether the address needs an email.
   */
  requires_email?: boolean;
  /**
   * Whether the address needs a phone number.
   */
  requires_phone?: boolean;
  /**
   * Days between shipping and delivery.
   */
  transit_days: number;
  /**
   * Purchase price of the shipment (invented).
   */
  price: number;
  /**
   * Countries it delivers to (invented; absent: all).
   */
  countries?: string[];
  /**
   * Texts per language.
   */
  translations: {
    [k: string]: ShippingMethodText;
  };
}
/**
 * The texts of one language.
 */
export interface ShippingMethodText {
  /**
   * Title.
   */
  title: string;
  /**
   * Description.
   */
  description?: string;
  /**
   * Short description.
   */
  short_description?: string;
}
/**
 * One delivery option of `/price`.
 */
export interface CatalogProduction {
  /**
   * Hours of production (documented values: 24, 48, …).
   */
  production_hours: number;
  /**
   * Fraction added to the purchase price for this speed (invented).
   */
  surcharge: number;
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
