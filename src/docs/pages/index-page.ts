import { LIFECYCLE_EDGES } from '../../contract/lifecycle.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from '../../contract/statuses.js';
import { dataTable, html, raw, type SafeHtml } from '../html.js';
import { lifecycleSvg } from '../lifecycle-svg.js';
import type { SchemaEntry } from '../schema-catalog.js';
import { legend, page, provenanceBadge } from '../site-layout.js';
import { pageFor, scenarioPage, statusOf, unionMembers, type SiteData } from '../site-data.js';
import { prose, sectionName } from './schema-page.js';

// Hides rows and cards whose `data-filter` words do not contain every word typed in the box;
// on a narrow screen, scrolls the diagram so that its main line is in view.
const FILTER_SCRIPT = `(function(){
var box=document.getElementById('filter');var count=document.getElementById('filter-count');
var items=[].slice.call(document.querySelectorAll('[data-filter]'));
function run(){var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean);var shown=0;
items.forEach(function(el){var text=el.getAttribute('data-filter').toLowerCase();
var hit=words.every(function(w){return text.indexOf(w)>=0;});el.hidden=!hit;if(hit)shown++;});
document.querySelectorAll('[data-filter-group]').forEach(function(g){g.hidden=!g.querySelector('[data-filter]:not([hidden])');});
count.textContent=words.length?shown+' of '+items.length+' shown':'';}
box.addEventListener('input',run);run();
var d=document.querySelector('.diagram');if(d)d.scrollLeft=(d.scrollWidth-d.clientWidth)/2;})();`;

function messagesFor(status: ProboStatus, data: SiteData): SchemaEntry[] {
  return data.schemas.filter(
    (s) => s.group === 'callbacks' && statusOf(s) === status && !unionMembers(s, data).length,
  );
}

function statusTable(data: SiteData): SafeHtml {
  const rows = STATUSES.map((status) => {
    const info = STATUS_CATALOG[status];
    const next = LIFECYCLE_EDGES.filter(([a]) => a === status).map(([, b]) => b);
    const pages = messagesFor(status, data).map(
      (m) => html`<a href="${pageFor(m)}">${m.title.replace(/Callback$/, '')}</a>`,
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
        ${info.meaning}${next.length ? html`<span class="rules">then: ${next.join(', ')}</span>` : ''}
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

function cards(entries: SchemaEntry[]): SafeHtml {
  return html`<ul class="cards">
    ${entries.map(
      (e) =>
        html`<li data-filter="${e.title} ${e.file} ${e.provenance ?? ''} ${e.description}">
          <a href="${pageFor(e)}">${e.title}</a> ${provenanceBadge(e.provenance)}
          <p>${prose(firstSentence(e.description))}</p>
        </li>`,
    )}
  </ul>`;
}

const firstSentence = (text: string): string => {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
};

export function indexPage(data: SiteData): string {
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
        One row per lifecycle rank: a status is followed only by one further down, or sideways
        inside the carrier's transport band. Click a status for its message.
      </p>
      <p class="diagram-key">
        <span><span class="swatch probo"></span>set by Probo</span
        ><span><span class="swatch carrier"></span>set by the carrier</span
        ><span><span class="swatch terminal"></span>terminal: nothing follows</span>
      </p>
      <div class="diagram">${raw(svg)}</div>
    </div>
    <div class="sheet">
      <div class="filter">
        <input
          id="filter"
          type="search"
          placeholder="Filter statuses, messages, scenarios…"
          aria-label="Filter"
          autocomplete="off"
        /><span id="filter-count" class="count"></span>
      </div>
      <section id="statuses" data-filter-group>
        <h2>Statuses (${STATUSES.length})</h2>
        ${statusTable(data)}
      </section>
      ${sections} ${scenarios}
    </div>`;
  return page({ title: 'Overview', path: 'index.html', body, script: FILTER_SCRIPT });
}

const order = (group: string): number =>
  ['callbacks', 'api', 'common', 'root'].indexOf(group) + 1 || 99;
