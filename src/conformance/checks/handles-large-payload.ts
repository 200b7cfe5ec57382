import { callbackFor } from './story.js';
import type { Check } from '../check.js';

const PACKAGES = 200;

export const handlesLargePayload: Check = {
  id: 'handles-large-payload',
  title: 'Accepts a shipment message with 200 packages',
  sends: `a shipment_in_transit message with ${PACKAGES} shipped packages (tens of KiB)`,
  expects: 'a 2xx answer',
  bug: 'A body parser limit of 16 KiB: a shipment of many packages is refused with 413.',
  hint: 'Allow request bodies of at least 1 MiB on the callback route (e.g. a body parser limit) and do not assume one package.',
  async run(ctx) {
    const order = await ctx.newOrder();
    const body = JSON.stringify(callbackFor(order, 'shipment_in_transit', { packages: PACKAGES }));
    const x = await ctx.deliver(body);
    ctx.expectOk(
      x,
      `shipment_in_transit with ${PACKAGES} packages (${Buffer.byteLength(body)} bytes)`,
    );
    ctx.note = `body of ${Buffer.byteLength(body)} bytes`;
  },
};
