import type { Check } from '../check.js';
import { bodyFor } from './story.js';

/** A callback as plain JSON data, to add properties the schema does not have. */
type Loose = Record<string, unknown> & {
  order: Record<string, unknown>;
  shipped_packages?: Record<string, unknown>[];
};
const loose = (body: unknown): Loose => body as Loose;

export const toleratesExtraFields: Check = {
  id: 'tolerates-extra-fields',
  title: 'Acknowledges messages with properties it does not know',
  sends: 'valid messages with extra properties at the top, in order, and in each shipped package',
  expects: 'a 2xx answer to each',
  bug: 'Validating callbacks against a closed schema of its own: a new property from Probo breaks the receiver.',
  hint: 'Read the properties you need and ignore the rest; do not validate callbacks against a closed schema.',
  async run(ctx) {
    const order = await ctx.newOrder();
    const top = loose(bodyFor(order, { status: 'accepted' }));
    top.event_id = `evt_${ctx.seed}`;
    top.sent_at = '2026-01-15T10:30:00Z';
    top.meta = { attempt: 1, tags: ['extra'] };
    ctx.expectOk(await ctx.deliver(top), 'accepted with extra top-level properties');

    const inOrder = loose(bodyFor(order, { status: 'in_production' }));
    inOrder.order = { ...inOrder.order, customer_id: 9999, channel: { name: 'webshop' } };
    ctx.expectOk(await ctx.deliver(inOrder), 'in_production with extra properties in order');

    const shipped = loose(bodyFor(order, { status: 'shipment_in_transit' }));
    shipped.shipped_packages = (shipped.shipped_packages ?? []).map((p) => ({
      ...p,
      carrier: 'DHL',
      weight_grams: 1250,
    }));
    ctx.expectOk(
      await ctx.deliver(shipped),
      'shipment_in_transit with extra properties in each shipped package',
    );
  },
};
