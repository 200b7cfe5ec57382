// The bodies every benchmark and its baseline send: real fixtures, the same bytes for both.
import { readFileSync } from 'node:fs';

const fixture = (path) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));

/**
 * A valid order post (fixtures/orders/composed.json) whose id is fresh per request
 * (autocannon replaces `[<id>]`), with its callbacks going to `callbackUrl`.
 */
export function orderBody(callbackUrl) {
  return JSON.stringify({
    ...fixture('orders/composed.json'),
    id: 'bench-[<id>]',
    callback_urls: [callbackUrl],
  });
}

/** A callback body as the mock sends it (fixtures/callbacks/shipment_in_transit.json). */
export function callbackBody() {
  return JSON.stringify(fixture('callbacks/shipment_in_transit.json'));
}

/** Any token is accepted when the mock runs without `--api-key`. */
export const AUTH = { authorization: 'Bearer bench-token' };
