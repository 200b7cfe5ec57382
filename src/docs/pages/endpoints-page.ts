import { schemaId } from '../../contract/schema-ids.js';
import { CATALOG_ENDPOINTS } from '../endpoints.js';
import type { EndpointDoc } from '../endpoints.js';
import { dataTable, html } from '../html.js';
import { breakable, legend, page, provenanceBadge, relativeHref } from '../site-layout.js';
import { pageFor, type SiteData } from '../site-data.js';
import { prose } from './schema-page.js';

export const ENDPOINTS_PAGE = 'endpoints.html';

/** The catalog and uploader endpoints: one section each, with its parameters and schemas. */
export function endpointsPage(data: SiteData): string {
  const href = (to: string): string => relativeHref(ENDPOINTS_PAGE, to);
  const schemaLink = (path: string | undefined) => {
    if (!path) return '—';
    const entry = data.index.entryById(schemaId(path));
    return entry ? html`<a href="${href(pageFor(entry))}">${entry.title}</a>` : path;
  };
  const section = (e: EndpointDoc) =>
    html`<section id="${e.operationId}" class="sheet">
      <h2><code>${e.method} ${breakable(e.path)}</code> ${provenanceBadge(e.provenance)}</h2>
      <p class="lede">${e.summary}. ${prose(e.description)}</p>
      <p class="meta">
        Request: ${schemaLink(e.request)} · Answer: ${schemaLink(e.answer)} ·
        ${e.auth ? 'Authorization: Bearer or Basic, rate limited' : 'no API key (the session token)'}
      </p>
      ${
        e.params && e.params.length > 0
          ? dataTable(
              'fields',
              ['Parameter', 'In', 'Type', 'Meaning'],
              e.params.map(
                (p) =>
                  html`<tr>
                    <td><code>${p.name}</code></td>
                    <td>${p.in}</td>
                    <td>${p.type}</td>
                    <td>${p.description}</td>
                  </tr>`,
              ),
            )
          : ''
      }
    </section>`;
  const body = html`<p class="crumbs">
      <a href="${href('index.html')}">Overview</a> › Catalog endpoints
    </p>
    <div class="sheet">
      <h1>Catalog and uploader endpoints</h1>
      <p class="lede">
        What a shop calls before it orders: products, configure, price, shipping methods, composed
        API products, the order list, and the uploader. Same paths and shapes as Probo's Reseller
        API; the catalog is the mock's own (<code>fixtures/catalog/catalog.json</code>, or
        <code>serve --catalog FILE</code>). Errors answer
        <code>{"status": "error", "message": …}</code> with our <code>reason</code> and
        <code>errors</code> list. Any call answers a fault when it carries
        <code>X-Probo-Mock-Answer: 500|503|429|timeout|reset|slow=MS</code>, or matches a
        <code>POST /__mock/faults</code> rule (invented).
      </p>
      ${legend()}
    </div>
    ${CATALOG_ENDPOINTS.map(section)}`;
  return page({ title: 'Catalog endpoints', path: ENDPOINTS_PAGE, body });
}
