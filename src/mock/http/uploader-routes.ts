import type { Request, ServerRoute } from '@hapi/hapi';
import { CatalogError, uploaderCallback } from '../../catalog/index.js';
import { refusal } from '../../catalog/problem.js';
import { callbackHostProblems } from '../engine/callback-hosts.js';
import type { UploaderSessionRecord } from '../../catalog/index.js';
import { schemaId } from '../../contract/index.js';
import type {
  OrderPost,
  UploaderConfirmRequest,
  UploaderCreateRequest,
  UploaderCreateResponse,
  UploaderSession,
} from '../../generated/types.js';
import type { OrderRecord } from '../store/order-store.js';
import { apiRouteOptions, proboErrorsOnly } from './api-guard.js';
import { validBody } from './valid-body.js';
import { safe } from './probo-error.js';
import { readingJsonBody } from './reading-json.js';
import { proboError } from './shop-error.js';
import type { ShopContext } from './shop-context.js';
import { uploaderPage } from './uploader-page.js';

const CREATE = schemaId('api/uploader-create-request');
const CONFIRM = schemaId('api/uploader-confirm-request');

/** The mock's own base URL as the caller reached it (session URLs point back at it). */
export function baseUrlOf(request: Request): string {
  return `${request.server.info.protocol}://${request.info.host}`;
}

export function sessionAnswer(session: UploaderSessionRecord, base: string): UploaderSession {
  return {
    product_id: session.productId,
    id: session.id,
    external_id: session.externalId,
    url: `${base}/uploader/${session.id}?token=${session.token}`,
  };
}

/**
 * `POST /products/uploader/create` (Probo's path and shapes), and the session itself on the mock:
 * `GET /uploader/{id}?token=…` (a small page, or JSON with `Accept: application/json`) and
 * `POST /uploader/{id}/confirm`, which sends `confirmed` and `processed` to the callback URL and
 * releases an order waiting for it (invented: Probo's uploader is print-uploader.com).
 */
export function uploaderRoutes(shop: ShopContext): ServerRoute[] {
  // `shop.catalog` is read per call, not here: the seeded catalog loads at its first use.
  const { sessions, engine } = shop;
  const maxBodyBytes = engine.options.maxBodyBytes;
  const payload = {
    parse: false,
    output: 'stream' as const,
    allow: 'application/json',
    maxBytes: maxBodyBytes,
  };
  const session = (request: Request): UploaderSessionRecord => {
    const raw = request.params.id as string;
    const found = /^\d{1,9}$/.test(raw) ? sessions.get(Number(raw)) : undefined;
    if (!found)
      throw new CatalogError(`No uploader session "${raw}"`, [], 404, 'unknown_uploader_session');
    return found;
  };
  return [
    {
      method: 'POST',
      path: '/products/uploader/create',
      options: {
        ...apiRouteOptions(shop),
        payload,
        handler: readingJsonBody(
          safe((request) => {
            const body = validBody<UploaderCreateRequest>(
              CREATE,
              'The uploader request',
              request.payload,
              'invalid_uploader_request',
            );
            // null, "" or no field: no callback, as Probo's configurator sends when it has none.
            const callbackUrl = body.callback_url || undefined;
            // The same callback-host rules as an order's callback_urls (--allow-callback-host).
            const hosts = callbackHostProblems(
              callbackUrl === undefined ? undefined : [callbackUrl],
              engine.options.allowCallbackHosts,
              () => '/callback_url',
            );
            if (hosts.length > 0)
              throw refusal('The uploader request', hosts, 'callback_host_not_allowed');
            const calculation = shop.catalog.calculation(body.calculation_id);
            if (!calculation)
              throw new CatalogError('Unknown calculation_id', [
                {
                  pointer: '/calculation_id',
                  message: `no calculation ${body.calculation_id}: get one from POST /products/configure (every product orderable) or POST /price`,
                },
              ]);
            const base = baseUrlOf(request);
            const answer: UploaderCreateResponse = {
              status: 'ok',
              message: 'Uploaders created',
              uploaders: calculation.products.map((p) =>
                sessionAnswer(
                  sessions.create({
                    productId: p.id,
                    ...(callbackUrl === undefined ? {} : { callbackUrl }),
                    calculationId: calculation.id,
                    ...(body.language ? { language: body.language } : {}),
                  }),
                  base,
                ),
              ),
            };
            return answer;
          }),
          maxBodyBytes,
        ),
      },
    },
    {
      method: 'GET',
      path: '/uploader/{id}',
      options: proboErrorsOnly(maxBodyBytes),
      handler: safe((request, h) => {
        const found = session(request);
        if (request.query.token !== found.token)
          return proboError(
            h,
            403,
            'wrong_token',
            'Wrong or missing token for this uploader session',
          );
        const view = sessionView(found);
        if (/application\/json/.test(String(request.headers.accept ?? ''))) return view;
        return h.response(uploaderPage(view, found.token)).type('text/html; charset=utf-8');
      }),
    },
    {
      method: 'POST',
      path: '/uploader/{id}/confirm',
      options: {
        ...proboErrorsOnly(maxBodyBytes),
        payload,
        handler: readingJsonBody(
          safe((request, h) => {
            const found = session(request);
            const body = validBody<UploaderConfirmRequest>(
              CONFIRM,
              'The confirmation',
              request.payload,
              'invalid_confirmation',
            );
            const wasOpen = found.status === 'open';
            const confirmed = sessions.confirm(found.id, body.token, {
              name: body.file_name,
              sizeInBytes: body.size_in_bytes ?? 0,
            });
            if (!confirmed)
              return proboError(h, 403, 'wrong_token', 'Wrong token for this uploader session');
            if (wasOpen && confirmed.callbackUrl)
              sendCallbacks(shop, confirmed, baseUrlOf(request));
            return {
              status: 'ok',
              message: wasOpen ? 'Upload confirmed' : 'Upload was already confirmed',
              session: sessionView(confirmed),
            };
          }),
          maxBodyBytes,
        ),
      },
    },
  ];
}

function sessionView(s: UploaderSessionRecord) {
  return {
    id: s.id,
    external_id: s.externalId,
    product_id: s.productId,
    status: s.status,
    order: s.orderKey ?? null,
    calculation_id: s.calculationId ?? null,
    file: s.file ? { name: s.file.name, size_in_bytes: s.file.sizeInBytes } : null,
  };
}

/** `confirmed`, then `processed`, to the session's callback URL, in order (one lane), journaled. */
function sendCallbacks(shop: ShopContext, session: UploaderSessionRecord, base: string): void {
  const url = session.callbackUrl!;
  const lane = `uploader-${session.id}\u0000${url}`;
  (['confirmed', 'processed'] as const).forEach((status, step) => {
    void shop.engine.dispatcher.enqueue({
      orderId: `uploader-${session.id}`,
      url,
      status: `uploader ${status}`,
      step,
      lane,
      body: JSON.stringify(uploaderCallback(session, status, base)),
    });
  });
}

/**
 * The uploader part of `POST /order`: a product with `"uploader": true` and no files gets a
 * session (documented: "only created when no files are submitted"); the order waits for it, and
 * for sessions named in `uploaders` that are still open.
 */
export function holdForUploads(
  shop: ShopContext,
  order: OrderRecord,
  post: OrderPost,
): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  post.products.forEach((product, i) => {
    if (product.uploader === true && !(product.files && product.files.length > 0)) {
      const calculation = shop.catalog.calculationOf([product], order.tenant);
      const created = shop.sessions.create({
        productId:
          typeof (product as { id?: unknown }).id === 'number'
            ? (product as { id: number }).id
            : i + 1,
        orderKey: order.key,
        ...(calculation ? { calculationId: calculation.id } : {}),
        ...languageOf(post),
      });
      waits.push(shop.sessions.whenConfirmed(created.id));
    }
    for (const named of product.uploaders ?? []) {
      const found = shop.sessions.get(Number(named.id));
      if (!found || found.status !== 'open') continue;
      shop.sessions.attach(found.id, order.key);
      waits.push(shop.sessions.whenConfirmed(found.id));
    }
  });
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
}

function languageOf(post: OrderPost): { language?: string } {
  const language = (post as { language?: unknown }).language;
  return typeof language === 'string' ? { language } : {};
}
