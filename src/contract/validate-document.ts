import type { ValidationResult } from './diagnostics.js';
import { nearStatus, orderNearMisses, statusNearMiss, type NearMiss } from './near-misses.js';
import { validateCallback, validateOrder } from './validate.js';

export const DOCUMENT_KINDS = ['callback', 'order'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentValidation extends ValidationResult {
  /** What the body was validated as; undefined when it could not be told and none was given. */
  as?: DocumentKind;
  /**
   * Near-misses (the texts `serve` says too): an order with `callback_url` (singular), a string
   * or an empty list of `callback_urls`; a callback whose status is a near-miss of one
   * (`cancelled`), then judged as the status it meant. The body may still be valid.
   */
  warnings?: NearMiss[];
}

/** A body with `status` is a callback; one with `products` or `deliveries` is an order post. */
export function detectKind(body: unknown): DocumentKind | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  if ('status' in body) return 'callback';
  if ('products' in body || 'deliveries' in body) return 'order';
  return undefined;
}

/** Validates a parsed JSON document as the given kind, or as the kind its shape shows. */
export function validateDocument(body: unknown, kind?: DocumentKind): DocumentValidation {
  const as = kind ?? detectKind(body);
  if (as === 'callback') return validateCallbackDocument(body);
  if (as === 'order') return withWarnings({ ...validateOrder(body), as }, orderNearMisses(body));
  return {
    valid: false,
    diagnostics: [
      {
        pointer: '',
        message:
          'neither a callback (no "status") nor an order post (no "products" or "deliveries"); name the kind with --kind',
        keyword: 'kind',
      },
    ],
  };
}

function withWarnings(result: DocumentValidation, warnings: NearMiss[]): DocumentValidation {
  return warnings.length > 0 ? { ...result, warnings } : result;
}

/** A callback, or one whose status is a near-miss of a status: judged as the one it meant. */
function validateCallbackDocument(body: unknown): DocumentValidation {
  const status = (body as { status?: unknown } | null)?.status;
  const miss = statusNearMiss(status);
  if (miss === undefined || typeof status !== 'string')
    return { ...validateCallback(body), as: 'callback' };
  const meant = { ...(body as object), status: nearStatus(status) };
  return withWarnings({ ...validateCallback(meant), as: 'callback' }, [miss]);
}
