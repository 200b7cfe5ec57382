/** The catalog and uploader endpoints of the mock, for the OpenAPI document and the docs site. */

export type Provenance = 'documented' | 'observed' | 'invented';

export interface EndpointParam {
  name: string;
  in: 'query' | 'path';
  type: 'string' | 'integer';
  description: string;
  /** A value that works on a fresh `probo-mock serve` (the "Try it" curl uses it). */
  example?: string;
}

export interface EndpointDoc {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  summary: string;
  description: string;
  provenance: Provenance;
  /** Schema of the request body, as `api/<name>` (POST only). */
  request?: string;
  /** Schema of the success answer (none: described in words). */
  answer?: string;
  /** Status of the success answer (default 200). */
  success?: 200 | 201;
  /** Extra error answers besides the shared ones (status → when). */
  refusals?: Record<string, string>;
  params?: EndpointParam[];
  /** Whether it needs the API key (the session page and its confirm do not). */
  auth: boolean;
}

const q = (name: string, type: 'string' | 'integer', description: string): EndpointParam => ({
  name,
  in: 'query',
  type,
  description,
});
const PAGE = [
  q('page', 'integer', 'Page number (default 1, minimum 1).'),
  q(
    'per_page',
    'integer',
    "Items per page (minimum 1, documented; no maximum is published). Probo's own configurator asks for 1,000: the mock serves up to 1,000 a page and a larger value as 1,000, which `meta.per_page` then says (invented cap; never refused).",
  ),
];
const LANGUAGE = q(
  'language',
  'string',
  'Two letters, ISO 639-1: translations in this language only (invented filtering).',
);

export const CATALOG_ENDPOINTS: readonly EndpointDoc[] = [
  {
    operationId: 'getProducts',
    method: 'GET',
    path: '/products',
    summary: 'List products',
    description:
      'The catalog\'s products, paged (20 a page by default). The newer docs\' shape: `data[]` and an integer `unit_code` (the 2019 spec example has `products[]` and "m2").',
    provenance: 'documented',
    answer: 'api/products-response',
    params: [
      ...PAGE,
      LANGUAGE,
      q('updated_at_from', 'string', 'yyyy-mm-dd.'),
      q('updated_at_to', 'string', 'yyyy-mm-dd.'),
    ],
    auth: true,
  },
  {
    operationId: 'getProduct',
    method: 'GET',
    path: '/products/product/{code}',
    summary: 'One product and its option tree',
    description:
      "Groups, inputs with ranges and steps, and choices (`radio`). A code the catalog does not know gets an invented product (deterministic from the code; its texts say so, and `GET /__mock/calls` marks the call `invented`); with `--strict-catalog` it is a 404 in Probo's error shape naming `/code`.",
    provenance: 'documented',
    answer: 'api/product-response',
    params: [
      {
        name: 'code',
        in: 'path',
        type: 'string',
        description: 'Product code.',
        example: 'banner-510',
      },
      LANGUAGE,
    ],
    auth: true,
  },
  {
    operationId: 'postConfigure',
    method: 'POST',
    path: '/products/configure',
    summary: 'Evaluate chosen options',
    description:
      "`can_order`, the next step's groups (`available_options`, one step at a time in tree order, each once: `size` and `amount` together, as Probo's configurator merges them), every child with the fields that configurator reads (`images`, `label`, `unit_code`, `type_code`, ranges, `price` by price type), the `selected_options` with ranges, and a `calculation_id` once every product can be ordered. Unknown option codes, values off range or step and excluded combinations are a 400 naming each by pointer. An unknown product code is invented (refused by pointer with `--strict-catalog`).",
    provenance: 'documented',
    request: 'api/configure-request',
    answer: 'api/configure-response',
    auth: true,
  },
  {
    operationId: 'postPrice',
    method: 'POST',
    path: '/price',
    summary: 'Prices per delivery option',
    description:
      "One entry per production speed: shipping and delivery dates (working days), `products_<type>` for purchase, sales and base prices with and without VAT, per-product and total prices, and the shipping methods of the delivery with transit days and the `purchase_*` figures Probo's configurator reads (`purchase_rush_surcharge`, `purchase_shipping_price`, `purchase_packaging_price`). Prices are invented and deterministic. An unknown product code is invented (refused by pointer with `--strict-catalog`); an unknown `customer_code` is a 400.",
    provenance: 'documented',
    request: 'api/price-request',
    answer: 'api/price-response',
    auth: true,
  },
  {
    operationId: 'getShippingMethods',
    method: 'GET',
    path: '/shipping/methods',
    summary: 'Shipping methods',
    description: 'A bare array: carriers and pickup points.',
    provenance: 'documented',
    answer: 'api/shipping-methods-response',
    params: [LANGUAGE, q('type', 'string', 'shipment or pickup (2 to 25 characters).')],
    auth: true,
  },
  {
    operationId: 'getApiProducts',
    method: 'GET',
    path: '/apiproducts',
    summary: 'Composed API products',
    description:
      'Products with their options fixed, ordered by `customer_code`: the seeded ones and those the same API key stored with `POST /apiproducts/product` (each key is an account: it sees only its own, invented after how Probo keeps orders per account).',
    provenance: 'documented',
    answer: 'api/apiproducts-response',
    params: [...PAGE, LANGUAGE],
    auth: true,
  },
  {
    operationId: 'getApiProduct',
    method: 'GET',
    path: '/apiproducts/product/{customer_code}',
    summary: 'One composed API product',
    description: 'Its options, uploads and prices per production speed.',
    provenance: 'documented',
    answer: 'api/apiproduct-response',
    params: [
      {
        name: 'customer_code',
        in: 'path',
        type: 'string',
        description: 'The composed product.',
        example: 'mybanner_01',
      },
      LANGUAGE,
    ],
    auth: true,
  },
  {
    operationId: 'postApiProduct',
    method: 'POST',
    path: '/apiproducts/product',
    summary: 'Store a composed API product',
    description:
      "Stores a complete configuration (`code`, `options`) under the shop's `customer_code`, as Probo's configurator (`ProboConnect/product-configurator`) calls it; `GET /apiproducts…`, `POST /price` and `POST /order` then take the `customer_code`. 201 with the stored product; 409 when the `customer_code` is already stored (update it with `PUT`); 400 naming every problem by pointer (unknown options, an incomplete configuration, an unknown product code with `--strict-catalog`). Probo publishes neither the route's answer nor its errors: they are invented. Stored products belong to the API key that stored them: another key neither sees, prices nor orders them, and may store the same `customer_code` for itself. Stored products are forgotten by `POST /__mock/reset`.",
    provenance: 'observed',
    request: 'api/apiproduct-request',
    answer: 'api/apiproduct-stored-response',
    success: 201,
    refusals: { '409': 'The `customer_code` is already stored (invented).' },
    auth: true,
  },
  {
    operationId: 'putApiProduct',
    method: 'PUT',
    path: '/apiproducts/product/{customer_code}',
    summary: 'Update a composed API product',
    description:
      "Replaces the configuration stored under `customer_code` (the body's `customer_code` must be the same), as Probo's configurator calls it. 200 with the stored product; updating a seeded product gives this API key its own copy, other keys keep the seeded one; 404 for a code this key never stored; 400 naming every problem by pointer. Answer and errors invented.",
    provenance: 'observed',
    request: 'api/apiproduct-request',
    answer: 'api/apiproduct-stored-response',
    params: [
      {
        name: 'customer_code',
        in: 'path',
        type: 'string',
        description: 'The composed product.',
        example: 'mybanner_01',
      },
    ],
    refusals: { '404': 'No API product stored under this `customer_code` (invented).' },
    auth: true,
  },
  {
    operationId: 'getOrders',
    method: 'GET',
    path: '/orders',
    summary: "This mock's orders",
    description:
      'Paged (10 a page by default) and filtered by the documented parameters; newest first unless `sort_column` says otherwise (a leading "-" sorts descending; invented).',
    provenance: 'documented',
    answer: 'api/orders-response',
    params: [
      ...PAGE,
      q(
        'sort_column',
        'string',
        'number, order_date, customer_order_id, delivery_date or external_status_code.',
      ),
      q('order_date_from', 'string', 'yyyy-mm-dd.'),
      q('order_date_to', 'string', 'yyyy-mm-dd.'),
      q('status', 'string', 'The order status.'),
      q('customer_order_id', 'string', 'Your order id.'),
      q('address_company_name', 'string', 'Part of the company name (case-insensitive).'),
      q('address_first_name', 'string', 'Part of the first name.'),
      q('address_last_name', 'string', 'Part of the last name.'),
    ],
    auth: true,
  },
  {
    operationId: 'postUploaderCreate',
    method: 'POST',
    path: '/products/uploader/create',
    summary: 'Uploader sessions for a calculation',
    description:
      'One session per product of the calculation, with a URL on the mock itself. The session POSTs `confirmed` and `processed` to `callback_url`; `null`, `""` or no `callback_url` (what Probo\'s configurator sends when the shop set none; observed) means no callback. An order naming the session in `uploaders` waits at queued until it is confirmed.',
    provenance: 'documented',
    request: 'api/uploader-create-request',
    answer: 'api/uploader-create-response',
    auth: true,
  },
  {
    operationId: 'getUploaderSession',
    method: 'GET',
    path: '/uploader/{id}',
    summary: "The uploader session page (the mock's own)",
    description:
      'A small page where a person chooses a file and confirms it; JSON with `Accept: application/json`. Needs the `token` of the session URL, not the API key.',
    provenance: 'invented',
    params: [
      { name: 'id', in: 'path', type: 'integer', description: 'Session id.' },
      q('token', 'string', 'The token of the session URL.'),
    ],
    auth: false,
  },
  {
    operationId: 'postUploaderConfirm',
    method: 'POST',
    path: '/uploader/{id}/confirm',
    summary: "Confirm the session's file (the mock's own)",
    description:
      "What the session page sends. Sends `confirmed`, then `processed`, to the session's callback URL, and releases the orders waiting for it.",
    provenance: 'invented',
    request: 'api/uploader-confirm-request',
    params: [{ name: 'id', in: 'path', type: 'integer', description: 'Session id.' }],
    auth: false,
  },
];
