import { LIFECYCLE_TRANSITIONS, TRANSPORT_BAND } from '../../contract/lifecycle.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from '../../contract/statuses.js';
import { dataTable, html, raw, type SafeHtml } from '../html.js';
import { BAND_ID, drawnTransitions, lifecycleSvg } from '../lifecycle-svg.js';
import type { SchemaEntry } from '../schema-catalog.js';
import { breakable, legend, page, provenanceBadge } from '../site-layout.js';
import { pageFor, scenarioPage, statusOf, unionMembers, type SiteData } from '../site-data.js';
import { prose, sectionName } from './schema-page.js';
import { endpointList, type Endpoint } from './endpoint-page.js';

// Hides rows and cards whose `data-filter` words do not contain every word typed in the box,
// and says so when nothing is left.
const FILTER_SCRIPT = `(function(){
var box=document.getElementById('filter');var count=document.getElementById('filter-count');
var items=[].slice.call(document.querySelectorAll('[data-filter]'));
function run(){var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean);var shown=0;
items.forEach(function(el){var text=el.getAttribute('data-filter').toLowerCase();
var hit=words.every(function(w){return text.indexOf(w)>=0;});el.hidden=!hit;if(hit)shown++;});
document.querySelectorAll('[data-filter-group]').forEach(function(g){g.hidden=!g.querySelector('[data-filter]:not([hidden])');});
count.textContent=words.length?shown+' of '+items.length+' shown':'';
var none=document.getElementById('no-match');none.hidden=!(words.length&&shown===0);
document.getElementById('no-match-words').textContent=box.value.trim();}
box.addEventListener('input',run);run();})();`;

function messagesFor(status: ProboStatus, data: SiteData): SchemaEntry[] {
  return data.schemas.filter(
    (s) => s.group === 'callbacks' && statusOf(s) === status && !unionMembers(s, data).length,
  );
}

function statusTable(data: SiteData): SafeHtml {
  const rows = STATUSES.map((status) => {
    const info = STATUS_CATALOG[status];
    const next = LIFECYCLE_TRANSITIONS.filter((t) => t.from === status && !t.band).map((t) => t.to);
    const band = TRANSPORT_BAND.includes(status);
    const pages = messagesFor(status, data).map(
      (m) => html`<a href="${pageFor(m)}">${breakable(m.title.replace(/Callback$/, ''))}</a>`,
    );
    return html`<tr
      id="status-${status}"
      data-filter="${status} ${info.meaning} ${info.setBy} ${info.message} ${info.bodyProvenance}${info.terminal ? ' terminal' : ''}"
      class="${info.bodyProvenance === 'invented' ? 'is-invented' : ''}"
    >
      <td>
        <code>${status}</code
        >${info.terminal ? html` <span class="terminal-mark">terminal</span>` : ''}
      </td>
      <td>
        ${info.meaning}${
          next.length || band
            ? html`<span class="rules"
                >then:
                ${band ? html`any other status of the transport band${next.length ? ', ' : ''}` : ''}${next.map((n, i) => html`${i ? ', ' : ''}<code>${n}</code>`)}</span
              >`
            : ''
        }
      </td>
      <td>${info.setBy}</td>
      <td>“${info.message}” ${provenanceBadge(info.messageProvenance)}</td>
      <td>${provenanceBadge(info.bodyProvenance)}</td>
      <td>
        ${pages.length ? pages.map((p, i) => html`${i ? ', ' : ''}${p}`) : html`<span class="opt">none</span>`}
      </td>
    </tr>`;
  });
  return dataTable(
    'statuses',
    ['Status', 'Meaning', 'Set by', 'Message text', 'Body', 'Schema page'],
    rows,
  );
}

/**
 * Every arrow of the diagram with where it comes from (its line style, in words): a step every
 * status of the band takes is one row, as it is one arrow, and so are the band's own steps.
 */
function transitionTable(): SafeHtml {
  const band = LIFECYCLE_TRANSITIONS.find((t) => t.band);
  const rows = [...drawnTransitions(), ...(band ? [{ ...band, from: null }] : [])].map(
    (t) =>
      html`<tr>
        <td>
          ${
            t.from === BAND_ID || t.from === null
              ? 'any status of the transport band'
              : html`<code>${t.from}</code>`
          }
        </td>
        <td>${t.from === null ? 'any other one of them' : html`<code>${t.to}</code>`}</td>
        <td>${provenanceBadge(t.provenance)}</td>
        <td>${t.why}</td>
      </tr>`,
  );
  const documented = LIFECYCLE_TRANSITIONS.filter((t) => t.provenance === 'documented').length;
  return html`<details class="transitions">
    <summary>
      Every step and its source (${LIFECYCLE_TRANSITIONS.length} steps, ${documented} documented)
    </summary>
    ${dataTable('transitions', ['From', 'To', 'Source', 'Why'], rows)}
  </details>`;
}

function cards(entries: SchemaEntry[]): SafeHtml {
  return html`<ul class="cards">
    ${entries.map(
      (e) =>
        html`<li data-filter="${e.title} ${e.file} ${e.provenance ?? ''} ${e.description}">
          <a href="${pageFor(e)}">${breakable(e.title)}</a> ${provenanceBadge(e.provenance)}
          <p>${prose(firstSentence(e.description))}</p>
        </li>`,
    )}
  </ul>`;
}

const firstSentence = (text: string): string => {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
};

export function indexPage(data: SiteData, endpoints: Endpoint[] = []): string {
  const groups = [...new Set(data.schemas.map((s) => s.group))].sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  );
  const anchor = (g: string): string => ({ callbacks: 'messages' })[g] ?? g;
  const svg = lifecycleSvg((status) => {
    const first = messagesFor(status, data)[0];
    return first ? pageFor(first) : undefined;
  });
  const sections = groups.map(
    (g) =>
      html`<section id="${anchor(g)}" data-filter-group>
        <h2>${sectionName(g)}</h2>
        ${cards(data.schemas.filter((s) => s.group === g))}
      </section>`,
  );
  const scenarios = html`<section id="scenarios" data-filter-group>
    <h2>Built-in scenarios ${provenanceBadge('invented')}</h2>
    <p>
      The callback sequences the mock delivers. Probo publishes no sequences: these are
      probo-mock's.
    </p>
    <ul class="cards">
      ${data.scenarios.map(
        ({ scenario }) =>
          html`<li
            data-filter="${scenario.name} ${scenario.description} scenario ${scenario.steps.map((s) => ('status' in s ? s.status : 'raw')).join(' ')}"
          >
            <a href="${scenarioPage(scenario.name)}">${scenario.name}</a>
            <span class="opt">${scenario.steps.length} steps</span>
            <p>${prose(scenario.description)}</p>
          </li>`,
      )}
    </ul>
  </section>`;

  const body = html`<div class="sheet">
      <h1>Probo order-status callbacks</h1>
      <p class="lede">
        What Probo's print API pushes to your <code>callback_urls</code>, and in what order: every
        message, every field, with examples, the TypeScript types and the mock's scenarios.
        Generated from probo-mock's JSON Schemas, fixtures and lifecycle data.
      </p>
      <h2>Provenance</h2>
      <p>
        Probo documents only some of this. Every message, field and behaviour carries one of three
        marks:
      </p>
      ${legend()}
    </div>
    <div class="sheet" id="lifecycle">
      <h2>Order lifecycle</h2>
      <p>
        Which status may follow which, from the <code>x-status</code> blocks of the callback
        schemas: the same steps <code>verify --explore</code> walks and counts, the reference
        receiver applies and the checks expect. The thick line is the happy path. The framed
        statuses are the carrier's <strong>transport band</strong>: they follow each other in any
        order, and the latest one is the order's state; an arrow out of the frame's bottom is a step
        each of them may take. Probo may skip callbacks, so a status may also follow any status that
        leads to it. Laid out by dagre when the docs are built; click a status for its message,
        hover a line for its source.
      </p>
      <p class="diagram-key">
        <span><span class="swatch probo"></span>set by Probo</span
        ><span><span class="swatch carrier"></span>set by the carrier</span
        ><span><span class="swatch terminal"></span>terminal: nothing follows</span
        ><span><span class="swatch-line documented"></span>documented: Probo's guides show it</span
        ><span><span class="swatch-line invented"></span>invented: probo-mock's reading</span
        ><span><span class="swatch band"></span>transport band: any order</span>
      </p>
      <div class="diagram scroller">${raw(svg)}</div>
      ${transitionTable()}
    </div>
    <div class="sheet">
      <div class="filter">
        <input
          id="filter"
          type="search"
          placeholder="Filter statuses, messages, scenarios…"
          aria-label="Filter"
          autocomplete="off"
        /><span id="filter-count" class="count" role="status"></span>
      </div>
      <p id="no-match" class="no-match" hidden>
        Nothing matches “<span id="no-match-words"></span>”: no status, message, schema or scenario
        has all of those words. Try fewer or shorter words.
      </p>
      <section id="statuses" data-filter-group>
        <h2>Statuses (${STATUSES.length})</h2>
        ${statusTable(data)}
      </section>
      ${
        endpoints.length
          ? html`<section id="endpoints" data-filter-group>
              <h2>Endpoints (${endpoints.length})</h2>
              <p>
                The HTTP API the mock answers at Probo's paths, read from the
                <a href="openapi.json">OpenAPI document</a>; each has a page with its bodies,
                answers and a <code>curl</code> to try it.
              </p>
              ${endpointList(endpoints)}
            </section>`
          : ''
      }
      ${sections} ${scenarios}
    </div>
    ${usingTheTypes()}`;
  return page({ title: 'Overview', path: 'index.html', body, script: FILTER_SCRIPT });
}

/** How a TypeScript receiver uses the generated types from the package. */
function usingTheTypes(): SafeHtml {
  const example = `import type { ProboCallback, ProboStatusName, OrderPost } from 'probo-mock';
import { validateCallback } from 'probo-mock';

// A callback body is a union: its \`status\` tells TypeScript which message it is.
export function onCallback(body: unknown): ProboStatusName | undefined {
  const result = validateCallback(body); // the same JSON Schemas as the docs and the mock
  if (!result.valid) return undefined; // result.diagnostics names every problem by JSON pointer
  const callback = body as ProboCallback;
  switch (callback.status) {
    case 'shipment_in_transit':
      // narrowed: shipped_packages is there, with each package's tracking_url
      return callback.status;
    default:
      return callback.status;
  }
}

// An order post, checked by the compiler before the mock (or Probo) sees it.
export const order: OrderPost = {
  id: 'my_weborder_1234',
  callback_urls: ['https://shop.example/probo/callback'],
  deliveries: [],
  products: [],
};`;
  return html`<div class="sheet" id="types">
    <h2>Using the types</h2>
    <p>
      Every schema is also a TypeScript type, generated into <code>src/generated/types.ts</code> and
      exported by the package. Import them with <code>import type</code>: nothing is loaded at run
      time, and a callback's <code>status</code> narrows the union to its message. Each message page
      shows its own type under “TypeScript”.
    </p>
    <pre class="scroller"><code>${example}</code></pre>
  </div>`;
}

const order = (group: string): number =>
  ['callbacks', 'api', 'common', 'root'].indexOf(group) + 1 || 99;
