import type { Provenance } from '../../contract/statuses.js';
import { dataTable, html, type SafeHtml } from '../html.js';
import type { SchemaEntry } from '../schema-catalog.js';
import { breakable, legend, page, provenanceBadge, relativeHref } from '../site-layout.js';
import { pageFor, type SiteData } from '../site-data.js';
import { endpointSlug } from '../example-files.js';
import { prose } from './schema-page.js';

/**
 * One page per endpoint of the HTTP API, read from the OpenAPI document the site also serves
 * (which is built from `schemas/`): so an endpoint added there gets its page with no docs code.
 */

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Endpoint {
  method: string;
  path: string;
  /** Site path of its page. */
  page: string;
  summary: string;
  description: string;
  provenance: Provenance | undefined;
  tags: string[];
  operation: Json;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function provenanceOf(value: unknown): Provenance | undefined {
  return value === 'documented' || value === 'observed' || value === 'invented' ? value : undefined;
}

/** Every operation of the document's `paths`, in the document's order. */
export function endpointsOf(openapi: unknown): Endpoint[] {
  const paths = isObject(openapi) && isObject(openapi.paths) ? openapi.paths : {};
  const out: Endpoint[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const summary = typeof op.summary === 'string' ? op.summary : '';
      // An operation says it is invented in its own mark, or (older documents) in its summary.
      const provenance =
        provenanceOf(op['x-provenance']) ?? (/invented/i.test(summary) ? 'invented' : undefined);
      out.push({
        method: method.toUpperCase(),
        path,
        page: `endpoints/${endpointSlug(method, path)}.html`,
        summary,
        description: typeof op.description === 'string' ? op.description : '',
        provenance,
        tags: Array.isArray(op.tags)
          ? op.tags.filter((t): t is string => typeof t === 'string')
          : [],
        operation: op,
      });
    }
  }
  return out;
}

/** The schema page a `#/components/schemas/<Title>` reference stands for. */
function schemaFor(schema: unknown, data: SiteData): SchemaEntry | undefined {
  if (!isObject(schema)) return undefined;
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const title = ref?.startsWith('#/components/schemas/')
    ? decodeURIComponent(ref.slice('#/components/schemas/'.length))
    : typeof schema.title === 'string'
      ? schema.title
      : undefined;
  return title === undefined ? undefined : data.schemas.find((s) => s.title === title);
}

function schemaLink(schema: unknown, data: SiteData, from: string): SafeHtml {
  const entry = schemaFor(schema, data);
  if (!entry) return html`<span class="opt">no schema</span>`;
  return html`<a href="${relativeHref(from, pageFor(entry))}">${breakable(entry.title)}</a>
    ${provenanceBadge(entry.provenance)}`;
}

const jsonContent = (holder: unknown): Json | undefined => {
  if (!isObject(holder) || !isObject(holder.content)) return undefined;
  const content = holder.content['application/json'] ?? Object.values(holder.content)[0];
  return isObject(content) ? content : undefined;
};

/** A request to send before an example (`x-try-it-first`), e.g. the order a cancel needs. */
interface FirstStep {
  method: string;
  path: string;
  body: unknown;
}

/** The first example of a content object, as `{ name, value, first }`. */
function firstExample(
  content: Json | undefined,
): { name: string; value: unknown; first?: FirstStep[] } | undefined {
  if (!content) return undefined;
  if (isObject(content.examples)) {
    const [name, example] = Object.entries(content.examples)[0] ?? [];
    if (name && isObject(example) && 'value' in example) {
      const label = typeof example.summary === 'string' ? example.summary : name;
      const first = Array.isArray(example['x-try-it-first'])
        ? (example['x-try-it-first'] as FirstStep[])
        : undefined;
      return { name: label, value: example.value, ...(first ? { first } : {}) };
    }
  }
  if ('example' in content) return { name: 'example', value: content.example };
  return undefined;
}

function parameterTable(op: Json): SafeHtml {
  const params = Array.isArray(op.parameters) ? op.parameters.filter(isObject) : [];
  if (!params.length) return html``;
  const rows = params.map(
    (p) =>
      html`<tr>
        <td><code>${String(p.name)}</code></td>
        <td>${String(p.in)}</td>
        <td>
          ${p.required ? html`<span class="req">required</span>` : html`<span class="opt">optional</span>`}
        </td>
        <td>${prose(typeof p.description === 'string' ? p.description : '')}</td>
      </tr>`,
  );
  return html`<h2>Parameters</h2>
    ${dataTable('params', ['Name', 'In', 'Required', 'Description'], rows)}`;
}

function answerTable(op: Json, data: SiteData, from: string): SafeHtml {
  const responses = isObject(op.responses) ? Object.entries(op.responses) : [];
  const rows = responses.map(([status, r]) => {
    const answer = isObject(r) ? r : {};
    const headers = isObject(answer.headers) ? Object.keys(answer.headers) : [];
    return html`<tr>
      <td><code>${status}</code></td>
      <td>
        ${prose(typeof answer.description === 'string' ? answer.description : '')}${
          headers.length
            ? html`<span class="rules"
                >headers: ${headers.map((h, i) => html`${i ? ', ' : ''}<code>${h}</code>`)}</span
              >`
            : ''
        }
      </td>
      <td>${schemaLink(jsonContent(answer)?.schema, data, from)}</td>
    </tr>`;
  });
  return html`<h2>Answers</h2>
    ${dataTable('answers', ['Status', 'When', 'Body'], rows)}`;
}

/** The example value of each path parameter the operation gives one for. */
function pathExamples(op: Json): Map<string, string> {
  const params = Array.isArray(op.parameters) ? op.parameters.filter(isObject) : [];
  return new Map(
    params
      .filter((p) => p.in === 'path' && typeof p.example === 'string')
      .map((p) => [String(p.name), p.example as string]),
  );
}

/** Path parameters without an example: values an earlier call answers. */
function pathNeeds(endpoint: Endpoint): string[] {
  const known = pathExamples(endpoint.operation);
  return [...endpoint.path.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1]!)
    .filter((name) => !known.has(name));
}

/** Shell commands that call the endpoint on a fresh local mock (`probo-mock serve`). */
function curlFor(endpoint: Endpoint, body: unknown, first: FirstStep[] = []): string {
  const before = first.map((step) => curlLine(step.method, step.path, step.body));
  const known = pathExamples(endpoint.operation);
  const path = endpoint.path.replace(
    /\{([^}]+)\}/g,
    (_m, name: string) => known.get(name) ?? `EXAMPLE-${name}`,
  );
  return [...before, curlLine(endpoint.method, path, body)].join('\n\n');
}

function curlLine(method: string, path: string, body: unknown): string {
  const lines = [`curl -X ${method} http://127.0.0.1:4010${path}`, "  -u 'YOUR-API-KEY:'"];
  if (body !== undefined) {
    lines.push("  -H 'content-type: application/json'");
    lines.push(`  --data-raw '${JSON.stringify(body).replace(/'/g, "'\\''")}'`);
  }
  return lines.join(' \\\n');
}

export function endpointPageHtml(endpoint: Endpoint, data: SiteData): string {
  const from = endpoint.page;
  const href = (to: string): string => relativeHref(from, to);
  const op = endpoint.operation;
  const request = isObject(op.requestBody) ? op.requestBody : undefined;
  const requestContent = jsonContent(request);
  const example = firstExample(requestContent);
  const success = isObject(op.responses)
    ? Object.entries(op.responses).find(([status]) => /^2/.test(status))
    : undefined;
  const answerExample = success ? firstExample(jsonContent(success[1])) : undefined;
  const body = html`<p class="crumbs">
      <a href="${href('index.html')}">Overview</a> ›
      <a href="${href('index.html#endpoints')}">Endpoints</a>
    </p>
    <div class="sheet">
      <h1>
        <code class="method">${endpoint.method}</code> <code>${breakable(endpoint.path)}</code>
        ${provenanceBadge(endpoint.provenance)}
      </h1>
      <p class="lede">${prose(endpoint.summary)}</p>
      ${endpoint.description ? html`<p>${prose(endpoint.description)}</p>` : ''}
      ${
        endpoint.provenance === 'invented'
          ? html`<p class="callout">
              ⚠ <strong>Invented.</strong> Probo has not published this endpoint's shape: probo-mock
              chose one. Do not rely on Probo answering the same way.
            </p>`
          : ''
      }
      <p class="meta">
        <span>Auth: <code>Authorization: Bearer …</code> or <code>Basic …</code></span
        >${endpoint.tags.length ? html`<span>${endpoint.tags.join(', ')}</span>` : ''}<span
          ><a href="${href('openapi.json')}">OpenAPI document</a></span
        >
      </p>
      ${parameterTable(op)}
      ${
        request
          ? html`<h2>Request body</h2>
              <p>${schemaLink(requestContent?.schema, data, from)}</p>
              ${
                example
                  ? html`<div class="example">
                      <h3><code>${breakable(example.name)}</code></h3>
                      <pre
                        class="scroller"
                      ><code>${JSON.stringify(example.value, null, 2)}</code></pre>
                    </div>`
                  : ''
              }`
          : ''
      }
      ${answerTable(op, data, from)}
      ${
        answerExample
          ? html`<h3>Example answer (${success![0]})</h3>
              <pre
                class="scroller"
              ><code>${JSON.stringify(answerExample.value, null, 2)}</code></pre>`
          : ''
      }
      <h2>Try it on the mock</h2>
      <p>
        Start <code>npx probo-mock serve</code>, then (any key works unless <code>--api-key</code>
        pins one):
      </p>
      ${
        example?.first?.length
          ? html`<p>
              The first ${example.first.length === 1 ? 'command makes' : 'commands make'} what it
              needs
              (${example.first.map((s, i) => html`${i ? ', ' : ''}<code>${s.method} ${s.path}</code>`)}).
            </p>`
          : ''
      }
      ${
        pathNeeds(endpoint).length
          ? html`<p>
              Replace
              ${pathNeeds(endpoint).map((n, i) => html`${i ? ', ' : ''}<code>EXAMPLE-${n}</code>`)}
              with what an earlier call answers (the session URL of
              <code>POST /products/uploader/create</code> has them).
            </p>`
          : ''
      }
      <pre class="scroller"><code>${curlFor(endpoint, example?.value, example?.first)}</code></pre>
      <h2>Legend</h2>
      ${legend()}
    </div>`;
  return page({ title: `${endpoint.method} ${endpoint.path}`, path: from, body });
}

/** The index's list of endpoints: method, path, what it does, its mark. */
export function endpointList(endpoints: Endpoint[]): SafeHtml {
  const rows = endpoints.map(
    (e) =>
      html`<tr data-filter="${e.method} ${e.path} ${e.summary} ${e.tags.join(' ')} endpoint">
        <td class="nowrap">
          <a href="${e.page}"><code class="method">${e.method}</code> <code>${e.path}</code></a>
        </td>
        <td>${prose(e.summary)}</td>
        <td>${provenanceBadge(e.provenance)}</td>
      </tr>`,
  );
  return dataTable('endpoints', ['Endpoint', 'What it does', 'Provenance'], rows);
}
