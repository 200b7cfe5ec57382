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
import { createOrderContext } from '../../fake/index.js';
import { planScenario, stepWait } from '../../scenarios/plan.js';
import { RUN_OPTIONS } from '../../scenarios/run-options.js';

const json = (v: unknown): string => JSON.stringify(v);

/** The order the bodies are built for: Probo's own example id, and the mock's default seed. */
const DOCS_ORDER = { id: 'my_weborder_1234' };
const DOCS_SEED = RUN_OPTIONS.seed.default;
/** `serve`'s and `trigger`'s default `--step-delay`. */
export const DEFAULT_STEP_DELAY_MS = RUN_OPTIONS.stepDelayMs.default;

/** A JSON body indented for reading; a raw body that is not JSON stays as sent. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

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
  const plan = planScenario(scenario, createOrderContext(DOCS_ORDER, DOCS_SEED), {
    seed: DOCS_SEED,
  });
  let at = 0;
  const steps = plan.map((planned, n) => {
    const step = scenario.steps[planned.index]!;
    const { status, raw: _raw, ...rest } = step as Record<string, unknown>;
    void _raw;
    const wait = stepWait(planned, n, DEFAULT_STEP_DELAY_MS);
    at += wait;
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
    const timing = html`<span class="timing"
      >at ${at}
      ms${n ? html` <span class="opt">(+${wait} ms${planned.delayMs === undefined ? ", the run's step delay" : ', its own delay'})</span>` : ''}</span
    >`;
    const sent = planned.repeat > 1 ? ` · sent ${planned.repeat} times` : '';
    const order = scenario.shuffle ? ` · step ${planned.index + 1} of the file` : '';
    return html`<li>
      ${head}
      <div class="step-notes">${timing}${notes}</div>
      <details class="body" open>
        <summary>
          Body${sent}${order} <span class="opt">${Buffer.byteLength(planned.body)} bytes</span>
        </summary>
        <pre class="scroller"><code>${pretty(planned.body)}</code></pre>
      </details>
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
      <p>
        In delivery order, each with the body the mock sends for an order
        <code>${DOCS_ORDER.id}</code> with the default seed (<code>--seed ${DOCS_SEED}</code>;
        another seed draws other names, numbers and tracking codes, the same shape). Times are from
        the first step, with the default <code>--step-delay ${DEFAULT_STEP_DELAY_MS}</code>
        where a step sets no delay of its own; retries come on top.
      </p>
      <ol class="steps">
        ${steps}
      </ol>
      <h2>Legend</h2>
      ${legend()}
    </div>`;
  return page({ title: `Scenario ${scenario.name}`, path, body });
}
