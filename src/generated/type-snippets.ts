/**
 * The declarations of src/generated/types.ts, one per exported type, generated, do not edit.
 * Run `npm run generate` after changing a schema.
 */

/** One exported type: its declaration (with its doc comment) and the declared types it uses. */
export interface TypeSnippet {
  text: string;
  uses: readonly string[];
}

/** Every exported type of src/generated/types.ts by name. */
export const TYPE_SNIPPETS: Readonly<Record<string, TypeSnippet>> = {
  OrderCancelRequest: {
    text: '/**\n * The body of `POST /order/cancel` (and of `/order/release`): one order, by `id` (`{"id": "order-5234231"}`, the specification\'s example) or by `supplier_order_number`; each an integer or a string. The specification keeps it open with `minProperties: 1`; the mock requires one of the two keys.\n */\nexport type OrderCancelRequest = (\n  | {\n      id: unknown;\n    }\n  | {\n      supplier_order_number: unknown;\n    }\n) & {\n  /**\n   * The shop\'s order id.\n   */\n  id?: number | string;\n  /**\n   * Probo\'s order number.\n   */\n  supplier_order_number?: number | string;\n};',
    uses: [],
  },
  OrderDelivery: {
    text: '/**\n * One delivery of an order post. The specification allows six closed alternatives: one date key (`delivery_date`, `delivery_date_preset` or `shipping_date`) with one method key (`shipping_method_code` or `shipping_method_preset`); `carrier_code` only with `shipping_method_preset`, `shipping_label_url` only with `shipping_method_code`. Written here as one closed object with those rules, so that a refusal names one clear problem: "a delivery needs one of delivery_date, delivery_date_preset, shipping_date and one of shipping_method_code, shipping_method_preset". An address alone is refused, as Probo does (observed: 400 "required key [shipping_method_preset] not found").\n */\nexport type OrderDelivery = {\n  address: Address;\n  sender_address?: SenderAddress;\n  /**\n   * "Date the order should be delivered."\n   */\n  delivery_date?: string;\n  /**\n   * Name of a preset that picks the delivery date. A free string: "Please contact Probo for a list of presets"; the docs name `cheapest` and `fastest`, shops also send `first_possible` (observed).\n   */\n  delivery_date_preset?: string;\n  /**\n   * The date the order should ship.\n   */\n  shipping_date?: string;\n  /**\n   * "Code of the shipping method to be used for shipping the order. Please contact Probo for a list of codes."\n   */\n  shipping_method_code?: string;\n  /**\n   * Name of a preset that picks the shipping method. A free string; the docs name `cheapest` and `fastest`.\n   */\n  shipping_method_preset?: string;\n  /**\n   * "Code of the carrier to be used for shipping the order." Only together with `shipping_method_preset` ("The option carrier_code only works together with presets").\n   */\n  carrier_code?: string;\n  /**\n   * A shipping label of your own; only together with `shipping_method_code`.\n   */\n  shipping_label_url?: string;\n  /**\n   * Packing slips to put in the parcel.\n   *\n   * Items: The URL of a packing slip.\n   */\n  packing_slip_urls?: string[];\n} & (\n  | {\n      delivery_date: unknown;\n      shipping_method_code: unknown;\n    }\n  | {\n      delivery_date: unknown;\n      shipping_method_preset: unknown;\n    }\n  | {\n      delivery_date_preset: unknown;\n      shipping_method_code: unknown;\n    }\n  | {\n      delivery_date_preset: unknown;\n      shipping_method_preset: unknown;\n    }\n  | {\n      shipping_date: unknown;\n      shipping_method_code: unknown;\n    }\n  | {\n      shipping_date: unknown;\n      shipping_method_preset: unknown;\n    }\n);',
    uses: ['Address', 'SenderAddress'],
  },
  OrderProduct: {
    text: '/**\n * One product of an order post: configured (`code`, Probo\'s product code, with `options`) or composed (`customer_code`, a product saved in the shop\'s Probo account), never both; closed, as in the specification. Where the sources disagree the mock follows the newer docs page (examples/products): `files` are "required when ordering" unless the uploader flow is used (`uploader: true` or `uploaders`), and a configured product "requires a full options set"; the specification requires neither (its own `mingled-product-types` example has no files, and is refused by the mock for that reason).\n */\nexport type OrderProduct = {\n  /**\n   * "Code of the probo product as shown on the webshop product page."\n   */\n  code?: string;\n  /**\n   * "Code relating to the API product saved in reseller\'s webshop account including selected options."\n   */\n  customer_code?: string;\n  /**\n   * The shop\'s id of this product line; `/order/status` lists products by it (numbered from 1 when not given: invented).\n   */\n  id?: number | string;\n  /**\n   * The shop\'s reference of this product.\n   */\n  reference?: string;\n  /**\n   * Chosen options; required for a configured product (docs).\n   */\n  options?: OrderOption[];\n  /**\n   * Print files; required, at least one, unless the uploader flow is used (docs; the specification requires none).\n   */\n  files?: OrderFile[];\n  /**\n   * "Set to true if you want to use an uploader to upload files after submitting order."\n   */\n  uploader?: boolean;\n  /**\n   * Uploader sessions whose files this product uses.\n   */\n  uploaders?: OrderUploader[];\n} & (\n  | {\n      code: unknown;\n    }\n  | {\n      customer_code: unknown;\n    }\n);',
    uses: ['OrderOption', 'OrderFile', 'OrderUploader'],
  },
  OrderReleaseRequest: {
    text: "/**\n * The body of `POST /order/release`: the same as `/order/cancel`'s (`type_3` is identical to `type_2` in the specification).\n */\nexport type OrderReleaseRequest = OrderCancelRequest;",
    uses: ['OrderCancelRequest'],
  },
  OrderSelector: {
    text: '/**\n * One order of a `POST /order/status` request, named by `id`, `supplier_order_number` or `reference` ("not recommended", docs). `id` and `supplier_order_number` may be integers or strings: the docs\' own example sends the number as a string ("1230273927"). The specification keeps the object open (`minProperties: 1`); the docs say it "should contain one of the following properties", so the mock requires one of the three. With several, an order must match all of them (invented).\n */\nexport type OrderSelector = (\n  | {\n      id: unknown;\n    }\n  | {\n      supplier_order_number: unknown;\n    }\n  | {\n      reference: unknown;\n    }\n) & {\n  /**\n   * The shop\'s order id (the `id` of the order post).\n   */\n  id?: number | string;\n  /**\n   * Probo\'s order number, as a number or its digits as a string.\n   */\n  supplier_order_number?: number | string;\n  /**\n   * The order post\'s reference (not unique: the first order with it).\n   */\n  reference?: string;\n};',
    uses: [],
  },
  ProboStatusName: {
    text: "/**\n * An order status as Probo pushes it. The changelog removed the `order_` prefix: `order_accepted` and the like are not current statuses. `canceled` has one \"l\".\n */\nexport type ProboStatusName =\n  | 'queued'\n  | 'accepted'\n  | 'not_accepted'\n  | 'in_production'\n  | 'logistics'\n  | 'shipment_created'\n  | 'shipment_scanned_by_carrier'\n  | 'shipment_in_transit'\n  | 'shipment_delayed'\n  | 'shipment_returned'\n  | 'shipment_exception'\n  | 'shipment_not_at_home'\n  | 'shipment_available_at_pickup_point'\n  | 'shipment_picked_up'\n  | 'shipment_delivered'\n  | 'canceled';",
    uses: [],
  },
  PriceProduct: {
    text: "/**\n * A product to price: `code` (Code_13) or `customer_code` (CustomerCode_14), closed. With both, `code` and `options` are priced and `customer_code` is ignored: Probo's configurator (`ProboConnect/product-configurator`) sends both once it has stored a configuration (observed).\n */\nexport type PriceProduct = (\n  | {\n      code: unknown;\n    }\n  | {\n      customer_code: unknown;\n    }\n) & {\n  /**\n   * Code of the Probo product.\n   */\n  code?: string;\n  /**\n   * Code of a composed API product.\n   */\n  customer_code?: string;\n  /**\n   * Product id (assigned when not given).\n   */\n  id?: number;\n  /**\n   * The shop's reference.\n   */\n  reference?: string;\n  /**\n   * The chosen options.\n   */\n  options?: OrderOption[];\n};",
    uses: ['OrderOption'],
  },
  ShippingMethodsResponse: {
    text: '/**\n * The answer of `GET /shipping/methods`: a bare array, as in the spec example (a pickup method has `code` null there; the mock gives every method a code, invented).\n */\nexport type ShippingMethodsResponse = ShippingMethod[];',
    uses: ['ShippingMethod'],
  },
  ProboCallback: {
    text: '/**\n * Any order status callback Probo pushes to the `callback_urls` of an order post. The body is judged by its `status` (and, for `not_accepted`, by the presence of `file`) against exactly one message schema.\n */\nexport type ProboCallback =\n  | QueuedCallback\n  | AcceptedCallback\n  | NotAcceptedDuplicateOrderCallback\n  | NotAcceptedFileRejectedCallback\n  | InProductionCallback\n  | LogisticsCallback\n  | ShipmentCreatedCallback\n  | ShipmentScannedByCarrierCallback\n  | ShipmentInTransitCallback\n  | ShipmentDelayedCallback\n  | ShipmentReturnedCallback\n  | ShipmentExceptionCallback\n  | ShipmentNotAtHomeCallback\n  | ShipmentAvailableAtPickupPointCallback\n  | ShipmentPickedUpCallback\n  | ShipmentDeliveredCallback\n  | CanceledCallback;',
    uses: [
      'QueuedCallback',
      'AcceptedCallback',
      'NotAcceptedDuplicateOrderCallback',
      'NotAcceptedFileRejectedCallback',
      'InProductionCallback',
      'LogisticsCallback',
      'ShipmentCreatedCallback',
      'ShipmentScannedByCarrierCallback',
      'ShipmentInTransitCallback',
      'ShipmentDelayedCallback',
      'ShipmentReturnedCallback',
      'ShipmentExceptionCallback',
      'ShipmentNotAtHomeCallback',
      'ShipmentAvailableAtPickupPointCallback',
      'ShipmentPickedUpCallback',
      'ShipmentDeliveredCallback',
      'CanceledCallback',
    ],
  },
  ScenarioStep: {
    text: "/**\n * One status change: a callback POSTed to every callback URL of the order. Either `status` (a body built for the order) or `raw` (an exact body text).\n */\nexport type ScenarioStep = (\n  | {\n      status: unknown;\n    }\n  | {\n      raw: unknown;\n    }\n) & {\n  status?: ProboStatusName;\n  /**\n   * Which documented kind of `not_accepted` to send (only with `status: not_accepted`; default `file-rejected`).\n   */\n  variant?: 'duplicate-order' | 'file-rejected';\n  /**\n   * The 1-based `file.id` of a file rejection; default 1, or the file whose URI asked for the rejection.\n   */\n  fileId?: number;\n  /**\n   * Milliseconds after the previous step; overrides the server's `--step-delay` for this step.\n   */\n  delay?: number;\n  /**\n   * How many times the same bytes are delivered (2 or more = redelivery).\n   */\n  repeat?: number;\n  /**\n   * How many shipped packages a shipment status carries (default 1).\n   */\n  packages?: number;\n  /**\n   * A JSON merge patch (RFC 7396) applied to the built body; `__proto__`, `constructor` and `prototype` keys are ignored.\n   */\n  patch?: {};\n  /**\n   * An exact body text, sent as is (for malformed or legacy messages). `{{order.id}}`, `{{order.reference}}`, `{{order.supplier_order_number}}` and `{{order.status_page_url}}` are replaced by the order's values, JSON-string-escaped.\n   */\n  raw?: string;\n  /**\n   * Extra request headers for this step's deliveries.\n   */\n  headers?: {\n    [k: string]: string;\n  };\n};",
    uses: ['ProboStatusName'],
  },
  ApiProductRequest: {
    text: "/**\n * The body of `POST /apiproducts/product` (store a composed product) and `PUT /apiproducts/product/{customer_code}` (update it). Probo publishes neither route; its configurator (`ProboConnect/product-configurator`) calls both with this body: the product it configured (`code`, `options`) and the shop's `customer_code` (observed). `title` and `description` are the mock's own (invented).\n */\nexport interface ApiProductRequest {\n  /**\n   * The shop's code for the composed product, later used by `POST /order`, `POST /price` and `GET /apiproducts/product/{customer_code}` (observed). On `PUT` it must equal the path's code.\n   */\n  customer_code: string;\n  /**\n   * Code of the Probo product (observed).\n   */\n  code: string;\n  /**\n   * The options of a complete configuration, in the order chosen (observed; values as numbers or strings, the configurator sends `1.5` as \"1.5\").\n   *\n   * @maxItems 200\n   */\n  options: OrderOption[];\n  /**\n   * A title for the API product list (invented; default: the product's title).\n   */\n  title?: string;\n  /**\n   * A description (invented).\n   */\n  description?: string | null;\n}",
    uses: ['OrderOption'],
  },
  OrderOption: {
    text: '/**\n * One product option: an option code and, for an input option, its value (closed, as in the specification).\n */\nexport interface OrderOption {\n  /**\n   * "Code relating to option in the options tree as shown on the webshop product page."\n   */\n  code: string;\n  /**\n   * "Value of an option with an input option, like width or tunnel size." A number, a string ("100", the docs\' example) or null. The specification\'s union has integer, not number; the mock takes 10.5 too (the catalog answers carry numbers).\n   */\n  value?: number | string | null;\n}',
    uses: [],
  },
  ApiProductResponse: {
    text: '/**\n * The answer of `GET /apiproducts/product/{customer_code}` (type_7).\n */\nexport interface ApiProductResponse {\n  /**\n   * The composed product.\n   */\n  customer_code: string;\n  /**\n   * The Probo product it is composed of.\n   */\n  code: string;\n  /**\n   * Title.\n   */\n  title?: string;\n  /**\n   * Description.\n   */\n  description?: string | null;\n  /**\n   * Group name.\n   */\n  article_group_name?: string;\n  /**\n   * Its options.\n   */\n  options: SelectedOption[];\n  /**\n   * Amount.\n   */\n  amount?: number | null;\n  /**\n   * Width.\n   */\n  width?: number | null;\n  /**\n   * Height.\n   */\n  height?: number | null;\n  /**\n   * Length.\n   */\n  length?: number | null;\n  /**\n   * Whether it needs one or more uploads.\n   */\n  upload: boolean;\n  /**\n   * The uploads it needs (the spec schema says `uploads`; its example `uploaders` with a `heigth` typo: the mock follows the schema).\n   */\n  uploads?: RequiredUpload[];\n  /**\n   * Price of one, per production speed.\n   */\n  prices_per_product_v2?: ProductionPrice[];\n  /**\n   * Price of the amount, per production speed.\n   */\n  prices_total_v2?: ProductionPrice1[];\n  /**\n   * Price of one. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).\n   */\n  prices_per_product: {\n    [k: string]: PriceFigures;\n  };\n  /**\n   * Price of the amount. DEPRECATED in the spec; keyed by production hours directly, as in the example (the schema nests a `production_hours` level).\n   */\n  prices_total: {\n    [k: string]: PriceFigures;\n  };\n}',
    uses: [
      'SelectedOption',
      'RequiredUpload',
      'ProductionPrice',
      'ProductionPrice1',
      'PriceFigures',
    ],
  },
  SelectedOption: {
    text: '/**\n * An option of the configuration, as the configure example lists them.\n */\nexport interface SelectedOption {\n  /**\n   * Option type.\n   */\n  type_code: string;\n  /**\n   * Option code.\n   */\n  code: string | null;\n  /**\n   * Name in the answer language.\n   */\n  name: string | null;\n  /**\n   * Description.\n   */\n  description?: string | null;\n  /**\n   * Value of an input, as a string (spec example); null for a choice.\n   */\n  value: string | null;\n  /**\n   * Default value.\n   */\n  default_value?: number | string | null;\n  /**\n   * Smallest value, two decimals as a string ("0.00", spec example).\n   */\n  min_value?: string | null;\n  /**\n   * Largest value, as a string.\n   */\n  max_value?: string | null;\n  /**\n   * Step.\n   */\n  step_size?: number | null;\n  /**\n   * Decimals.\n   */\n  scale?: number | null;\n  /**\n   * Whether width and height may be swapped.\n   */\n  reversible?: boolean | null;\n}',
    uses: [],
  },
  RequiredUpload: {
    text: '/**\n * One upload.\n */\nexport interface RequiredUpload {\n  /**\n   * Width.\n   */\n  width: number;\n  /**\n   * Height.\n   */\n  height: number;\n  /**\n   * Amount.\n   */\n  amount: number;\n  /**\n   * "single".\n   */\n  type: string;\n}',
    uses: [],
  },
  ProductionPrice: {
    text: '/**\n * Prices for a production speed (items_17).\n */\nexport interface ProductionPrice {\n  /**\n   * Production hours.\n   */\n  production_hours: number;\n  prices: PriceFigures;\n}',
    uses: ['PriceFigures'],
  },
  PriceFigures: {
    text: "/**\n * Four prices: purchase and sales, without and with VAT (the four numbers flat, as in the spec's price example; the spec's schema nests them under `prices`, its example does not: the mock follows the example, which is what clients read).\n */\nexport interface PriceFigures {\n  /**\n   * Purchasing price. Price is in the customer's currency.\n   */\n  purchase_price: number;\n  /**\n   * Purchasing price including customer's VAT. Price is in the customer's currency.\n   */\n  purchase_price_incl_vat: number;\n  /**\n   * Customer's sale price based on customer's sales margin. Price is in the customer's currency.\n   */\n  sales_price: number;\n  /**\n   * Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency.\n   */\n  sales_price_incl_vat: number;\n}",
    uses: [],
  },
  ProductionPrice1: {
    text: '/**\n * Prices for a production speed (items_17).\n */\nexport interface ProductionPrice1 {\n  /**\n   * Production hours.\n   */\n  production_hours: number;\n  prices: PriceFigures;\n}',
    uses: ['PriceFigures'],
  },
  ApiProductStoredResponse: {
    text: '/**\n * The answer of `POST /apiproducts/product` (201) and `PUT /apiproducts/product/{customer_code}` (200): Probo\'s usual `status`/`code`/`message` envelope and the stored product as `GET /apiproducts/product/{customer_code}` shows it. Probo publishes no answer for these routes and its configurator only checks that the answer is a 2xx with JSON (invented shape).\n */\nexport interface ApiProductStoredResponse {\n  /**\n   * Always "ok".\n   */\n  status: \'ok\';\n  /**\n   * 201 when stored, 200 when updated.\n   */\n  code: 200 | 201;\n  /**\n   * "API product stored" or "API product updated".\n   */\n  message: string;\n  product: ApiProductResponse;\n}',
    uses: ['ApiProductResponse'],
  },
  ApiProductsResponse: {
    text: '/**\n * The answer of `GET /apiproducts` (type_6): paged composed API products.\n */\nexport interface ApiProductsResponse {\n  /**\n   * Paging.\n   */\n  meta: {\n    /**\n     * Page number.\n     */\n    page: number;\n    /**\n     * Number of pages.\n     */\n    pages: number;\n    /**\n     * Total number of items.\n     */\n    items: number;\n    /**\n     * Maximum number of items per page.\n     */\n    per_page: number;\n  };\n  /**\n   * The API products of this page.\n   */\n  products: ListedApiProduct[];\n}',
    uses: ['ListedApiProduct'],
  },
  ListedApiProduct: {
    text: '/**\n * A composed API product (items_16).\n */\nexport interface ListedApiProduct {\n  /**\n   * Code.\n   */\n  customer_code: string;\n  /**\n   * Unit, e.g. "m2" (the spec; /products uses integers, see ProductsResponse).\n   */\n  unit_code: string;\n  /**\n   * Title.\n   */\n  title: string;\n  /**\n   * Description.\n   */\n  description: string | null;\n  /**\n   * Created.\n   */\n  created_at: string;\n  /**\n   * Changed.\n   */\n  updated_at: string;\n  /**\n   * Deleted (the example).\n   */\n  deleted_at?: string | null;\n}',
    uses: [],
  },
  ConfigureRequest: {
    text: '/**\n * The body of `POST /products/configure` (type_8 of the specification): products by Probo `code` with the options chosen so far. `deliveries` is not declared by the spec but the docs say configure and price need the address; it is accepted and not used.\n */\nexport interface ConfigureRequest {\n  /**\n   * The products to configure.\n   *\n   * @minItems 1\n   * @maxItems 50\n   */\n  products: ConfigureProduct[];\n  /**\n   * Language of the answer texts (ISO 639-1).\n   */\n  language?: string;\n  /**\n   * Uploader applications.\n   */\n  uploader_applications?: string[];\n  /**\n   * Delivery addresses (docs; not used by the mock).\n   */\n  deliveries?: {}[];\n}',
    uses: ['ConfigureProduct'],
  },
  ConfigureProduct: {
    text: "/**\n * A product to configure (Code_18: closed).\n */\nexport interface ConfigureProduct {\n  /**\n   * Code of the Probo product.\n   */\n  code: string;\n  /**\n   * The shop's id of this product in the request.\n   */\n  id?: number;\n  /**\n   * The chosen options.\n   */\n  options?: OrderOption[];\n  /**\n   * Ignored. Probo's configurator (`ProboConnect/product-configurator`) stores a configuration by setting `customer_code` on the product it keeps configuring, so its later configure calls carry it (observed); the product is configured by `code`.\n   */\n  customer_code?: string;\n}",
    uses: ['OrderOption'],
  },
  ConfigureResponse: {
    text: '/**\n * The answer of `POST /products/configure`. Follows the newer docs (configure-examples page): `status`, `code`, `message: "Options calculated"` on top, and `id` and `code` per product (the spec example has no status and names the product `api_code`). `selected_options` with ranges follow the spec example; `calculation_id` is given once every product can be ordered (the spec example has it; null otherwise is invented).\n */\nexport interface ConfigureResponse {\n  /**\n   * Always "ok".\n   */\n  status: \'ok\';\n  /**\n   * Always 200.\n   */\n  code: 200;\n  /**\n   * "Options calculated".\n   */\n  message: string;\n  /**\n   * One per product of the request.\n   */\n  products: ConfiguredProduct[];\n  /**\n   * Id of this calculation, for `POST /products/uploader/create` and the order (null until every product can be ordered; invented).\n   */\n  calculation_id: number | null;\n}',
    uses: ['ConfiguredProduct'],
  },
  ConfiguredProduct: {
    text: '/**\n * A product and how far it is configured.\n */\nexport interface ConfiguredProduct {\n  /**\n   * Product id from the request (assigned when not given).\n   */\n  id: number;\n  /**\n   * Product code.\n   */\n  code: string;\n  /**\n   * Whether the options given are a complete, orderable configuration.\n   */\n  can_order: boolean;\n  /**\n   * Chosen amount (0 when none).\n   */\n  amount: number;\n  /**\n   * Chosen width (0 when none).\n   */\n  width: number;\n  /**\n   * Chosen height (0 when none).\n   */\n  height: number;\n  /**\n   * Chosen length (0 when none).\n   */\n  length: number;\n  /**\n   * Groups still to choose, with their children.\n   */\n  available_options: AvailableOption[];\n  /**\n   * The options chosen so far (and defaults taken).\n   */\n  selected_options: SelectedOption1[];\n}',
    uses: ['AvailableOption', 'SelectedOption1'],
  },
  AvailableOption: {
    text: "/**\n * A group still to choose: the next step of the configuration, with its children (docs configure-examples page: `name`, `label`, `code`, `can_order`, `amount`, `width`, `height`, `length`, `available`, `unit_code`, `price`, `children`). Groups come one step at a time in tree order, each once: the first group after the last one the request named (with the input groups that follow it, so `size` and `amount` come together, as Probo's configurator merges them into one step), and any required group left behind (invented rule; Probo's own configurator `ProboConnect/product-configurator` appends every group it is given as a new step).\n */\nexport interface AvailableOption {\n  /**\n   * Group code.\n   */\n  code: string;\n  /**\n   * Group type (`parent`, `parent_size`, `parent_amount`; the docs example leaves it out, the spec's option tree has it).\n   */\n  type_code: string;\n  /**\n   * Name in the answer language.\n   */\n  name: string | null;\n  /**\n   * A label to show beside the name (docs example: null).\n   */\n  label: string | null;\n  /**\n   * Description (invented on groups; null when the catalog has none).\n   */\n  description: string | null;\n  /**\n   * Null on a group (docs example).\n   */\n  can_order: boolean | null;\n  /**\n   * Null on a group (docs example).\n   */\n  amount: number | null;\n  /**\n   * Null on a group (docs example).\n   */\n  width: number | null;\n  /**\n   * Null on a group (docs example).\n   */\n  height: number | null;\n  /**\n   * Null on a group (docs example).\n   */\n  length: number | null;\n  /**\n   * Whether it can be chosen with the options given (changelog DEV-2292).\n   */\n  available: boolean;\n  /**\n   * Whether it must be chosen to order (invented).\n   */\n  required: boolean;\n  /**\n   * Null on a group (docs example).\n   */\n  unit_code: string | null;\n  /**\n   * Null on a group (docs example).\n   */\n  price: {} | null;\n  /**\n   * The options of the group: inputs (width, height, amount) or choices (radio). Probo's configurator (`ProboConnect/product-configurator`) reads every field of each child.\n   */\n  children: AvailableOptionChild[];\n}",
    uses: ['AvailableOptionChild'],
  },
  AvailableOptionChild: {
    text: '/**\n * An option of a group: an input (width, height, amount…) or a choice. Probo\'s configurator (`ProboConnect/product-configurator`, `mapOptions`) reads, unguarded, `images.length` and `images[0].url`, `price[priceType]`, `unit_code`, `type_code`, `default_value`, `min_value`, `max_value`, `reversible`, `available`, `label`, `name`, `description`.\n */\nexport interface AvailableOptionChild {\n  /**\n   * Option code (docs example).\n   */\n  code: string;\n  /**\n   * Option type: `width`, `height`, `amount`, `number`, `decimal`, `radio`… (docs example; the configurator shows a number field for `number` and `decimal`).\n   */\n  type_code: string;\n  /**\n   * Name in the answer language (docs example).\n   */\n  name: string | null;\n  /**\n   * A short label (e.g. "Bestseller"); the configurator shows it as a red tag (docs example; read by `ProboConnect/product-configurator`).\n   */\n  label: string | null;\n  /**\n   * Description (docs example).\n   */\n  description: string | null;\n  /**\n   * Current value of an input: given, or its default (docs example).\n   */\n  value: number | null;\n  /**\n   * Default value of an input (docs example).\n   */\n  default_value: number | null;\n  /**\n   * Smallest value (docs example).\n   */\n  min_value: number | null;\n  /**\n   * Largest value (docs example).\n   */\n  max_value: number | null;\n  /**\n   * Step of an input (spec option tree).\n   */\n  step_size: number | null;\n  /**\n   * Decimals of an input (spec option tree).\n   */\n  scale: number | null;\n  /**\n   * Whether width and height may be swapped (flat-tree-validation guide; read by `ProboConnect/product-configurator`).\n   */\n  reversible: boolean | null;\n  /**\n   * Unit of an input value: "cm" for width, height and length (the catalog\'s unit; invented value), null otherwise; the configurator shows it, or "pc" (observed: read by `ProboConnect/product-configurator`).\n   */\n  unit_code: string | null;\n  /**\n   * Whether it can be chosen with the options given (changelog DEV-2292).\n   */\n  available: boolean;\n  /**\n   * Pictures of the option: `[]` or `{url}` items from the catalog (observed: `ProboConnect/product-configurator` reads `images.length` on every child, unguarded, and then `images[0].url`).\n   *\n   * Items: One picture.\n   */\n  images: {\n    /**\n     * Picture URL.\n     */\n    url: string;\n  }[];\n  /**\n   * The option\'s surcharge by price type, or null when it adds nothing (observed: `ProboConnect/product-configurator` reads `price[priceType]` when it is set).\n   */\n  price: OptionPriceFigures | null;\n  /**\n   * Always empty: groups below a choice come as their own step once it is chosen (invented).\n   *\n   * @maxItems 0\n   *\n   * Items: None.\n   */\n  children: {}[];\n}',
    uses: ['OptionPriceFigures'],
  },
  OptionPriceFigures: {
    text: "/**\n * The surcharge of this option in every price type Probo's configurator (`ProboConnect/product-configurator`) can be set to: it reads `price[priceType]`, priceType one of purchase_price, sales_price, base_price, each also `_incl_vat` (observed). The figures are the catalog's surcharge for the configuration so far (per m² or meter times the size given, plus per piece; invented); `base_price` equals `purchase_price` (the mock grants no discounts; invented).\n */\nexport interface OptionPriceFigures {\n  /**\n   * purchase price (read by `ProboConnect/product-configurator`).\n   */\n  purchase_price: number;\n  /**\n   * purchase price incl vat (read by `ProboConnect/product-configurator`).\n   */\n  purchase_price_incl_vat: number;\n  /**\n   * sales price (read by `ProboConnect/product-configurator`).\n   */\n  sales_price: number;\n  /**\n   * sales price incl vat (read by `ProboConnect/product-configurator`).\n   */\n  sales_price_incl_vat: number;\n  /**\n   * base price (read by `ProboConnect/product-configurator`).\n   */\n  base_price: number;\n  /**\n   * base price incl vat (read by `ProboConnect/product-configurator`).\n   */\n  base_price_incl_vat: number;\n}",
    uses: [],
  },
  SelectedOption1: {
    text: '/**\n * An option of the configuration, as the configure example lists them.\n */\nexport interface SelectedOption1 {\n  /**\n   * Option type.\n   */\n  type_code: string;\n  /**\n   * Option code.\n   */\n  code: string | null;\n  /**\n   * Name in the answer language.\n   */\n  name: string | null;\n  /**\n   * Description.\n   */\n  description?: string | null;\n  /**\n   * Value of an input, as a string (spec example); null for a choice.\n   */\n  value: string | null;\n  /**\n   * Default value.\n   */\n  default_value?: number | string | null;\n  /**\n   * Smallest value, two decimals as a string ("0.00", spec example).\n   */\n  min_value?: string | null;\n  /**\n   * Largest value, as a string.\n   */\n  max_value?: string | null;\n  /**\n   * Step.\n   */\n  step_size?: number | null;\n  /**\n   * Decimals.\n   */\n  scale?: number | null;\n  /**\n   * Whether width and height may be swapped.\n   */\n  reversible?: boolean | null;\n}',
    uses: [],
  },
  DeliveryPriceFigures: {
    text: "/**\n * The prices of one delivery of a `/price` speed: the shipping method's four prices (spec example), and the purchase figures Probo's configurator (`ProboConnect/product-configurator`) reads from `deliveries[].prices` (observed): it picks the cheapest delivery by `purchase_rush_surcharge` and shows `purchase_shipping_price` and `purchase_packaging_price`.\n */\nexport interface DeliveryPriceFigures {\n  /**\n   * Purchasing price. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).\n   */\n  purchase_price: number;\n  /**\n   * Purchasing price including customer's VAT. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).\n   */\n  purchase_price_incl_vat: number;\n  /**\n   * Customer's sale price based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).\n   */\n  sales_price: number;\n  /**\n   * Customer's sale price including customer's VAT based on customer's sales margin. Price is in the customer's currency. For a delivery: the shipping method's price (spec example).\n   */\n  sales_price_incl_vat: number;\n  /**\n   * What this speed costs above the slowest one, for the products (a number: the configurator compares it with `<`; observed, read by `ProboConnect/product-configurator`). The mock's figure is the catalog's speed surcharge on the products' purchase price (0 for the slowest speed; invented).\n   */\n  purchase_rush_surcharge: number;\n  /**\n   * The purchase price of shipping with this method (observed, read by `ProboConnect/product-configurator`); the mock's figure is the method's price in the catalog (invented).\n   */\n  purchase_shipping_price: number;\n  /**\n   * The purchase price of packaging (observed, read by `ProboConnect/product-configurator`); the mock's figure is 0 for a pickup point and 1.50 a product otherwise (invented).\n   */\n  purchase_packaging_price: number;\n}",
    uses: [],
  },
  ErrorBody: {
    text: '/**\n * Every error answer of the mock (400, 401, 404, 405, 408, 413, 415, 5xx; not the 429, which has its own documented body). Probo\'s shape is `{"status": "error", "message": …}` (documented: the 400 answers of `/order/cancel` and `/order/release`, which also echo `id`); Probo publishes no body for validation errors, 401 or 404, so the mock uses the same shape for them and adds `reason` and the pointer-level `errors` list (invented).\n */\nexport interface ErrorBody {\n  /**\n   * Always "error": a word, not the HTTP status code.\n   */\n  status: \'error\';\n  /**\n   * What went wrong, in words. The texts of `/order/cancel` and `/order/release` are Probo\'s ("Order does not exist", "Could not cancel order, because order status is: production"); the others are the mock\'s.\n   */\n  message: string;\n  /**\n   * `/order/cancel` and `/order/release` only: the order the request named, as Probo echoes it.\n   */\n  id?: string | number;\n  /**\n   * A short machine-readable code of the mock, e.g. "invalid_order", "order_does_not_exist", "unauthorized" (invented: Probo sends none).\n   */\n  reason: string;\n  /**\n   * Every problem of the request body, by JSON pointer (invented; an integration reads `errors` as a list of texts, so clients should not rely on the item shape against Probo).\n   */\n  errors?: ErrorItem[];\n}',
    uses: ['ErrorItem'],
  },
  ErrorItem: {
    text: '/**\n * One problem of the request body.\n */\nexport interface ErrorItem {\n  /**\n   * JSON pointer into the request body, e.g. "/deliveries/0/address/postal_code" ("" is the whole body).\n   */\n  pointer: string;\n  /**\n   * What is wrong there.\n   */\n  message: string;\n}',
    uses: [],
  },
  FaultRule: {
    text: "/**\n * An admin fault rule (`POST /__mock/faults`, invented): the next `times` calls of `route` answer with `answer`, as the `X-Probo-Mock-Answer` header would, for clients that cannot set headers.\n */\nexport interface FaultRule {\n  /**\n   * The path, e.g. \"/price\" (exact, no query).\n   */\n  route: string;\n  /**\n   * Only calls with this method (default any).\n   */\n  method?: 'GET' | 'POST';\n  /**\n   * 500, 503, 429, 429=MS (a 429 whose x-ratelimit-reset is MS), timeout, reset or slow=MS.\n   */\n  answer: string;\n  /**\n   * How many calls (default 1).\n   */\n  times?: number;\n}",
    uses: [],
  },
  Address: {
    text: '/**\n * The recipient of a delivery (closed, as in the specification), or `{"id": N}` for an address of the address book ("not yet supported"). Required fields: the specification requires `company_name`, `first_name`, `street`, `postal_code`, `city` and `country`; the newer delivery docs page requires `first_name`, `last_name`, `street`, `house_number`, `postal_code`, `city` and `country` and makes `company_name` optional. The mock follows the docs (newer).\n */\nexport interface Address {\n  /**\n   * "Id of the address in the addressbook (not yet supported)." Alone: no other field with it.\n   */\n  id?: number;\n  /**\n   * "Company name of the addressee." (the docs example sends "").\n   */\n  company_name?: string;\n  /**\n   * First name of the addressee.\n   */\n  first_name?: string;\n  /**\n   * Last name of the addressee.\n   */\n  last_name?: string;\n  /**\n   * Street name of the delivery address.\n   */\n  street?: string;\n  /**\n   * House number of the delivery address: a string ("17", the specification\'s example) or an integer (17, the docs\' example).\n   */\n  house_number?: string | number;\n  /**\n   * Addition to the house number ("A", "bis", …).\n   */\n  addition?: string;\n  /**\n   * Postal code, e.g. "9101PE".\n   */\n  postal_code?: string;\n  /**\n   * City of delivery.\n   */\n  city?: string;\n  /**\n   * Country of delivery, two characters ("NL"; the specification checks no more).\n   */\n  country?: string;\n  /**\n   * Phone number of the addressee.\n   */\n  phone?: string;\n  /**\n   * E-mail address of the addressee (no format in the specification).\n   */\n  email?: string;\n}',
    uses: [],
  },
  OrderAccepted: {
    text: '/**\n * The HTTP 202 answer to `POST /order`: the same body as the `queued` callback, without `supplier_order_number` (observed). The sources disagree on the status word: the specification\'s example (2020) says `"status": "order_queued"`, the newer Anypoint page ("the response payload on POST /order will be like") and the callbacks guide say `queued`, after the changelog removed the `order_` prefix. The mock follows the newer source: `queued`. An order with `"uploader": true` products also gets `uploaders`, its uploader sessions: the uploader guide says "The URL to the uploader session(s) will be returned in order response" (documented) but shows no example, so the key and item shape (those of `POST /products/uploader/create`) are invented.\n */\nexport interface OrderAccepted {\n  [k: string]: unknown;\n}',
    uses: [],
  },
  OrderCancelAnswer: {
    text: '/**\n * The 200 answer to `POST /order/cancel`: `{"status": "cancelled", "message": "Order cancelled", "id"}` (two l\'s, unlike the `canceled` status of the callback that follows). The refusals are 400s in the error shape with Probo\'s texts: "Could not cancel order, because order status is: production", "Order does not exist".\n */\nexport interface OrderCancelAnswer {\n  /**\n   * Always "cancelled".\n   */\n  status: \'cancelled\';\n  /**\n   * Always "Order cancelled".\n   */\n  message: \'Order cancelled\';\n  /**\n   * The order\'s id (for a cancel by `supplier_order_number`, the shop\'s id of that order: invented, the specification shows no such answer).\n   */\n  id: string | number;\n}',
    uses: [],
  },
  SenderAddress: {
    text: '/**\n * `sender_address` of a delivery: the sending party some carriers print ("a sender object … optional and not required", docs). The specification names it `sender_address` and allows a full address (requiring `company_name`, `first_name`, `street`, `house_number`, `postal_code`, `city`, `country`) or an address-book `{"id", "house_number"}`; both open.\n */\nexport interface SenderAddress {\n  /**\n   * "Id of the address in the addressbook (not yet supported)."\n   */\n  id?: number;\n  /**\n   * Company name of the sender.\n   */\n  company_name?: string;\n  /**\n   * First name of the sender.\n   */\n  first_name?: string;\n  /**\n   * Last name of the sender.\n   */\n  last_name?: string;\n  /**\n   * Street name.\n   */\n  street?: string;\n  /**\n   * House number: a string or an integer.\n   */\n  house_number?: string | number;\n  /**\n   * Addition to the house number.\n   */\n  addition?: string;\n  /**\n   * Postal code.\n   */\n  postal_code?: string;\n  /**\n   * City.\n   */\n  city?: string;\n  /**\n   * Country, two characters.\n   */\n  country?: string;\n  /**\n   * Phone number.\n   */\n  phone?: string;\n  /**\n   * E-mail address.\n   */\n  email?: string;\n}',
    uses: [],
  },
  OrderFile: {
    text: "/**\n * A print file Probo downloads and preflights (closed, as in the specification, which requires no field of it). A `uri` containing \"reject\" makes the mock play `file-rejected` (invented).\n */\nexport interface OrderFile {\n  /**\n   * \"Url to the print file, allowed file formats are .pdf, .jpg and .png.\"\n   */\n  uri?: string;\n  /**\n   * \"Id of the external file selected via a uploader-application\".\n   */\n  id?: number;\n  /**\n   * Default 1: the page of a multipage PDF to print.\n   */\n  page?: number;\n  /**\n   * Default front: the side to print the file on.\n   */\n  side?: 'front' | 'back';\n  /**\n   * Default 1: how many times to print the file (ignored with `pages`).\n   */\n  amount?: number;\n  /**\n   * Default 0: rotation in degrees.\n   */\n  rotation?: 0 | 90 | 180 | 270;\n  /**\n   * Default false: fill the canvas when the image is smaller.\n   */\n  fill?: boolean;\n  /**\n   * Default false: fill proportionally.\n   */\n  fill_even?: boolean;\n  /**\n   * Default none: how to tile.\n   */\n  tiling?: 'none' | 'horizontal' | 'vertical';\n  /**\n   * Default false: mirror the image.\n   */\n  mirror?: boolean;\n  /**\n   * Per page of a multipage file: what to print.\n   */\n  pages?: OrderFilePage[];\n}",
    uses: ['OrderFilePage'],
  },
  OrderFilePage: {
    text: "/**\n * One page of a multipage file.\n */\nexport interface OrderFilePage {\n  /**\n   * The page number to print.\n   */\n  page: number;\n  /**\n   * Default front.\n   */\n  side?: 'front' | 'back';\n  /**\n   * Default 1: how many times to print this page.\n   */\n  amount?: number;\n  /**\n   * Rotation in degrees.\n   */\n  rotation?: 0 | 90 | 180 | 270;\n  /**\n   * Default true (the file-level default is false).\n   */\n  fill?: boolean;\n  /**\n   * How to tile.\n   */\n  tiling?: 'none' | 'horizontal' | 'vertical';\n  /**\n   * Mirror the page.\n   */\n  mirror?: boolean;\n}",
    uses: [],
  },
  OrderPost: {
    text: '/**\n * The body of `POST /order`, as Probo\'s Reseller API specification (`definitions.type`) defines it: required `id`, `reference`, `deliveries` and `products`. The top level is open in the specification, so unknown fields are allowed; the mock warns about near-misses it can name (`callback_url`, singular) in the order\'s admin record.\n */\nexport interface OrderPost {\n  /**\n   * The shop\'s own order id, echoed in every callback as `order.id`. "Must be unique for each order (can be re-used when order is cancelled!). May only contain the following characters: a-zA-Z0-9_-". The mock follows `/order/release` ("release a cancelled order … so they can place the order again with the same order id"): an id is new again once its order is canceled and released; before that a second post is a duplicate.\n   */\n  id: string;\n  /**\n   * "Reseller\'s reference of the order. Does not have to be unique." Echoed in callbacks as `order.reference`.\n   */\n  reference: string;\n  /**\n   * `test` creates an order that Probo cancels on receipt (the sandbox page, newer than the specification, which says a test order "will not be taken into production").\n   */\n  order_type?: \'production\' | \'test\';\n  /**\n   * "Set this boolean to true if this is a project order."\n   */\n  project?: boolean;\n  /**\n   * "Resellers project group what the order relates to."\n   */\n  project_id?: number;\n  /**\n   * "Email of the reseller\'s contact person on behalf the order is placed for." At least 5 characters; the specification gives no e-mail format.\n   */\n  contact_email?: string;\n  /**\n   * ISO 639-1 language of the order ("not yet supported" at Probo).\n   */\n  language?: string;\n  /**\n   * "Array of email addresses which will receive status updates regarding the processing of the order."\n   *\n   * Items: An e-mail address (no format in the specification).\n   */\n  error_email_addresses?: string[];\n  /**\n   * Every status callback is POSTed to each of these URLs. The callbacks guide says "an array with a minimum of one URL"; the specification sets no minimum. An empty list (or a string) is taken, with a warning in the order\'s admin record: no callbacks follow.\n   */\n  callback_urls?: string[] | string;\n  /**\n   * Where the order goes; at least one.\n   *\n   * @minItems 1\n   */\n  deliveries: OrderDelivery[];\n  /**\n   * What is printed; at least one.\n   *\n   * @minItems 1\n   */\n  products: OrderProduct[];\n}',
    uses: ['OrderDelivery', 'OrderProduct'],
  },
  OrderUploader: {
    text: '/**\n * An uploader session whose files a product uses, as `POST /products/uploader/create` answered it (closed, as in the specification).\n */\nexport interface OrderUploader {\n  /**\n   * The uploader session id.\n   */\n  id: number;\n  /**\n   * The session\'s external id (the uploader guide: "You must store the ID and external_id").\n   */\n  external_id: number;\n}',
    uses: [],
  },
  OrderReleaseAnswer: {
    text: '/**\n * The 200 answer to `POST /order/release`: `{"status": "released", "message": "Order released", "id"}`. Only a canceled order can be released ("release a cancelled order … so they can place the order again with the same order id"); after that, a post with its id is a new order, not a duplicate. Refusals are 400s in the error shape: "Could not release order, because order status is: …", "Order does not exist".\n */\nexport interface OrderReleaseAnswer {\n  /**\n   * Always "released".\n   */\n  status: \'released\';\n  /**\n   * Always "Order released".\n   */\n  message: \'Order released\';\n  /**\n   * The order\'s id.\n   */\n  id: string | number;\n}',
    uses: [],
  },
  OrderStatusAnswer: {
    text: '/**\n * The 200 answer to `POST /order/status`, in the shape of the specification\'s example. Unknown orders are left out (observed: none known gives an empty `orders`).\n */\nexport interface OrderStatusAnswer {\n  /**\n   * Always "ok".\n   */\n  status: \'ok\';\n  /**\n   * "Status retrieved".\n   */\n  message: string;\n  /**\n   * The known orders among those asked for, each once, in the order asked.\n   */\n  orders: OrderStatusEntry[];\n}',
    uses: ['OrderStatusEntry'],
  },
  OrderStatusEntry: {
    text: "/**\n * One order and where it is.\n */\nexport interface OrderStatusEntry {\n  /**\n   * The shop's order id.\n   */\n  id: string;\n  /**\n   * The order post's reference.\n   */\n  reference?: string;\n  /**\n   * Probo's order number (an integer in the example). The mock gives it from `accepted` on, as the callbacks do; a `queued` order has none yet (invented).\n   */\n  supplier_order_number?: number;\n  status_code: ProboStatusName;\n  /**\n   * The expected delivery date, without time (\"2020-08-14\"). The post's `delivery_date` when it has one; else a date the mock picks from the seed (invented).\n   */\n  delivery_date?: string;\n  /**\n   * The shipping method: the post's `shipping_method_code`, or for a preset a code the mock picks (invented).\n   */\n  shipping_method_code?: string;\n  /**\n   * Every product of the order with its status.\n   */\n  products: OrderStatusProduct[];\n  /**\n   * Parcels, once shipped: tracking is here, not in `shipped_packages` (the callbacks' name).\n   */\n  packages: OrderStatusPackage[];\n}",
    uses: ['ProboStatusName', 'OrderStatusProduct', 'OrderStatusPackage'],
  },
  OrderStatusProduct: {
    text: "/**\n * One product line.\n */\nexport interface OrderStatusProduct {\n  /**\n   * The product's `id` from the post, else its position from 1 (invented).\n   */\n  id: number | string;\n  status_code: ProboStatusName;\n}",
    uses: ['ProboStatusName'],
  },
  OrderStatusPackage: {
    text: "/**\n * One parcel.\n */\nexport interface OrderStatusPackage {\n  /**\n   * The parcel number (an integer here; the callbacks send it as a string).\n   */\n  id: number;\n  status_code: ProboStatusName;\n  /**\n   * The carrier's track and trace page.\n   */\n  tracking_url?: string;\n}",
    uses: ['ProboStatusName'],
  },
  OrderStatusRequest: {
    text: '/**\n * The body of `POST /order/status`: one to five orders ("Max 5 orders"). The specification\'s top level is open.\n */\nexport interface OrderStatusRequest {\n  /**\n   * The orders to look up (one to five). An order named twice is listed once in the answer.\n   *\n   * @minItems 1\n   * @maxItems 5\n   */\n  orders: OrderSelector[];\n}',
    uses: ['OrderSelector'],
  },
  OrdersResponse: {
    text: "/**\n * The answer of `GET /orders`: this mock's orders, paged (default 10 a page, as in the example) and filtered by the documented query parameters. Field names as in the spec example (`number`, `external_status_code`, `address_…`). Prices come from the catalog where it knows the product (0 otherwise; invented).\n */\nexport interface OrdersResponse {\n  /**\n   * Paging.\n   */\n  meta: {\n    /**\n     * Page number.\n     */\n    page: number;\n    /**\n     * Number of pages.\n     */\n    pages: number;\n    /**\n     * Total number of items.\n     */\n    items: number;\n    /**\n     * Maximum number of items per page.\n     */\n    per_page: number;\n  };\n  /**\n   * The orders of this page.\n   */\n  orders: ListedOrder[];\n}",
    uses: ['ListedOrder'],
  },
  ListedOrder: {
    text: "/**\n * An order.\n */\nexport interface ListedOrder {\n  /**\n   * Probo's order number (supplier_order_number elsewhere).\n   */\n  number: number;\n  /**\n   * The order reference.\n   */\n  customer_reference: string | null;\n  /**\n   * When it was placed.\n   */\n  order_date: string;\n  /**\n   * The reseller's order id (null in the spec example).\n   */\n  customer_order_id: string | null;\n  /**\n   * Total sales price.\n   */\n  total_sales_price: number;\n  /**\n   * VAT of it.\n   */\n  total_vat: number;\n  /**\n   * Preview image.\n   */\n  converted_preview_small_url?: string | null;\n  /**\n   * Delivery date.\n   */\n  delivery_date: string | null;\n  /**\n   * The first delivery's address, fields prefixed `address_`.\n   */\n  delivery_address: {\n    /**\n     * An address field.\n     */\n    [k: string]: string | null;\n  };\n  /**\n   * The order status (\"queued\" before Probo accepts it; invented for the mock's queue).\n   */\n  external_status_code: string;\n}",
    uses: [],
  },
  PriceRequest: {
    text: '/**\n * The body of `POST /price` (type_4 of the specification, closed): products by `code` or `customer_code` with their options, and optional deliveries.\n */\nexport interface PriceRequest {\n  /**\n   * The products to price.\n   *\n   * @minItems 1\n   * @maxItems 50\n   */\n  products: PriceProduct[];\n  /**\n   * Where and when to deliver: shipping methods and dates are priced for them.\n   *\n   * @maxItems 10\n   */\n  deliveries?: PriceDelivery[];\n  /**\n   * Language of the answer texts.\n   */\n  language?: string;\n  /**\n   * Error email addresses.\n   */\n  error_email_addresses?: string[];\n  /**\n   * [NO IMPLEMENTATION YET] in the specification.\n   */\n  callback_urls?: string[];\n}',
    uses: ['PriceProduct', 'PriceDelivery'],
  },
  PriceDelivery: {
    text: '/**\n * A delivery of a price request: the address and optionally a date or preset and a shipping method code or preset (the seven closed variants of the specification, flattened; `carrier_code` only with `shipping_method_preset`).\n */\nexport interface PriceDelivery {\n  /**\n   * The delivery address (Address_21, or {id} from the address book).\n   */\n  address: {};\n  /**\n   * Wanted delivery date.\n   */\n  delivery_date?: string;\n  /**\n   * Delivery date preset (cheapest, fastest).\n   */\n  delivery_date_preset?: string;\n  /**\n   * Shipping method code.\n   */\n  shipping_method_code?: string;\n  /**\n   * Shipping method preset (cheapest, fastest).\n   */\n  shipping_method_preset?: string;\n  /**\n   * Carrier, only with a shipping method preset.\n   */\n  carrier_code?: string;\n}',
    uses: [],
  },
  PriceResponse: {
    text: '/**\n * The answer of `POST /price` (type_5): one entry per delivery option (production hours), with dates, product prices and shipping methods. Prices are invented but deterministic: the same options give the same prices. `calculation_id` follows the docs (changelog DEV-2300 "add calculation_id to price response"; the spec lacks it).\n */\nexport interface PriceResponse {\n  /**\n   * "ok".\n   */\n  status: \'ok\';\n  /**\n   * 200.\n   */\n  code: 200;\n  /**\n   * "Price calculated" (the example; the schema example says "Price Calculated").\n   */\n  message: string;\n  /**\n   * Id of this calculation, for the uploader and the order (docs).\n   */\n  calculation_id: number;\n  /**\n   * One per delivery option.\n   */\n  prices: PriceOption[];\n}',
    uses: ['PriceOption'],
  },
  PriceOption: {
    text: "/**\n * A delivery option: production speed, dates, prices.\n */\nexport interface PriceOption {\n  /**\n   * Shipping date, `YYYY-MM-DDT00:00:00+0000` (weekdays; the calendar is invented).\n   */\n  shipping_date: string;\n  /**\n   * Earliest delivery date with the fastest listed method.\n   */\n  delivery_date: string;\n  /**\n   * Production hours.\n   */\n  production_hours: number;\n  /**\n   * Sum of the products.\n   */\n  products_purchase_price: number;\n  /**\n   * Sum of the products.\n   */\n  products_purchase_price_incl_vat: number;\n  /**\n   * Sum of the products.\n   */\n  products_sales_price: number;\n  /**\n   * Sum of the products.\n   */\n  products_sales_price_incl_vat: number;\n  /**\n   * The products' base price (before any discount) of this speed: Probo's configurator (`ProboConnect/product-configurator`) reads `prices[0].products_<priceType>` for every price type it can be set to, `base_price` among them (observed). The mock grants no discounts, so it equals `products_purchase_price` (invented).\n   */\n  products_base_price: number;\n  /**\n   * The same with VAT (observed, as `products_base_price`).\n   */\n  products_base_price_incl_vat: number;\n  /**\n   * Per product.\n   */\n  products: PricedProduct[];\n  /**\n   * Shipping methods for the delivery.\n   */\n  deliveries: PricedDelivery[];\n}",
    uses: ['PricedProduct', 'PricedDelivery'],
  },
  PricedProduct: {
    text: '/**\n * Prices of one product.\n */\nexport interface PricedProduct {\n  /**\n   * Product id from the request (assigned when not given).\n   */\n  id: number;\n  prices_per_product: PriceFigures;\n  prices_total: PriceFigures;\n}',
    uses: ['PriceFigures'],
  },
  PricedDelivery: {
    text: '/**\n * A shipping method and its price.\n */\nexport interface PricedDelivery {\n  /**\n   * Code of the method.\n   */\n  shipping_method_api_code: string | null;\n  /**\n   * Name.\n   */\n  shipping_method_name: string;\n  /**\n   * Description.\n   */\n  shipping_method_description?: string;\n  /**\n   * Days in transit.\n   */\n  transit_days: number;\n  /**\n   * Delivery date with this method (invented).\n   */\n  delivery_date?: string;\n  prices: DeliveryPriceFigures;\n}',
    uses: ['DeliveryPriceFigures'],
  },
  ProductOptionNode: {
    text: '/**\n * A node of the option tree. Ranges and steps are given for inputs; a group of `radio` children is a choice of one.\n */\nexport interface ProductOptionNode {\n  /**\n   * Option code.\n   */\n  code: string;\n  /**\n   * Option type.\n   */\n  type_code: string;\n  /**\n   * Whether it groups other options.\n   */\n  is_parent: boolean;\n  /**\n   * Texts per language (ISO 639-1 code as key).\n   */\n  translations: {\n    [k: string]: OptionText;\n  };\n  /**\n   * Smallest value of an input.\n   */\n  min_value?: number | null;\n  /**\n   * Largest value of an input.\n   */\n  max_value?: number | null;\n  /**\n   * Step of an input.\n   */\n  step_size?: number | null;\n  /**\n   * Default of an input.\n   */\n  default_value?: number | null;\n  /**\n   * Whether width and height may be swapped (flat-tree-validation guide).\n   */\n  reversible?: boolean | null;\n  /**\n   * Option codes that exclude it (flat-tree-validation guide).\n   */\n  disabled_for_options?: string[];\n  /**\n   * The options below it.\n   */\n  children?: ProductOptionNode[];\n}',
    uses: ['OptionText'],
  },
  OptionText: {
    text: '/**\n * The option texts of one language.\n */\nexport interface OptionText {\n  /**\n   * Option name.\n   */\n  name: string;\n  /**\n   * Option description.\n   */\n  description?: string;\n}',
    uses: [],
  },
  ProductResponse: {
    text: "/**\n * The answer of `GET /products/product/{code}` (type_10, open; the fields beyond `code` follow the spec example and the docs).\n */\nexport interface ProductResponse {\n  /**\n   * API code of the Probo product.\n   */\n  code: string;\n  /**\n   * If not active it cannot be ordered.\n   */\n  active?: boolean;\n  /**\n   * Last day it is active.\n   */\n  active_to?: string | null;\n  /**\n   * The product replacing it.\n   */\n  replaced_by_product?: string | null;\n  /**\n   * Texts per language (ISO 639-1 code as key). Every language the product has (`?language=` keeps one); Probo's configurator reads `translations[language].title` and `.description`, falling back to `translations.nl` (observed), so the seeded products all have `nl`.\n   */\n  translations: {\n    [k: string]: ProductText;\n  };\n  /**\n   * Group name.\n   */\n  article_group_name: string;\n  /**\n   * Unit: 1 m², 2 meter, 3 piece.\n   */\n  unit_code?: number;\n  /**\n   * The option tree.\n   */\n  options: ProductOptionNode[];\n  /**\n   * Pictures of the product, when the catalog has any (absent otherwise: Probo's configurator `ProboConnect/product-configurator` reads `images?.[0].url`, so an empty list would break its modal; observed).\n   *\n   * @minItems 1\n   *\n   * Items: One picture.\n   */\n  images?: {\n    /**\n     * Picture URL.\n     */\n    url: string;\n  }[];\n}",
    uses: ['ProductText', 'ProductOptionNode'],
  },
  ProductText: {
    text: '/**\n * The product texts of one language.\n */\nexport interface ProductText {\n  /**\n   * Product title.\n   */\n  title: string;\n  /**\n   * Product description.\n   */\n  description?: string;\n}',
    uses: [],
  },
  ProductsResponse: {
    text: '/**\n * The answer of `GET /products`. Follows the newer docs (tracking-product-updates guide), not the 2019 spec example: the list is under `data` (the spec example has `products`), `unit_code` is an integer (the spec has "m2"), and each product has `active`, `active_to` and `replaced_by_product`. With `language`, translations hold that language only (invented).\n */\nexport interface ProductsResponse {\n  /**\n   * Paging.\n   */\n  meta: {\n    /**\n     * Page number.\n     */\n    page: number;\n    /**\n     * Number of pages.\n     */\n    pages: number;\n    /**\n     * Total number of items.\n     */\n    items: number;\n    /**\n     * Maximum number of items per page.\n     */\n    per_page: number;\n  };\n  /**\n   * The products of this page.\n   */\n  data: ListedProduct[];\n}',
    uses: ['ListedProduct'],
  },
  ListedProduct: {
    text: '/**\n * A product in the list.\n */\nexport interface ListedProduct {\n  /**\n   * If not active it cannot be ordered (docs).\n   */\n  active?: boolean;\n  /**\n   * Last day it is active (tracking-product-updates guide).\n   */\n  active_to?: string | null;\n  /**\n   * The product replacing it (tracking-product-updates guide).\n   */\n  replaced_by_product?: string | null;\n  /**\n   * API code of the product.\n   */\n  code: string;\n  /**\n   * Group name.\n   */\n  article_group_name: string;\n  /**\n   * Unit: 1 m², 2 meter, 3 piece (docs; the 2019 spec example has "m2").\n   */\n  unit_code: number;\n  /**\n   * Texts per language (ISO 639-1 code as key).\n   */\n  translations: {\n    [k: string]: ProductText1;\n  };\n  /**\n   * Created.\n   */\n  created_at: string;\n  /**\n   * Last changed.\n   */\n  updated_at: string;\n}',
    uses: ['ProductText1'],
  },
  ProductText1: {
    text: '/**\n * The product texts of one language.\n */\nexport interface ProductText1 {\n  /**\n   * Product title.\n   */\n  title: string;\n  /**\n   * Product description.\n   */\n  description?: string;\n}',
    uses: [],
  },
  RateLimitErrorBody: {
    text: '/**\n * The HTTP 429 answer past 300 calls a minute per token.\n */\nexport interface RateLimitErrorBody {\n  /**\n   * Always "Quota has been exceeded".\n   */\n  error: \'Quota has been exceeded\';\n}',
    uses: [],
  },
  ShippingMethod: {
    text: '/**\n * A shipping method.\n */\nexport interface ShippingMethod {\n  /**\n   * Code.\n   */\n  code: string | null;\n  /**\n   * Icon URL.\n   */\n  icon?: string;\n  /**\n   * Needs an email.\n   */\n  requires_email?: boolean;\n  /**\n   * Needs a phone.\n   */\n  requires_phone?: boolean;\n  /**\n   * Carrier.\n   */\n  carrier_code: string;\n  /**\n   * shipment or pickup.\n   */\n  type: string;\n  /**\n   * Texts per language.\n   */\n  translations: {\n    [k: string]: ShippingMethodTexts;\n  };\n}',
    uses: ['ShippingMethodTexts'],
  },
  ShippingMethodTexts: {
    text: '/**\n * Texts of one language.\n */\nexport interface ShippingMethodTexts {\n  /**\n   * Title.\n   */\n  title?: string;\n  /**\n   * Description.\n   */\n  description?: string;\n  /**\n   * Short description.\n   */\n  short_description?: string;\n}',
    uses: [],
  },
  UploaderCallback: {
    text: "/**\n * What an uploader session POSTs to its `callback_url`: `confirmed` when the person confirms the file, then `processed`. The statuses and the start of the body are documented (uploader guide, cut off in the stored copy); the rest, and the timing, are invented.\n */\nexport interface UploaderCallback {\n  /**\n   * confirmed, then processed.\n   */\n  status: 'confirmed' | 'processed';\n  /**\n   * Session id (invented field).\n   */\n  id: number;\n  /**\n   * Session external id (invented field).\n   */\n  external_id: number;\n  /**\n   * The product of the session.\n   */\n  products: UploadedProduct[];\n}",
    uses: ['UploadedProduct'],
  },
  UploadedProduct: {
    text: '/**\n * The uploaded files of one product.\n */\nexport interface UploadedProduct {\n  /**\n   * Product id.\n   */\n  id: number;\n  /**\n   * "none".\n   */\n  tiling_format?: string;\n  /**\n   * Tiles.\n   */\n  tiles_horizontal?: number;\n  /**\n   * Tiles.\n   */\n  tiles_vertical?: number;\n  /**\n   * Tiles.\n   */\n  tiles?: {}[];\n  /**\n   * The front side.\n   */\n  front_side: {\n    /**\n     * The file.\n     */\n    file: {\n      /**\n       * "not_converted" when confirmed, "converted" when processed (the second is invented).\n       */\n      status: string;\n      /**\n       * Preview.\n       */\n      preview_url?: string | null;\n      /**\n       * Preview.\n       */\n      preview_medium_url?: string | null;\n      /**\n       * Original.\n       */\n      original_file_url?: string | null;\n      /**\n       * Production file (when processed).\n       */\n      production_file_url?: string | null;\n      /**\n       * File name.\n       */\n      file_name: string;\n      /**\n       * Hash.\n       */\n      original_file_hash?: string | null;\n      /**\n       * Size.\n       */\n      size_in_bytes?: number;\n      /**\n       * DPI.\n       */\n      dpi?: number;\n      /**\n       * Page.\n       */\n      page?: number;\n      /**\n       * Booklet.\n       */\n      is_booklet?: boolean;\n    };\n    /**\n     * Warnings, e.g. "wrong_size".\n     */\n    warnings: string[];\n  };\n}',
    uses: [],
  },
  UploaderConfirmRequest: {
    text: "/**\n * The body the mock's uploader session page sends to confirm a file (`POST /uploader/{id}/confirm`; the mock's own, invented: Probo's uploader is a web application at print-uploader.com).\n */\nexport interface UploaderConfirmRequest {\n  /**\n   * The token of the session URL.\n   */\n  token: string;\n  /**\n   * Name of the chosen file.\n   */\n  file_name: string;\n  /**\n   * Its size.\n   */\n  size_in_bytes?: number;\n}",
    uses: [],
  },
  UploaderCreateRequest: {
    text: '/**\n * The body of `POST /products/uploader/create` (type_9): a `calculation_id` from `/products/configure` or `/price`, and the URL the uploader sessions report to.\n */\nexport interface UploaderCreateRequest {\n  /**\n   * From a completed configuration or a price request.\n   */\n  calculation_id: number;\n  /**\n   * Gets `confirmed` and `processed` for each session (documented, as a required URL). Probo\'s own configurator (`ProboConnect/product-configurator`, `getUploaderSession`) sends `null` when the shop set no `callbackUrl` (its default), `""` (its web component\'s default) or leaves the field out: each means no callback (observed), and the sessions then report to no one.\n   */\n  callback_url?: string | null;\n  /**\n   * Language of the uploader.\n   */\n  language?: string;\n}',
    uses: [],
  },
  UploaderCreateResponse: {
    text: '/**\n * The answer of `POST /products/uploader/create`: one session per product of the calculation. `external_id` follows the docs (uploader guide), which the spec lacks.\n */\nexport interface UploaderCreateResponse {\n  /**\n   * "ok".\n   */\n  status: \'ok\';\n  /**\n   * "Uploaders created".\n   */\n  message: string;\n  /**\n   * The sessions.\n   */\n  uploaders: UploaderSession[];\n}',
    uses: ['UploaderSession'],
  },
  UploaderSession: {
    text: '/**\n * An uploader session: what `POST /products/uploader/create` answers for each product (and the 202 of an order with `"uploader": true`).\n */\nexport interface UploaderSession {\n  /**\n   * The product it uploads for.\n   */\n  product_id: number;\n  /**\n   * Session id.\n   */\n  id: number;\n  /**\n   * External id, needed with `id` in the order\'s `uploaders` (docs uploader guide; not in the spec answer).\n   */\n  external_id: number;\n  /**\n   * The session page: on the mock itself (`/uploader/{id}?token=…`; invented, Probo\'s is print-uploader.com).\n   */\n  url: string;\n}',
    uses: [],
  },
  AcceptedCallback: {
    text: '/**\n * Callback for `accepted`: order accepted. Shaped exactly as the callbacks guide shows it.\n */\nexport interface AcceptedCallback {\n  /**\n   * Always `accepted`.\n   */\n  status: \'accepted\';\n  /**\n   * Human-readable text; the guide shows "Order accepted".\n   */\n  message: string;\n  order: OrderReference;\n}',
    uses: ['OrderReference'],
  },
  OrderReference: {
    text: '/**\n * The order a callback is about. `id` is the shop\'s own order id ("we always try" to send it, says the guide); `supplier_order_number` is Probo\'s number, present from `accepted` on.\n */\nexport interface OrderReference {\n  /**\n   * The order id the shop sent in its order post.\n   */\n  id: string;\n  /**\n   * The shop\'s free-text reference of the order post.\n   */\n  reference?: string;\n  /**\n   * Probo\'s order number; added to callback data in the changelog, shown from `accepted` on.\n   */\n  supplier_order_number?: number;\n  /**\n   * The public print status page of the order (changelog: "print status page URL").\n   */\n  status_page_url?: string;\n}',
    uses: [],
  },
  QueuedCallback: {
    text: '/**\n * Callback for `queued`: order received and queued, files not yet fetched. Shaped exactly as the callbacks guide shows it.\n */\nexport interface QueuedCallback {\n  /**\n   * Always `queued`.\n   */\n  status: \'queued\';\n  /**\n   * Human-readable text; the guide shows "Order queued".\n   */\n  message: string;\n  order: OrderReference;\n}',
    uses: ['OrderReference'],
  },
  NotAcceptedDuplicateOrderCallback: {
    text: "/**\n * Callback for `not_accepted` because an order with the same id already exists; the reason is in `message`. The order is still queued first. Shaped exactly as the callbacks guide shows it.\n */\nexport interface NotAcceptedDuplicateOrderCallback {\n  /**\n   * Always `not_accepted`.\n   */\n  status: 'not_accepted';\n  /**\n   * The reason, e.g. \"Order not accepted, reason: | Order with customer order id '…' for customer '…' already exist\".\n   */\n  message: string;\n  order: OrderReference;\n}",
    uses: ['OrderReference'],
  },
  NotAcceptedFileRejectedCallback: {
    text: '/**\n * Callback for `not_accepted` because a file failed download or preflight (for example a missing or not-allowed spot colour); sent between `queued` and `accepted`. Shaped exactly as the callbacks guide shows it.\n */\nexport interface NotAcceptedFileRejectedCallback {\n  /**\n   * Always `not_accepted`.\n   */\n  status: \'not_accepted\';\n  /**\n   * The guide shows "File rejected, could not be processed".\n   */\n  message: string;\n  file: FileReference;\n  order: OrderReference;\n}',
    uses: ['FileReference', 'OrderReference'],
  },
  FileReference: {
    text: '/**\n * The file of the order that failed download or preflight.\n */\nexport interface FileReference {\n  /**\n   * The number of the rejected file.\n   */\n  id: number;\n}',
    uses: [],
  },
  InProductionCallback: {
    text: '/**\n * Callback for `in_production`: being produced; can no longer be canceled. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface InProductionCallback {\n  /**\n   * Always `in_production`.\n   */\n  status: \'in_production\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Order in production").\n   */\n  message: string;\n  order: OrderReference;\n}',
    uses: ['OrderReference'],
  },
  LogisticsCallback: {
    text: '/**\n * Callback for `logistics`: being prepared for shipment. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface LogisticsCallback {\n  /**\n   * Always `logistics`.\n   */\n  status: \'logistics\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Order in logistics").\n   */\n  message: string;\n  order: OrderReference;\n}',
    uses: ['OrderReference'],
  },
  ShipmentCreatedCallback: {
    text: '/**\n * Callback for `shipment_created`: announced to the carrier; track and trace often available. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentCreatedCallback {\n  /**\n   * Always `shipment_created`.\n   */\n  status: \'shipment_created\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Created").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShippedPackage: {
    text: '/**\n * One shipped package with its carrier track and trace data ("per the shipped package, a tracking URL and barcode is returned").\n */\nexport interface ShippedPackage {\n  /**\n   * The package number within the order, as a string ("1", "2", …).\n   */\n  id: string;\n  /**\n   * The carrier\'s track and trace page for this package.\n   */\n  tracking_url: string;\n  /**\n   * The carrier barcode of the package.\n   */\n  barcode: string;\n}',
    uses: [],
  },
  ShipmentScannedByCarrierCallback: {
    text: '/**\n * Callback for `shipment_scanned_by_carrier`: scanned at a carrier depot. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentScannedByCarrierCallback {\n  /**\n   * Always `shipment_scanned_by_carrier`.\n   */\n  status: \'shipment_scanned_by_carrier\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Scanned By Carrier").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentInTransitCallback: {
    text: '/**\n * Callback for `shipment_in_transit`: on its way. Shaped exactly as the callbacks guide shows it.\n */\nexport interface ShipmentInTransitCallback {\n  /**\n   * Always `shipment_in_transit`.\n   */\n  status: \'shipment_in_transit\';\n  /**\n   * Human-readable text; the guide shows "Shipment In Transit".\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentDelayedCallback: {
    text: '/**\n * Callback for `shipment_delayed`: on its way, will miss the delivery window. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentDelayedCallback {\n  /**\n   * Always `shipment_delayed`.\n   */\n  status: \'shipment_delayed\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Delayed").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentReturnedCallback: {
    text: '/**\n * Callback for `shipment_returned`: returned to the depot. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentReturnedCallback {\n  /**\n   * Always `shipment_returned`.\n   */\n  status: \'shipment_returned\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Returned").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentExceptionCallback: {
    text: '/**\n * Callback for `shipment_exception`: something went wrong in transport. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentExceptionCallback {\n  /**\n   * Always `shipment_exception`.\n   */\n  status: \'shipment_exception\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Exception").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentNotAtHomeCallback: {
    text: '/**\n * Callback for `shipment_not_at_home`: nobody there to receive it. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentNotAtHomeCallback {\n  /**\n   * Always `shipment_not_at_home`.\n   */\n  status: \'shipment_not_at_home\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Not At Home").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentAvailableAtPickupPointCallback: {
    text: '/**\n * Callback for `shipment_available_at_pickup_point`: waiting at a pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentAvailableAtPickupPointCallback {\n  /**\n   * Always `shipment_available_at_pickup_point`.\n   */\n  status: \'shipment_available_at_pickup_point\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Available At Pickup Point").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentPickedUpCallback: {
    text: '/**\n * Callback for `shipment_picked_up`: collected at the pickup point. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentPickedUpCallback {\n  /**\n   * Always `shipment_picked_up`.\n   */\n  status: \'shipment_picked_up\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Picked Up").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  ShipmentDeliveredCallback: {
    text: '/**\n * Callback for `shipment_delivered`: delivered. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface ShipmentDeliveredCallback {\n  /**\n   * Always `shipment_delivered`.\n   */\n  status: \'shipment_delivered\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Shipment Delivered").\n   */\n  message: string;\n  /**\n   * Track and trace data, one entry per shipped package, when the carrier has it.\n   *\n   * @minItems 1\n   */\n  shipped_packages?: ShippedPackage[];\n  order: OrderReference;\n}',
    uses: ['ShippedPackage', 'OrderReference'],
  },
  CanceledCallback: {
    text: '/**\n * Callback for `canceled`: canceled by the customer or automatically. Probo has not published this body: shaped by analogy with the documented ones (invented).\n */\nexport interface CanceledCallback {\n  /**\n   * Always `canceled`.\n   */\n  status: \'canceled\';\n  /**\n   * Human-readable text; Probo has not published it (ours: "Order canceled").\n   */\n  message: string;\n  order: OrderReference;\n}',
    uses: ['OrderReference'],
  },
  Catalog: {
    text: "/**\n * The mock's product catalog file (`fixtures/catalog/catalog.json`, or your own with `serve --catalog FILE`): Probo-like products with option trees, composed API products and shipping methods. The file format is the mock's own (invented); the fields it holds mirror what Probo's product, configure, price and shipping answers show (documented). Prices are invented: Probo's are per reseller and not public.\n */\nexport interface Catalog {\n  /**\n   * Optional pointer to this schema, for editors.\n   */\n  $schema?: string;\n  /**\n   * VAT rate on purchase and sales prices (default 0.21, the Dutch rate; invented).\n   */\n  vat_rate?: number;\n  /**\n   * The reseller's sales margin on the purchase price (default 0.5; invented).\n   */\n  margin?: number;\n  /**\n   * The Probo products (`GET /products`).\n   *\n   * @minItems 1\n   */\n  products: CatalogProduct[];\n  /**\n   * Composed API products: a product with its options fixed, ordered by `customer_code`.\n   */\n  api_products: CatalogApiProduct[];\n  /**\n   * Shipping methods (`GET /shipping/methods`), carriers and pickup points.\n   *\n   * @minItems 1\n   */\n  shipping_methods: CatalogShippingMethod[];\n  /**\n   * Delivery options of `/price`: production hours and their surcharge.\n   *\n   * @minItems 1\n   */\n  production: CatalogProduction[];\n}",
    uses: ['CatalogProduct', 'CatalogApiProduct', 'CatalogShippingMethod', 'CatalogProduction'],
  },
  CatalogProduct: {
    text: '/**\n * One Probo product and its option tree.\n */\nexport interface CatalogProduct {\n  /**\n   * API code of the Probo product, e.g. "banner-510".\n   */\n  code: string;\n  /**\n   * The group name of the product (e.g. "Doek").\n   */\n  article_group_name: string;\n  /**\n   * Unit of ordering: 1 square meter, 2 length meter, 3 per piece (api-userguide).\n   */\n  unit_code: 1 | 2 | 3;\n  /**\n   * If not active it cannot be ordered (default true).\n   */\n  active?: boolean;\n  /**\n   * Date after which the product is no longer active.\n   */\n  active_to?: string | null;\n  /**\n   * The product that replaces this one.\n   */\n  replaced_by_product?: string | null;\n  /**\n   * Texts per language (ISO 639-1 code as key).\n   */\n  translations: {\n    [k: string]: ProductText2;\n  };\n  /**\n   * Purchase price per unit (per m², per meter or per piece; invented).\n   */\n  base_price: number;\n  /**\n   * Lowest purchase price of one product (invented).\n   */\n  minimum_price?: number;\n  /**\n   * When the product was created, `YYYY-MM-DDTHH:MM:SS+0000`.\n   */\n  created_at?: string;\n  /**\n   * When the product last changed, `YYYY-MM-DDTHH:MM:SS+0000`.\n   */\n  updated_at?: string;\n  /**\n   * The option tree: groups (`is_parent`) whose children are inputs or mutually exclusive choices.\n   *\n   * @minItems 1\n   */\n  options: CatalogOption[];\n  /**\n   * Pictures of the product (product detail answers; invented content).\n   *\n   * @minItems 1\n   *\n   * Items: One picture.\n   */\n  images?: {\n    /**\n     * Picture URL.\n     */\n    url: string;\n  }[];\n}',
    uses: ['ProductText2', 'CatalogOption'],
  },
  ProductText2: {
    text: '/**\n * The product texts of one language.\n */\nexport interface ProductText2 {\n  /**\n   * Product title.\n   */\n  title: string;\n  /**\n   * Product description.\n   */\n  description?: string;\n}',
    uses: [],
  },
  CatalogOption: {
    text: "/**\n * A node of an option tree: a group, an input (width, height, amount…) or a choice (radio).\n */\nexport interface CatalogOption {\n  /**\n   * Option code, unique within the product; a group may share its code with its own input (the `amount` group and its `amount`, as Probo's configurator expects).\n   */\n  code: string;\n  /**\n   * The type of the option (a subset of the documented list).\n   */\n  type_code:\n    | 'parent'\n    | 'parent_size'\n    | 'parent_amount'\n    | 'radio'\n    | 'width'\n    | 'height'\n    | 'length'\n    | 'amount'\n    | 'number'\n    | 'decimal'\n    | 'text';\n  /**\n   * Texts per language (ISO 639-1 code as key).\n   */\n  translations: {\n    [k: string]: OptionText1;\n  };\n  /**\n   * For a group: one of its choices (or its inputs) must be given to order (default true; invented).\n   */\n  required?: boolean;\n  /**\n   * Smallest value of an input.\n   */\n  min_value?: number;\n  /**\n   * Largest value of an input.\n   */\n  max_value?: number;\n  /**\n   * Values of an input are min_value plus a whole number of steps.\n   */\n  step_size?: number;\n  /**\n   * Value of an input when none is given.\n   */\n  default_value?: number;\n  /**\n   * Decimals of an input value.\n   */\n  scale?: number;\n  /**\n   * Surcharge of a choice per unit (per m², meter or piece; invented).\n   */\n  price?: number;\n  /**\n   * Surcharge of a choice per product (invented).\n   */\n  price_per_piece?: number;\n  /**\n   * Whether width and height may be swapped.\n   */\n  reversible?: boolean;\n  /**\n   * Option codes that exclude this one (flat-tree-validation guide).\n   */\n  disabled_for_options?: string[];\n  /**\n   * The options below this one.\n   */\n  children?: CatalogOption[];\n  /**\n   * Pictures of the option (configure answers list them; invented content).\n   *\n   * Items: One picture.\n   */\n  images?: {\n    /**\n     * Picture URL.\n     */\n    url: string;\n  }[];\n  /**\n   * A short label shown beside the option, e.g. \"Bestseller\" (configure answers, docs example).\n   */\n  label?: string;\n}",
    uses: ['OptionText1'],
  },
  OptionText1: {
    text: '/**\n * The option texts of one language.\n */\nexport interface OptionText1 {\n  /**\n   * Option name.\n   */\n  name: string;\n  /**\n   * Option description.\n   */\n  description?: string;\n}',
    uses: [],
  },
  CatalogApiProduct: {
    text: "/**\n * A composed API product: a Probo product with its options chosen, ordered by `customer_code`.\n */\nexport interface CatalogApiProduct {\n  /**\n   * Code of the API product saved in the reseller's account.\n   */\n  customer_code: string;\n  /**\n   * The Probo product it is composed of.\n   */\n  code: string;\n  /**\n   * Title of the API product.\n   */\n  title: string;\n  /**\n   * Description of the API product.\n   */\n  description?: string | null;\n  /**\n   * The chosen options, as in an order.\n   */\n  options: OrderOption[];\n  /**\n   * When it was composed.\n   */\n  created_at?: string;\n  /**\n   * When it last changed.\n   */\n  updated_at?: string;\n}",
    uses: ['OrderOption'],
  },
  CatalogShippingMethod: {
    text: '/**\n * A shipping method: a carrier service or a pickup point.\n */\nexport interface CatalogShippingMethod {\n  /**\n   * Shipping method code, e.g. "dhl-standard" (null in the published pickup example).\n   */\n  code: string | null;\n  /**\n   * The carrier, e.g. "DHL".\n   */\n  carrier_code: string;\n  /**\n   * Kind of method: shipment or pickup.\n   */\n  type: \'shipment\' | \'pickup\';\n  /**\n   * URL of the method icon.\n   */\n  icon?: string;\n  /**\n   * Whether the address needs an email.\n   */\n  requires_email?: boolean;\n  /**\n   * Whether the address needs a phone number.\n   */\n  requires_phone?: boolean;\n  /**\n   * Days between shipping and delivery.\n   */\n  transit_days: number;\n  /**\n   * Purchase price of the shipment (invented).\n   */\n  price: number;\n  /**\n   * Countries it delivers to (invented; absent: all).\n   */\n  countries?: string[];\n  /**\n   * Texts per language.\n   */\n  translations: {\n    [k: string]: ShippingMethodText;\n  };\n}',
    uses: ['ShippingMethodText'],
  },
  ShippingMethodText: {
    text: '/**\n * The texts of one language.\n */\nexport interface ShippingMethodText {\n  /**\n   * Title.\n   */\n  title: string;\n  /**\n   * Description.\n   */\n  description?: string;\n  /**\n   * Short description.\n   */\n  short_description?: string;\n}',
    uses: [],
  },
  CatalogProduction: {
    text: '/**\n * One delivery option of `/price`.\n */\nexport interface CatalogProduction {\n  /**\n   * Hours of production (documented values: 24, 48, …).\n   */\n  production_hours: number;\n  /**\n   * Fraction added to the purchase price for this speed (invented).\n   */\n  surcharge: number;\n}',
    uses: [],
  },
  Scenario: {
    text: "/**\n * A probo-mock scenario: the callback sequence the mock delivers for one order. The format is probo-mock's own; Probo publishes nothing like it.\n */\nexport interface Scenario {\n  /**\n   * Optional pointer to this schema, for editors.\n   */\n  $schema?: string;\n  /**\n   * The scenario's name, as given to `--scenario`, the `X-Probo-Mock-Scenario` header and `trigger`; kebab-case.\n   */\n  name: string;\n  /**\n   * One line saying what the scenario shows.\n   */\n  description: string;\n  /**\n   * Deliver the steps in an order shuffled by the run's seed (never the written order), to test receivers against reordering.\n   */\n  shuffle?: boolean;\n  /**\n   * The callbacks, in delivery order.\n   *\n   * @minItems 1\n   * @maxItems 200\n   */\n  steps: ScenarioStep[];\n}",
    uses: ['ScenarioStep'],
  },
};
