import { schemaId, validateWith } from '../../src/contract/index.js';
import type { OrderPost } from '../../src/generated/types.js';

export interface ShopOrderOptions {
  id: string;
  callbackUrls?: string[];
  reference?: string;
  fileUris?: string[];
  orderType?: 'production' | 'test';
}

/** An order as a shop posts it to Probo: documented fields only. */
export function shopOrder(options: ShopOrderOptions): OrderPost {
  const order: OrderPost = {
    id: options.id,
    reference: options.reference ?? `Banner 510 for customer ${options.id}`,
    contact_email: 'orders@shop.example.nl',
    deliveries: [
      {
        address: {
          first_name: 'Anna',
          last_name: 'de Vries',
          street: 'Keizersgracht',
          house_number: '123',
          postal_code: '1015 CJ',
          city: 'Amsterdam',
          country: 'NL',
        },
        shipping_method_preset: 'cheapest',
        delivery_date_preset: 'cheapest',
      },
    ],
    products: [
      {
        code: 'banner-510',
        options: [
          { code: 'width', value: 100 },
          { code: 'height', value: 50 },
        ],
        files: (options.fileUris ?? ['https://files.shop.example/banner.pdf']).map((uri) => ({
          uri,
        })) as [{ uri: string }, ...{ uri: string }[]],
      },
    ],
  };
  if (options.callbackUrls) order.callback_urls = options.callbackUrls as [string, ...string[]];
  if (options.orderType) order.order_type = options.orderType;
  return order;
}

/** A banner as a shop configures and prices it: every required choice made, so it can order. */
export const ORDERABLE_BANNER = {
  code: 'banner-510',
  options: [
    { code: 'width', value: 200 },
    { code: 'height', value: 100 },
    { code: 'amount', value: 2 },
    { code: 'hem-eyelets-50' },
  ],
};

/** Headers of an authenticated order post. */
export const AUTH = { authorization: 'Bearer test-key', 'content-type': 'application/json' };

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** The answer schema of each of Probo's order routes by HTTP status (errors: the error shape). */
const ANSWER_SCHEMAS: Record<string, Record<number, string>> = {
  '/order': { 202: 'api/order-answer' },
  '/order/status': { 200: 'api/order-status-answer' },
  '/order/cancel': { 200: 'api/order-cancel-answer' },
  '/order/release': { 200: 'api/order-release-answer' },
};

/**
 * Throws unless the answer of one of Probo's routes validates against its schema in
 * schemas/api/ (`*-answer`; 429 the rate-limit body; any other error the error shape). Every
 * answer `postJson` reads goes through it, so every test checks the mock's answers.
 */
export function assertAnswerSchema(path: string, status: number, body: unknown): void {
  const route = ANSWER_SCHEMAS[path];
  if (!route) return;
  const schema =
    route[status] ??
    (status === 429 ? 'api/rate-limit-answer' : status >= 400 ? 'api/error-answer' : undefined);
  if (!schema) throw new Error(`POST ${path} answered ${status}, which no answer schema covers`);
  const result = validateWith(schemaId(schema), body);
  if (!result.valid) {
    const problems = result.diagnostics.map((d) => `${d.pointer || '/'} ${d.message}`).join('; ');
    throw new Error(`POST ${path} ${status} answer does not match ${schema}: ${problems}`);
  }
}

/**
 * POSTs to the mock with real HTTP and reads the answer as JSON (text kept). An answer of one of
 * Probo's order routes must match its answer schema.
 */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = AUTH,
): Promise<JsonAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  assertAnswerSchema(new URL(url).pathname, res.status, parsed);
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** GETs a JSON document from the mock. */
export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as unknown };
}
