import type { OrderPost } from '../../generated/types.js';

/** The header that picks an order's scenario by name (invented; Probo has no such thing). */
export const SCENARIO_HEADER = 'x-probo-mock-scenario';

export interface ScenarioChoice {
  name: string;
  /** Why this scenario: for the admin API and the inspector. */
  reason: 'header' | 'duplicate-id' | 'rejected-file' | 'test-order' | 'default';
  /** The 1-based `file.id` to reject, counting every file of the order in post order. */
  fileId?: number;
}

/**
 * Which scenario an order gets, in this order: the header; the order itself (an id posted
 * before, a file URI containing "reject", `order_type: test`); the server's default.
 */
export function chooseScenario(
  post: OrderPost,
  header: string | undefined,
  idPostedBefore: boolean,
  fallback: string,
): ScenarioChoice {
  if (header !== undefined && header !== '') return { name: header, reason: 'header' };
  if (idPostedBefore) return { name: 'duplicate-order', reason: 'duplicate-id' };
  const fileId = rejectedFileId(post);
  if (fileId !== undefined) return { name: 'file-rejected', reason: 'rejected-file', fileId };
  if (post.order_type === 'test') return { name: 'test-order', reason: 'test-order' };
  return { name: fallback, reason: 'default' };
}

/** The 1-based position of the first file whose URI contains "reject" (any case). */
export function rejectedFileId(post: OrderPost): number | undefined {
  let n = 0;
  for (const product of post.products ?? []) {
    for (const file of product.files ?? []) {
      n++;
      if (typeof file.uri === 'string' && /reject/i.test(file.uri)) return n;
    }
  }
  return undefined;
}
