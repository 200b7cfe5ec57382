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

/** Headers of an authenticated order post. */
export const AUTH = { authorization: 'Bearer test-key', 'content-type': 'application/json' };

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** POSTs to the mock with real HTTP and reads the answer as JSON (text kept). */
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
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** GETs a JSON document from the mock. */
export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as unknown };
}
