import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/contract/statuses.js';
import { validateWith } from '../../src/contract/index.js';
import { buildSite, writeSite, type Site } from '../../src/docs/index.js';
import { loadSchemas } from '../../src/docs/schema-catalog.js';
import { pageFor } from '../../src/docs/site-data.js';

let site: Site;
beforeAll(async () => {
  site = await buildSite();
});

/** The examples a schema page shows: each one's fixture file and its body as printed. */
function examplesShown(html: string): Array<{ file: string; body: unknown }> {
  const unescape = (text: string): string =>
    text
      .replace(/<wbr \/>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<div class="example">([\s\S]*?)<\/div>/g)].map(([, block]) => {
    const file = /<h3>\s*<code>([\s\S]*?)<\/code/.exec(block!)![1]!;
    const text = /<pre class="scroller"><code>([\s\S]*?)<\/code><\/pre>/.exec(block!)![1]!;
    return { file: unescape(file), body: JSON.parse(unescape(text)) as unknown };
  });
}

const page = (path: string): string => {
  const text = site.get(path);
  if (text === undefined) throw new Error(`no page ${path}`);
  return text;
};

describe('the docs site', () => {
  it('has a page and a raw copy for every schema under schemas/', () => {
    const schemas = loadSchemas();
    expect(schemas.length).toBeGreaterThan(10);
    for (const s of schemas) {
      expect(site.has(pageFor(s)), pageFor(s)).toBe(true);
      expect(JSON.parse(page(`raw/schemas/${s.file}`))).toEqual(s.schema);
    }
  });

  it('lists every status in the index table, each once', () => {
    const index = page('index.html');
    for (const status of STATUSES) {
      expect(index.match(new RegExp(`id="status-${status}"`, 'g')), status).toHaveLength(1);
    }
  });

  it('draws one diagram node per status, with the four terminal statuses marked', () => {
    const svg = page('lifecycle.svg');
    expect(svg.match(/class="node /g)).toHaveLength(STATUSES.length);
    const terminal = [...svg.matchAll(/class="node [^"]*terminal" data-status="(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(terminal.sort()).toEqual(
      [
        'canceled',
        'not_accepted',
        'shipment_delivered',
        'shipment_picked_up',
        'shipment_returned',
      ].sort(),
    );
  });

  it('shows the guide example byte for byte on the in-transit message page', () => {
    const fixture = readFileSync('fixtures/callbacks/documented-shipment-in-transit.json', 'utf8');
    const html = page('messages/shipment-in-transit.html');
    const escaped = fixture
      .trimEnd()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    expect(html).toContain(escaped);
    expect(html).toContain("from Probo's guide");
  });

  it('lists nested fields by path on a message page, with required and provenance', () => {
    const html = page('messages/shipment-in-transit.html');
    expect(html).toContain('<code>shipped_packages[].barcode</code>');
    expect(html).toMatch(/<code>order\.id<\/code>[\s\S]*?<span class="req">required<\/span>/);
    expect(html).toContain('<span class="prov documented"');
  });

  it('marks an invented message as invented, with the warning callout', () => {
    const html = page('messages/shipment-delayed.html');
    // The title may break only between its words.
    expect(html).toContain('<h1>Shipment<wbr />Delayed<wbr />Callback <span class="prov invented"');
    expect(html).toContain('class="callout"');
  });

  it('shows the generated TypeScript type on a message page', () => {
    expect(page('messages/queued.html')).toContain('export interface QueuedCallback');
  });

  it('lists the order bodies the API refuses on the order post page, each with its pointer', () => {
    const html = page('api/order-post.html');
    expect(html).toContain('Bodies it refuses');
    expect(html).toContain('<code>/deliveries/0/address/postal_code</code>');
    expect(html).not.toContain('expected.json');
  });

  it('does not take whole order posts as examples of a part such as the address', () => {
    expect(page('api/order-address.html')).not.toContain('<h2>Example');
    expect(page('api/order-uploader.html')).not.toContain('<h2>Example');
    expect(page('api/order-post.html')).toMatch(
      /<code>orders\/(<wbr \/>)?composed.json<\/code\s*>/,
    );
  });

  it('shows on each schema page only examples of that schema: each validates against it, and no fixture is shown on two pages', () => {
    const shownOn = new Map<string, string[]>();
    for (const s of loadSchemas()) {
      for (const { file, body } of examplesShown(page(pageFor(s)))) {
        expect(validateWith(s.id!, body).diagnostics, `${file} on ${pageFor(s)}`).toEqual([]);
        shownOn.set(file, [...(shownOn.get(file) ?? []), pageFor(s)]);
      }
    }
    expect(shownOn.size).toBeGreaterThan(30);
    for (const [file, pages] of shownOn) expect(pages, file).toHaveLength(1);
    // Probo's small request bodies, not whole order posts or answers that happen to validate.
    for (const path of ['cancel', 'release', 'status']) {
      const shown = examplesShown(page(`api/order-${path}-request.html`));
      expect(shown.length, path).toBeGreaterThan(0);
      for (const { file, body } of shown) {
        expect(file).toMatch(new RegExp(`^orders/probo/(spec|docs)-${path}`));
        expect(body, file).not.toHaveProperty('products');
        expect(body, file).not.toHaveProperty('message');
      }
    }
    expect(page('api/order-cancel-request.html')).toContain("from Probo's specification");
    expect(page('api/order-status-request.html')).toContain("from Probo's docs");
    // The queued callback is the queued message's example, not the order answer's.
    expect(examplesShown(page('messages/queued.html')).map((e) => e.file)).toContain(
      'callbacks/documented-queued.json',
    );
    expect(examplesShown(page('api/order-answer.html')).map((e) => e.file)).toEqual([
      'orders/probo/answers/docs-order-queued.json',
    ]);
  });

  it("shows Probo's own examples on the order API pages, with where they disagree", () => {
    expect(page('api/order-status-answer.html')).toContain('orders/probo/answers/spec-status.json');
    expect(page('api/order-post.html')).toContain('orders/probo/spec-order-minimal.json');
    // The spec's order_queued is not an example of the 202 answer; the description says why.
    const accepted = page('api/order-answer.html');
    expect(accepted).toContain('orders/probo/answers/docs-order-queued.json');
    expect(accepted).not.toContain('orders/probo/answers/spec-order-queued.json');
    expect(accepted).toContain('order_queued');
  });

  it('shows every built-in scenario as a numbered sequence of its steps', () => {
    const html = page('scenarios/happy-path.html');
    const steps = [...html.matchAll(/<span class="step-status">(\w+)<\/span>/g)].map((m) => m[1]);
    expect(steps).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
  });

  it('links only to pages and files that are in the site', () => {
    let checked = 0;
    for (const [path, text] of site) {
      if (!path.endsWith('.html')) continue;
      for (const m of text.matchAll(/(?:href|src)="([^"]+)"/g)) {
        const target = m[1]!.replace(/&amp;/g, '&').split('#')[0]!;
        if (target === '' || /^[a-z]+:/.test(target)) continue;
        const resolved = new URL(target, `file:///site/${path}`).pathname.slice('/site/'.length);
        expect(site.has(resolved), `${path} → ${m[1]}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('loads nothing from another host: no http(s) stylesheet, script or font', () => {
    for (const [path, text] of site) {
      if (!path.endsWith('.html')) continue;
      expect(text, path).not.toMatch(/<(link|script)[^>]+(href|src)="https?:/);
      expect(text, path).not.toMatch(/@import|fonts\.googleapis/);
    }
  });
});

describe('writing the site to disk', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'probo-docs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every page of the site into the folder', async () => {
    const result = await writeSite(dir);
    expect(result.files).toBe(site.size);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(page('index.html'));
    expect(readFileSync(join(dir, 'site.css'), 'utf8')).toContain('--invented');
  });
});
