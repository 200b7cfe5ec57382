import type { Check } from '../check.js';
import type { StateReading } from '../state-probe.js';
import { found, valueAt } from '../state-probe.js';
import { bodyFor, deliverStory, steps, storyText } from './story.js';

const STORY = steps('queued', 'accepted');

/** The number as the receiver kept it: the same number, or a string of the same digits. */
function sameNumber(value: unknown, expected: number): boolean {
  if (typeof value === 'number') return value === expected;
  return typeof value === 'string' && value.trim() === String(expected);
}

export const stateRecordsSupplierOrderNumber: Check = {
  id: 'state-records-supplier-order-number',
  title: "Keeps Probo's order number (supplier_order_number)",
  sends: `${storyText(STORY)} for one order (accepted carries order.supplier_order_number, a number), then reads the state hook at --state-supplier-pointer`,
  expects: "the value there equals the callback's number (a string of the same digits passes)",
  hint: 'Read order.supplier_order_number as the number the guide shows (9–10 digits, a JSON number), not only as a string; it is what Probo support asks for.',
  bug: 'A real shop keeps supplier_order_number only when it is a string (`typeof x === "string"`), and Probo sends a number: it is never stored.',
  needsState: true,
  skipReason: (o) =>
    o.stateHook?.supplierPointer
      ? undefined
      : "needs --state-supplier-pointer PTR (where the receiver keeps Probo's order number)",
  async run(ctx) {
    const pointer = ctx.env.stateHook!.supplierPointer!;
    const order = await ctx.newOrder();
    await deliverStory(ctx, order, STORY, { graded: false });
    const expected = (
      bodyFor(order, { status: 'accepted' }).order as { supplier_order_number: number }
    ).supplier_order_number;
    const holds = (r: StateReading) => sameNumber(valueAt(r, pointer), expected);
    const reading = await ctx.stateThatFails(order, holds);
    if (!reading) return;
    const value = valueAt(reading, pointer);
    ctx.failState(
      order,
      `after ${storyText(STORY)}, expected ${expected} at ${pointer.pointer} for order ${order.id}, found ${found(value)}`,
      reading,
      value === undefined || value === null
        ? `Nothing kept at ${pointer.pointer}: store order.supplier_order_number from the accepted callback (a JSON number, ${expected}), and check that --state-supplier-pointer points at it.`
        : undefined,
    );
  },
};
