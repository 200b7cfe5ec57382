import { STATUS_CATALOG } from '../../contract/statuses.js';
import { dataTable, html, type SafeHtml } from '../html.js';
import { fieldRows, type FieldRow } from '../schema-fields.js';
import { publishedIn } from '../example-files.js';
import type { SchemaEntry } from '../schema-catalog.js';
import { breakable, legend, page, provenanceBadge, relativeHref } from '../site-layout.js';
import {
  examplesFor,
  pageFor,
  rawFixturePath,
  rawSchemaPath,
  refusalsFor,
  statusOf,
  unionMembers,
  usedBy,
  type SiteData,
} from '../site-data.js';

const SECTION_NAMES: Record<string, string> = {
  callbacks: 'Callback messages',
  api: 'Order API',
  catalog: 'Catalog file',
  common: 'Shared parts',
  root: 'File formats',
};

export const sectionName = (group: string): string => SECTION_NAMES[group] ?? group;

/** Inline markdown of schema descriptions: only `code` spans, everything else is text. */
export function prose(text: string): SafeHtml {
  const parts = text.split(/`([^`]+)`/);
  // An identifier (no space, no slash: `X-Probo-Mock-Answer`, `shipment_delayed`) stays on one
  // line; longer code with spaces or paths may wrap where the browser can.
  const code = (p: string): SafeHtml =>
    /^[^\s/]+$/.test(p) ? html`<code class="ident">${p}</code>` : html`<code>${p}</code>`;
  return html`${parts.map((p, i) => (i % 2 ? code(p) : p))}`;
}

function fieldTable(rows: FieldRow[], from: string): SafeHtml {
  if (!rows.length) return html`<p class="opt">This schema has no fields of its own.</p>`;
  const body = rows.map((r) => {
    const links = r.refs.map(
      (e) => html` <a href="${relativeHref(from, pageFor(e))}" title="${e.title}">↗</a>`,
    );
    return html`<tr class="${r.provenance === 'invented' ? 'is-invented' : ''}">
      <td class="path indent-${Math.min(r.depth, 4)}">
        <code>${r.path}</code>${r.variant ? html`<span class="variant">${r.variant}</span>` : ''}
      </td>
      <td><code>${r.type}</code>${links}</td>
      <td>
        ${r.required ? html`<span class="req">required</span>` : html`<span class="opt">optional</span>`}
      </td>
      <td>
        ${prose(r.description)}${r.rules.length ? html`<span class="rules">${r.rules.join(' · ')}</span>` : ''}
      </td>
      <td>${provenanceBadge(r.provenance)}</td>
    </tr>`;
  });
  return dataTable('fields', ['Field', 'Type', 'Required', 'Description', 'Provenance'], body);
}

function refusalTable(refusals: ReturnType<typeof refusalsFor>, from: string): SafeHtml {
  const rows = refusals.map(
    ({ fixture, problems }) =>
      html`<tr>
        <td>
          <a href="${relativeHref(from, rawFixturePath(fixture.file))}"
            ><code>${fixture.file.slice(fixture.file.lastIndexOf('/') + 1)}</code></a
          >
        </td>
        <td>
          ${problems.map((p) => html`<div><code>${p.pointer || '/'}</code> ${p.message}</div>`)}
        </td>
      </tr>`,
  );
  return html`<h2>Bodies it refuses</h2>
    <p>
      Each of these fixtures breaks one rule; validation names the problem by JSON pointer, as the
      mock's 400 answer does.
    </p>
    ${dataTable('refusals', ['Fixture', 'Problem'], rows)}`;
}

function callout(entry: SchemaEntry): SafeHtml {
  if (entry.provenance === 'invented') {
    return html`<p class="callout">
      ⚠ <strong>Invented.</strong> Probo has not published this shape: probo-mock built it by
      analogy with the documented messages. A real body may differ; validate captured traffic
      against it to find out.
    </p>`;
  }
  if (entry.provenance === 'observed') {
    return html`<p class="callout observed">
      <strong>Observed.</strong> Seen in integrations against the live API, not in Probo's
      documentation.
    </p>`;
  }
  return html``;
}

export function schemaPage(entry: SchemaEntry, data: SiteData): string {
  const path = pageFor(entry);
  const href = (to: string): string => relativeHref(path, to);
  const status = statusOf(entry);
  const info = status && entry.group === 'callbacks' ? STATUS_CATALOG[status] : undefined;
  const members = unionMembers(entry, data);
  const examples = examplesFor(entry, data);
  const users = usedBy(entry, data);
  const refusals = refusalsFor(entry, data);
  const ts = data.types?.withDependencies(entry.title);

  const statusFacts = info
    ? html`<p class="meta">
        <span>Status <code>${info.status}</code></span
        ><span>${info.meaning}</span
        ><span>set by ${info.setBy}</span
        >${info.terminal ? html`<span class="terminal-mark">terminal</span>` : ''}
      </p>`
    : '';
  const union = members.length
    ? html`<h2>One of these messages</h2>
        <p>A body is judged by its <code>status</code> against exactly one of them.</p>
        <ul class="cards">
          ${members.map(
            (m) =>
              html`<li>
                <a href="${href(pageFor(m))}">${breakable(m.title)}</a>
                ${provenanceBadge(m.provenance)}
                <p>${prose(m.description)}</p>
              </li>`,
          )}
        </ul>`
    : '';
  const exampleBlocks = examples.map((f) => {
    const source = publishedIn(f.file);
    return html`<div class="example">
      <h3>
        <code>${breakable(f.file)}</code
        >${source ? html`<span class="prov documented">from Probo's ${source}</span>` : html`<span class="note">example built by probo-mock</span>`}<a
          href="${href(rawFixturePath(f.file))}"
          >raw</a
        >
      </h3>
      <pre class="scroller"><code>${f.text.trimEnd()}</code></pre>
    </div>`;
  });

  const body = html`<p class="crumbs">
      <a href="${href('index.html')}">Overview</a> › ${sectionName(entry.group)}
    </p>
    <div class="sheet">
      <h1>${breakable(entry.title)} ${provenanceBadge(entry.provenance)}</h1>
      <p class="lede">${prose(entry.description)}</p>
      ${statusFacts}
      <p class="meta">
        <span
          >Schema
          <a href="${href(rawSchemaPath(entry))}"
            ><code>${breakable(`schemas/${entry.file}`)}</code></a
          ></span
        >${entry.id ? html`<span><code>${breakable(entry.id)}</code></span>` : ''}
      </p>
      ${callout(entry)} ${union}
      ${
        members.length
          ? ''
          : html`<h2>Fields</h2>
              ${fieldTable(fieldRows(entry, data.index), path)}`
      }
      ${
        exampleBlocks.length
          ? html`<h2>Example${exampleBlocks.length > 1 ? 's' : ''}</h2>
              ${exampleBlocks}`
          : ''
      }
      ${refusals.length ? refusalTable(refusals, path) : ''}
      ${
        ts
          ? html`<h2>TypeScript</h2>
              <p>Generated from the schema into <code>src/generated/types.ts</code>.</p>
              <pre class="scroller"><code>${ts}</code></pre>`
          : ''
      }
      ${
        users.length
          ? html`<h2>Used by</h2>
              <ul class="cards">
                ${users.map((u) => html`<li><a href="${href(pageFor(u))}">${breakable(u.title)}</a> ${provenanceBadge(u.provenance)}</li>`)}
              </ul>`
          : ''
      }
      <h2>Legend</h2>
      ${legend()}
    </div>`;
  return page({ title: entry.title, path, body });
}
