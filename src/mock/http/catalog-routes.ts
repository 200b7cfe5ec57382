import type { Lifecycle, Request, ServerRoute } from '@hapi/hapi';
import { paged, queryError, readDate, readPage } from '../../catalog/index.js';
import { schemaId } from '../../contract/index.js';
import type {
  ApiProductRequest,
  ConfigureRequest,
  ListedOrder,
  OrdersResponse,
  PriceRequest,
} from '../../generated/types.js';
import { visibleTo } from '../store/order-store.js';
import type { OrderRecord } from '../store/order-store.js';
import { apiRouteOptions, tenantOfRequest } from './api-guard.js';
import { validBody } from './valid-body.js';
import { safe } from './probo-error.js';
import { readingJsonBody } from './reading-json.js';
import type { ShopContext } from './shop-context.js';

const CONFIGURE = schemaId('api/configure-request');
const PRICE = schemaId('api/price-request');
const API_PRODUCT = schemaId('api/apiproduct-request');

type Query = Record<string, string | undefined>;
/** The query, one value per parameter: a parameter given twice is refused by name. */
const queryOf = (request: Request): Query => {
  const out: Query = {};
  for (const [k, v] of Object.entries(request.query as Record<string, unknown>)) {
    if (Array.isArray(v))
      throw queryError([{ pointer: `?${k}`, message: `${k} is given more than once` }]);
    out[k] = typeof v === 'string' ? v : undefined;
  }
  return out;
};

/**
 * The catalog endpoints at Probo's paths and in the specification's shapes: products,
 * configure, price, shipping methods, composed API products, and this mock's order list.
 */
export function catalogRoutes(shop: ShopContext): ServerRoute[] {
  // `shop.catalog` is read per call, not here: the seeded catalog loads at its first use.
  const { engine } = shop;
  const guard = apiRouteOptions(shop);
  const maxBodyBytes = engine.options.maxBodyBytes;
  const get = (path: string, handler: Lifecycle.Method): ServerRoute => ({
    method: 'GET',
    path,
    options: { ...guard, handler: safe(handler) },
  });
  const post = (
    path: string,
    handler: Lifecycle.Method,
    method: 'POST' | 'PUT' = 'POST',
  ): ServerRoute => ({
    method,
    path,
    options: {
      ...guard,
      // As the order routes: the body as a stream, read and parsed strictly (json-body.ts).
      payload: {
        parse: false,
        output: 'stream',
        allow: 'application/json',
        maxBytes: maxBodyBytes,
      },
      handler: readingJsonBody(safe(handler), maxBodyBytes),
    },
  });
  return [
    get('/products', (request) => shop.catalog.listProducts(queryOf(request))),
    get('/products/product/{code}', (request) =>
      shop.catalog.product(request.params.code as string, queryOf(request)),
    ),
    post('/products/configure', (request) =>
      shop.catalog.configure(
        validBody<ConfigureRequest>(
          CONFIGURE,
          'The configure request',
          request.payload,
          'invalid_configure_request',
        ),
      ),
    ),
    post('/price', (request) =>
      shop.catalog.price(
        validBody<PriceRequest>(
          PRICE,
          'The price request',
          request.payload,
          'invalid_price_request',
        ),
        tenantOfRequest(request),
      ),
    ),
    get('/shipping/methods', (request) => shop.catalog.shippingMethods(queryOf(request))),
    // API products are the key's account's own, as its orders are.
    get('/apiproducts', (request) =>
      shop.catalog.apiProducts(queryOf(request), tenantOfRequest(request)),
    ),
    get('/apiproducts/product/{customer_code}', (request) =>
      shop.catalog.apiProduct(
        request.params.customer_code as string,
        queryOf(request),
        tenantOfRequest(request),
      ),
    ),
    post('/apiproducts/product', (request, h) =>
      h
        .response(
          shop.catalog.storeApiProduct(
            apiProductBody(request),
            undefined,
            tenantOfRequest(request),
          ),
        )
        .code(201),
    ),
    post(
      '/apiproducts/product/{customer_code}',
      (request) =>
        shop.catalog.storeApiProduct(
          apiProductBody(request),
          request.params.customer_code as string,
          tenantOfRequest(request),
        ),
      'PUT',
    ),
    get('/orders', (request) => listOrders(shop, queryOf(request), tenantOfRequest(request))),
  ];
}

const apiProductBody = (request: Request): ApiProductRequest =>
  validBody<ApiProductRequest>(
    API_PRODUCT,
    'The API product',
    request.payload,
    'invalid_api_product_request',
  );

const SORT_COLUMNS = [
  'number',
  'order_date',
  'customer_order_id',
  'delivery_date',
  'external_status_code',
] as const;
const ADDRESS_FILTERS = [
  'address_company_name',
  'address_first_name',
  'address_last_name',
] as const;

/**
 * `GET /orders`: the key's orders (Probo lists an account's own), newest first unless
 * `sort_column` says otherwise.
 */
function listOrders(shop: ShopContext, query: Query, tenant: string | undefined): OrdersResponse {
  const page = readPage(query, 10);
  const from = readDate(query, 'order_date_from');
  const to = readDate(query, 'order_date_to');
  const sortRaw = query.sort_column;
  const desc = sortRaw?.startsWith('-') === true;
  const sort =
    sortRaw === undefined || sortRaw === '' ? undefined : desc ? sortRaw.slice(1) : sortRaw;
  if (sort !== undefined && !(SORT_COLUMNS as readonly string[]).includes(sort))
    throw queryError([
      {
        pointer: '?sort_column',
        message: `sort_column must be one of ${SORT_COLUMNS.join(', ')} (a leading "-" sorts descending; invented)`,
      },
    ]);
  // Filtered, sorted and paged without prices: only the orders of the page are priced.
  const rows = shop.engine.orders
    .list()
    .map((order) => ({ order, row: listed(order, UNPRICED) }))
    .filter(({ order, row }) => {
      if (!visibleTo(order, tenant)) return false;
      const day = row.order_date.slice(0, 10);
      if (from !== undefined && day < from) return false;
      if (to !== undefined && day > to) return false;
      if (query.status && row.external_status_code !== query.status) return false;
      if (query.customer_order_id && row.customer_order_id !== query.customer_order_id)
        return false;
      for (const name of ADDRESS_FILTERS) {
        const wanted = query[name];
        const have = row.delivery_address[name];
        if (
          wanted &&
          !(typeof have === 'string' && have.toLowerCase().includes(wanted.toLowerCase()))
        )
          return false;
      }
      return true;
    });
  const key = (sort ?? 'order_date') as keyof ListedOrder;
  rows.sort(({ row: a }, { row: b }) => {
    const x = String(a[key] ?? '');
    const y = String(b[key] ?? '');
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort === undefined || desc ? -order : order;
  });
  const { meta, items } = paged(rows, page);
  const priced = items.map(({ order }) =>
    listed(order, shop.catalog.orderTotals(order.post.products ?? [], order.tenant)),
  );
  return { meta, orders: priced };
}

const UNPRICED = { sales: 0, vat: 0 };

/** An order as `GET /orders` lists it, with its totals (no filter or sort reads them). */
function listed(order: OrderRecord, totals: { sales: number; vat: number }): ListedOrder {
  const post = order.post;
  const delivery = (post.deliveries?.[0] ?? {}) as unknown as {
    address?: Record<string, unknown>;
    delivery_date?: string;
  };
  const address = delivery.address ?? {};
  const field = (name: string): string | null => {
    const v = address[name];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
  };
  return {
    number: order.supplierOrderNumber,
    customer_reference: order.reference ?? null,
    order_date: proboStamp(order.createdAt),
    customer_order_id: order.id,
    total_sales_price: totals.sales,
    total_vat: totals.vat,
    converted_preview_small_url: null,
    delivery_date: delivery.delivery_date ? `${delivery.delivery_date}T00:00:00+0000` : null,
    delivery_address: {
      address_company_name: field('company_name'),
      address_first_name: field('first_name'),
      address_last_name: field('last_name'),
      address_street: field('street'),
      address_house_number: field('house_number'),
      address_addition: field('addition'),
      address_postal_code: field('postal_code'),
      address_city: field('city'),
      address_country: field('country'),
      address_telephone_number: field('phone'),
    },
    external_status_code: order.status ?? 'queued',
  };
}

/** `2021-01-15T14:45:59+0000` from an ISO time. */
function proboStamp(iso: string): string {
  return `${iso.slice(0, 19)}+0000`;
}
