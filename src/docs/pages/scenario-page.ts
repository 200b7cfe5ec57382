import type { Scenario } from '../../generated/types.js';
import { isProboStatus, STATUS_CATALOG } from '../../contract/statuses.js';
import { html } from '../html.js';
import { legend, page, provenanceBadge, relativeHref } from '../site-layout.js';
import {
  pageFor,
  rawFixturePath,
  scenarioPage,
  statusOf,
  unionMembers,
  type SiteData,
} from '../site-data.js';
import { prose } from './schema-page.js';

const json = (v: unknown): string => JSON.stringify(v);

/** The message page of a step's status; for `not_accepted`, the one of its variant. */
function messagePage(status: string, variant: unknown, data: SiteData): string | undefined {
  const pages = data.schemas.filter(
    (e) => e.group === 'callbacks' && statusOf(e) === status && !unionMembers(e, data).length,
  );
  const wanted = typeof variant === 'string' ? variant : 'file-rejected';
  const page = pages.length > 1 ? pages.find((e) => e.slug.endsWith(wanted)) : pages[0];
  return page ? pageFor(page) : undefined;
}

/** A built-in scenario: its steps as a numbered sequence, every option of a step shown. */
export function scenarioPageHtml(
  scenario: Scenario,
  file: string | undefined,
  data: SiteData,
): string {
  const path = scenarioPage(scenario.name);
  const href = (to: string): string => relativeHref(path, to);
  const format = data.schemas.find((s) => s.title === 'Scenario');
  const steps = scenario.steps.map((step) => {
    const { status, raw: rawBody, ...rest } = step as Record<string, unknown>;
    const known = isProboStatus(status) ? STATUS_CATALOG[status] : undefined;
    const message = known ? messagePage(status as string, rest.variant, data) : undefined;
    const label = html`<span class="step-status">${status as string}</span>`;
    const head =
      typeof status === 'string'
        ? html`${message ? html`<a href="${href(message)}">${label}</a>` : label}${known ? html` <span class="opt">${known.meaning}</span>` : html` <span class="prov invented">not a current status</span>`}`
        : html`<span class="step-status">raw body</span>
            <span class="opt">sent byte for byte</span>`;
    const notes = Object.entries(rest).map(
      ([k, v]) => html`<span class="note">${k}: ${typeof v === 'string' ? v : json(v)}</span>`,
    );
    return html`<li>
      ${head}${notes.length ? html`<div class="step-notes">${notes}</div>` : ''}${typeof rawBody === 'string' ? html`<pre><code>${rawBody}</code></pre>` : ''}
    </li>`;
  });
  const body = html`<p class="crumbs"><a href="${href('index.html')}">Overview</a> › Scenarios</p>
    <div class="sheet">
      <h1>${scenario.name} ${provenanceBadge('invented')}</h1>
      <p class="lede">${prose(scenario.description)}</p>
      <p class="meta">
        <span>${scenario.steps.length} step${scenario.steps.length === 1 ? '' : 's'}</span
        >${scenario.shuffle ? html`<span class="note">shuffled by the run's seed</span>` : ''}${
          file
            ? html`<span
                ><a href="${href(rawFixturePath(file))}"><code>fixtures/${file}</code></a></span
              >`
            : ''
        }${format ? html`<span>format: <a href="${href(`formats/${format.slug}.html`)}">${format.title}</a></span>` : ''}
      </p>
      <p class="callout">
        ⚠ <strong>Invented.</strong> Scenarios are probo-mock's own: Probo publishes no sequences,
        timings or retry rules. Post an order with
        <code>X-Probo-Mock-Scenario: ${scenario.name}</code>, run
        <code>probo-mock serve --scenario ${scenario.name}</code> or
        <code>probo-mock trigger ${scenario.name} --target URL</code>.
      </p>
      <h2>Steps</h2>
      <ol class="steps">
        ${steps}
      </ol>
      <h2>Legend</h2>
      ${legend()}
    </div>`;
  return page({ title: `Scenario ${scenario.name}`, path, body });
}
