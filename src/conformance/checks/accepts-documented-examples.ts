import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixturesDir } from '../../shared/paths.js';
import type { Check } from '../check.js';

/** The order id in every example of the guide. */
const GUIDE_ORDER_ID = 'my_weborder_1234';
// The guide's order of examples: queued, accepted, the two not_accepted, the shipment.
const GUIDE_ORDER = ['queued', 'accepted', 'not-accepted', 'shipment'];

async function documentedExamples(): Promise<{ name: string; text: string }[]> {
  const dir = join(fixturesDir, 'callbacks');
  const names = (await readdir(dir)).filter((n) => /^documented-.*\.json$/.test(n));
  const rank = (n: string): number => {
    const i = GUIDE_ORDER.findIndex((word) => n.startsWith(`documented-${word}`));
    return i === -1 ? GUIDE_ORDER.length : i;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
}

export const acceptsDocumentedExamples: Check = {
  id: 'accepts-documented-examples',
  title: "Accepts the guide's five example bodies",
  sends:
    "the five example bodies of Probo's callbacks guide, byte for byte, except that the guide's order id my_weborder_1234 becomes a fresh id",
  expects: 'a 2xx answer to each',
  bug: 'A receiver that greps "status":"…" out of compact JSON, or types shipped_packages ids as numbers: the guide\'s own bodies, with a space after the colon, are refused.',
  hint: 'Parse the bodies exactly as the guide shows them: shipped_packages ids are strings, supplier_order_number is a number, file and status_page_url may appear.',
  async run(ctx) {
    const examples = await documentedExamples();
    if (examples.length === 0) {
      ctx.fail(`no documented-*.json examples found in ${join(fixturesDir, 'callbacks')}`);
      return;
    }
    // One order for all five, as in the guide; only the id changes, so reruns do not collide.
    const order = await ctx.newOrder('Banner 510 for customer X');
    for (const example of examples) {
      const body = example.text.replaceAll(GUIDE_ORDER_ID, order.id);
      ctx.expectOk(await ctx.deliver(body), `the guide's example ${example.name}`);
    }
  },
};
