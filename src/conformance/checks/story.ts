import { buildCallback, type BuildCallbackOptions } from '../../fake/index.js';
import type { ProboCallback } from '../../generated/types.js';
import type { NotAcceptedVariant, ProboStatus } from '../../contract/index.js';
import type { CheckContext, OrderRef } from '../check-context.js';

/** One callback of a story: a status, and for `not_accepted` which kind. */
export interface Step {
  status: ProboStatus;
  variant?: NotAcceptedVariant;
  /** Shipped packages of a shipment status (default 1). */
  packages?: number;
}

export const steps = (...statuses: ProboStatus[]): Step[] => statuses.map((status) => ({ status }));

/** A seeded, schema-valid callback for the order (see OrderRef.seedId for the id swap). */
export function callbackFor(
  order: OrderRef,
  status: ProboStatus,
  options: BuildCallbackOptions = {},
): ProboCallback {
  const text = JSON.stringify(buildCallback(order.fake, status, options));
  return JSON.parse(text.replaceAll(order.seedId, order.id)) as ProboCallback;
}

/** The body of one step for an order. */
export function bodyFor(order: OrderRef, step: Step): ProboCallback {
  return callbackFor(order, step.status, {
    ...(step.variant ? { variant: step.variant } : {}),
    ...(step.packages !== undefined ? { packages: step.packages } : {}),
  });
}

export function stepName(step: Step): string {
  if (step.variant) return `${step.status} (${step.variant})`;
  if (step.packages !== undefined) return `${step.status} (${step.packages} packages)`;
  return step.status;
}

/** `queued → accepted → not_accepted (file-rejected)`, for messages. */
export function storyText(story: readonly Step[]): string {
  return story.map(stepName).join(' → ');
}

/**
 * Delivers the steps in order, each `times` times in a row (same bytes). With `graded`, every answer
 * must be a 2xx; state checks leave answers to the other checks and look at the state only.
 */
export async function deliverStory(
  ctx: CheckContext,
  order: OrderRef,
  story: readonly Step[],
  options: { graded: boolean; times?: number },
): Promise<void> {
  const times = options.times ?? 1;
  for (const step of story) {
    const body = JSON.stringify(bodyFor(order, step));
    for (let i = 0; i < times; i++) {
      const copy = times > 1 ? ` (copy ${i + 1} of ${times})` : '';
      const x = await ctx.deliverTo(order, body, `${stepName(step)}${copy}`);
      if (options.graded) ctx.expectOk(x, `${stepName(step)} for order ${order.id}${copy}`);
    }
  }
}
