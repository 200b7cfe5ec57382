import type { ShippedPackage } from '../../generated/types.js';
import type { Check } from '../check.js';
import type { StateReading } from '../state-probe.js';
import { found, valueAt } from '../state-probe.js';
import { bodyFor, deliverStory, storyText, type Step } from './story.js';

const PACKAGES = 2;
const STORY: Step[] = [
  { status: 'queued' },
  { status: 'accepted' },
  { status: 'in_production' },
  { status: 'logistics' },
  { status: 'shipment_created', packages: PACKAGES },
  { status: 'shipment_in_transit', packages: PACKAGES },
];

/** Every string in a value (a string, an array, objects within): where tracking may be kept. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The packages whose tracking_url or barcode the value does not hold. */
function missing(value: unknown, packages: readonly ShippedPackage[]): ShippedPackage[] {
  if (typeof value !== 'string' && !Array.isArray(value)) return [...packages];
  const texts = strings(value);
  const held = (needle: string | undefined) =>
    needle !== undefined && needle !== '' && texts.some((t) => t.includes(needle));
  return packages.filter((p) => !held(p.tracking_url) && !held(p.barcode));
}

export const stateRecordsTracking: Check = {
  id: 'state-records-tracking',
  title: 'Keeps the track and trace of every package',
  sends: `${storyText(STORY)} for one order, the shipments with ${PACKAGES} packages each, then reads the state hook at --state-tracking-pointer`,
  expects: "the value there (a string or an array) holds each package's tracking_url or barcode",
  hint: 'Read the tracking data from shipped_packages (an array: one entry per package, each with tracking_url and barcode), all of them, not only the first.',
  bug: 'A real shop reads tracking from a field Probo does not send instead of shipped_packages, so customers never get a track and trace link; another keeps only shipped_packages[0].',
  needsState: true,
  skipReason: (o) =>
    o.stateHook?.trackingPointer
      ? undefined
      : 'needs --state-tracking-pointer PTR (where the receiver keeps the tracking data)',
  async run(ctx) {
    const pointer = ctx.env.stateHook!.trackingPointer!;
    const order = await ctx.newOrder();
    await deliverStory(ctx, order, STORY, { graded: false });
    const last = bodyFor(order, STORY.at(-1)!) as { shipped_packages?: ShippedPackage[] };
    const packages = last.shipped_packages ?? [];
    const holds = (r: StateReading) => missing(valueAt(r, pointer), packages).length === 0;
    const reading = await ctx.stateThatFails(order, holds);
    if (!reading) return;
    const value = valueAt(reading, pointer);
    const lacking = missing(value, packages);
    ctx.failState(
      order,
      `after ${storyText(STORY)}, the value at ${pointer.pointer} for order ${order.id} (${found(value)}) lacks the tracking of package${lacking.length > 1 ? 's' : ''} ${lacking.map((p) => `${p.id} (${p.barcode ?? p.tracking_url})`).join(', ')}`,
      reading,
      value === undefined || value === null
        ? `Nothing kept at ${pointer.pointer}: store each shipped_packages[].tracking_url (or barcode) of the shipment callbacks, and check that --state-tracking-pointer points at it.`
        : lacking.length < packages.length
          ? 'Only some packages are kept: a shipment has one shipped_packages entry per parcel; keep them all, not only the first.'
          : undefined,
    );
  },
};
