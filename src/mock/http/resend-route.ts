import type { ServerRoute } from '@hapi/hapi';
import type { DeliveryRequest } from '../../delivery/delivery-request.js';
import type { MockEngine } from '../engine/engine.js';
import { MockDomainError } from '../engine/domain-error.js';
import { safe } from './probo-error.js';

/** Headers every delivery gets from the dispatcher itself: not copied into a resend. */
const OWN_HEADERS = new Set(['content-type', 'user-agent']);

/**
 * `POST /__mock/deliveries/{id}/resend` (invented, like the whole admin API): sends a delivery's
 * body to its URL once more, as the inspector's Resend button does. The attempt is journaled
 * under the same delivery id as its next attempt, marked `resend`, with no retries of its own;
 * it waits behind whatever is queued for that order and URL. Headers the journal redacted are
 * not sent again (their values are not kept); `serve --callback-header` ones are, as always.
 * Answers 202 at once; the attempt's outcome arrives in the journal and the event stream.
 */
export function resendRoute(engine: MockEngine): ServerRoute {
  return {
    method: 'POST',
    path: '/__mock/deliveries/{id}/resend',
    options: {
      // Nothing to read: a body sent along is ignored, not parsed.
      payload: { parse: false, output: 'data', maxBytes: 64 * 1024 },
      handler: safe((request, h) => {
        const id = request.params.id as string;
        const last = engine.journal.query({ deliveryId: id }).at(-1);
        if (!last) {
          throw new MockDomainError(
            'unknown_delivery',
            `No delivery '${id}' in the journal (it may have been reset or dropped as old)`,
          );
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(last.requestHeaders)) {
          if (!OWN_HEADERS.has(name) && value !== '[redacted]') headers[name] = value;
        }
        const resend: DeliveryRequest = {
          orderId: last.orderId,
          orderKey: last.orderKey,
          url: last.url,
          status: last.status,
          step: last.step,
          body: last.requestBody,
          resendOf: id,
        };
        if (last.trigger !== undefined) resend.trigger = last.trigger;
        if (Object.keys(headers).length > 0) resend.headers = headers;
        void engine.dispatcher.enqueue(resend);
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
  };
}
