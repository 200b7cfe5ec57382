import type { ServerRoute } from '@hapi/hapi';
import type { DeliveryRequest } from '../../delivery/delivery-request.js';
import type { JournalEntry } from '../../delivery/journal.js';
import type { MockEngine } from '../engine/engine.js';
import { MockDomainError } from '../engine/domain-error.js';
import { noBodyRoute } from './admin-body.js';

/** Headers every delivery gets from the dispatcher itself: not copied into a resend. */
const OWN_HEADERS = new Set(['content-type', 'user-agent']);

/**
 * The resend routes (invented, like the whole admin API), under `/__mock/` and so behind the
 * admin guard as every other admin route:
 *
 * - `POST /__mock/deliveries/{id}/resend`: sends a delivery's body to its URL once more, as the
 *   inspector's Resend button does.
 * - `POST /__mock/orders/{id}/resend-failed`: the same for every delivery of the order whose last
 *   attempt failed (the inspector's "Resend failed deliveries").
 *
 * A resend is journaled under the same delivery id as its next attempt, marked `resend`, with no
 * retries of its own; it waits behind whatever is queued for that order and URL. Headers the
 * journal redacted are not sent again (their values are not kept); `serve --callback-header`
 * ones are, as always. Both answer 202 at once; each attempt's outcome arrives in the journal
 * and the event stream.
 */
export function resendRoutes(engine: MockEngine): ServerRoute[] {
  return [
    {
      method: 'POST',
      path: '/__mock/deliveries/{id}/resend',
      // Nothing to read: a body sent along is read within the limits and dropped, not parsed.
      options: noBodyRoute((request, h) => {
        const id = request.params.id as string;
        const last = engine.journal.query({ deliveryId: id }).at(-1);
        if (!last) {
          throw new MockDomainError(
            'unknown_delivery',
            `No delivery '${id}' in the journal (it may have been reset or dropped as old)`,
          );
        }
        resend(engine, last);
        return h
          .response({
            delivery: id,
            order: last.orderKey,
            url: last.url,
            status: last.status,
            resent: true,
          })
          .code(202);
      }),
    },
    {
      method: 'POST',
      path: '/__mock/orders/{id}/resend-failed',
      // Nothing to read: a body sent along is read within the limits and dropped, not parsed.
      options: noBodyRoute((request, h) => {
        const key = request.params.id as string;
        if (!engine.orders.get(key))
          throw new MockDomainError('unknown_order', `No order '${key}'`);
        // Each delivery's last attempt decides: one that failed, and was not resent since.
        const last = new Map<string, JournalEntry>();
        for (const entry of engine.journal.query({ orderKey: key }))
          last.set(entry.deliveryId, entry);
        const failed = [...last.values()].filter((e) => e.outcome === 'failed');
        for (const entry of failed) resend(engine, entry);
        return h
          .response({
            order: key,
            resent: failed.map((e) => ({ delivery: e.deliveryId, url: e.url, status: e.status })),
          })
          .code(202);
      }),
    },
  ];
}

/** Queues the journaled delivery once more, as its next attempt. */
function resend(engine: MockEngine, last: JournalEntry): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(last.requestHeaders)) {
    if (!OWN_HEADERS.has(name) && value !== '[redacted]') headers[name] = value;
  }
  const request: DeliveryRequest = {
    orderId: last.orderId,
    orderKey: last.orderKey,
    url: last.url,
    status: last.status,
    step: last.step,
    body: last.requestBody,
    resendOf: last.deliveryId,
  };
  if (last.trigger !== undefined) request.trigger = last.trigger;
  if (Object.keys(headers).length > 0) request.headers = headers;
  void engine.dispatcher.enqueue(request);
}
