import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeSite } from '../../src/docs/index.js';
import { launchChromium } from '../support/browser.js';
import {
  brokenIdentifiers,
  edgeCrossingCount,
  edgesThroughBoxes,
  overflows,
  seriousA11yViolations,
  unreachableNodes,
} from './layout-checks.js';

const artifacts = join(process.cwd(), 'test/artifacts');
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 900 },
] as const;

let browser: Browser;
let dir: string;
let pages: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'probo-docs-layout-'));
  await writeSite(dir);
  pages = [...(await buildSite()).keys()].filter((p) => p.endsWith('.html')).sort();
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(SIZES)('the docs site at $width px ($name)', ({ name, width, height }) => {
  let page: Page;
  const open = async (path: string): Promise<void> => {
    await page.goto(pathToFileURL(join(dir, path)).href);
  };

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height } });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('has no page whose content is wider than its box unless that box visibly scrolls', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      await open(path);
      for (const o of await overflows(page))
        problems.push(`${path}: ${o.element} ${o.why} (${o.by} px)`);
    }
    expect(problems).toEqual([]);
  });

  it('renders every identifier on one line on every page', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      await open(path);
      for (const text of await brokenIdentifiers(page, ['.step-status']))
        problems.push(`${path}: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows every lifecycle box in the diagram or its scroll range, and opens it at its start', async () => {
    await open('index.html');
    expect(await page.locator('svg.lifecycle g.node').count()).toBe(16);
    expect(await unreachableNodes(page, 'svg.lifecycle', '.diagram')).toEqual([]);
    const scroll = await page.locator('.diagram').evaluate((d) => ({
      left: d.scrollLeft,
      over: d.scrollWidth > d.clientWidth,
      marked: d.hasAttribute('data-overflows'),
      hint: d.previousElementSibling?.classList.contains('scroll-hint') ?? false,
    }));
    expect(scroll.left).toBe(0);
    // Too wide for the screen: it says so; wide enough: nothing to say.
    expect(scroll.marked).toBe(scroll.over);
    expect(scroll.hint).toBe(scroll.over);
    if (name === 'phone') expect(scroll.over).toBe(true);
    // The start of the main line is in view when the page opens at the diagram.
    const queued = await page.locator('svg.lifecycle g[data-status="queued"]').boundingBox();
    const area = await page.locator('.diagram').boundingBox();
    expect(queued!.x).toBeGreaterThanOrEqual(area!.x);
    expect(queued!.x + queued!.width).toBeLessThanOrEqual(area!.x + area!.width);
    await page
      .locator('#lifecycle')
      .screenshot({ path: join(artifacts, `docs-lifecycle-${width}.png`) });
  });

  it('draws no edge of the diagram through a box, and at most two crossings', async () => {
    await open('index.html');
    expect(await edgesThroughBoxes(page, 'svg.lifecycle')).toEqual([]);
    expect(await edgeCrossingCount(page, 'svg.lifecycle')).toBeLessThanOrEqual(2);
  });

  it('says so when the filter matches nothing, and hides the note again when it matches', async () => {
    await open('index.html');
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    await page.fill('#filter', 'zzz-no-such-thing');
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    expect(await page.locator('#no-match').textContent()).toContain('zzz-no-such-thing');
    expect(await page.locator('table.statuses tbody tr:visible').count()).toBe(0);
    await page.fill('#filter', 'delayed');
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    await page.fill('#filter', '');
  });

  it('has no serious or critical accessibility violation (axe-core) on the main kinds of page', async () => {
    const found: string[] = [];
    // One page of each kind: the index, a message, an API body, an endpoint, a shared part, a
    // scenario, a file format (the first of each folder that has one, so new pages count too).
    const kinds = ['api/', 'endpoints/', 'shared/', 'scenarios/', 'formats/', 'catalog/'];
    const sample = [
      'index.html',
      'messages/shipment-available-at-pickup-point.html',
      ...kinds.flatMap((k) => pages.filter((p) => p.startsWith(k)).slice(0, 1)),
    ];
    for (const path of sample) {
      await open(path);
      for (const v of await seriousA11yViolations(page))
        found.push(`${path}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    expect(found).toEqual([]);
  });

  it('saves a screenshot of the index, a message page and a scenario page', async () => {
    for (const [path, file] of [
      ['index.html', 'docs-index'],
      ['messages/shipment-available-at-pickup-point.html', 'docs-message'],
      ['scenarios/happy-path.html', 'docs-scenario'],
    ] as const) {
      await open(path);
      await page.screenshot({ path: join(artifacts, `${file}-${width}.png`), fullPage: true });
    }
  });
});

describe('a scenario page', () => {
  it('shows each step with the body the mock sends for the default seed, and when it is sent', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pathToFileURL(join(dir, 'scenarios/happy-path.html')).href);
      const steps = page.locator('ol.steps > li');
      expect(await steps.count()).toBe(8);
      const first = JSON.parse((await steps.nth(0).locator('pre').textContent())!) as {
        status: string;
        order: { id: string };
      };
      expect(first).toMatchObject({ status: 'queued', order: { id: 'my_weborder_1234' } });
      const timing = async (n: number): Promise<string> =>
        ((await steps.nth(n).locator('.timing').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(await timing(0)).toContain('at 0 ms');
      expect(await timing(2)).toContain('at 400 ms (+200 ms');
      const last = JSON.parse((await steps.nth(7).locator('pre').textContent())!) as {
        status: string;
      };
      expect(last.status).toBe('shipment_delivered');
    } finally {
      await page.close();
    }
  });
});
