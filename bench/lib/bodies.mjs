// The bodies every benchmark and its baseline send: real fixtures, the same bytes for both.
import { readFileSync } from 'node:fs';

const fixture = (path) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));

/**
 * A valid order post (fixtures/orders/composed.json) whose id is fresh per request
 * (autocannon replaces `[<id>]`), with its callbacks going to `callbackUrl` (none without one).
 */
export function orderBody(callbackUrl) {
  const post = { ...fixture('orders/composed.json'), id: 'bench-[<id>]' };
  // The fixture names a shop's own URL (https://shop.example/…): never sent, nothing leaves
  // this machine.
  if (callbackUrl === undefined) delete post.callback_urls;
  else post.callback_urls = [callbackUrl];
  return JSON.stringify(post);
}

/** A callback body as the mock sends it (fixtures/callbacks/shipment_in_transit.json). */
export function callbackBody() {
  return JSON.stringify(fixture('callbacks/shipment_in_transit.json'));
}

/** Any token is accepted when the mock runs without `--api-key`. */
export const AUTH = { authorization: 'Bearer bench-token' };

/** The statuses of fixtures/scenarios/happy-path.json, in order. */
export const HAPPY_PATH = JSON.parse(
  readFileSync(new URL('../../fixtures/scenarios/happy-path.json', import.meta.url), 'utf8'),
).steps.map((step) => step.status);

/** One callback body per happy-path step (fixtures/callbacks/<status>.json), in order. */
export function happyPathBodies() {
  return HAPPY_PATH.map((status) => JSON.stringify(fixture(`callbacks/${status}.json`)));
}
