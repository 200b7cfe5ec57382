import type { ValidationResult } from './diagnostics.js';
import { validateCallback, validateOrder } from './validate.js';

export const DOCUMENT_KINDS = ['callback', 'order'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentValidation extends ValidationResult {
  /** What the body was validated as; undefined when it could not be told and none was given. */
  as?: DocumentKind;
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
  if (as === 'callback') return { ...validateCallback(body), as };
  if (as === 'order') return { ...validateOrder(body), as };
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
