import { mkdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml, type Report } from '../../src/conformance/index.js';
import { launchChromium } from '../support/browser.js';
import { flawedRunReport, hostileReport } from '../support/report-samples.js';
import { brokenIdentifiers, overflows, seriousA11yViolations } from './layout-checks.js';
import { overlappingText } from './overlap-checks.js';

// The --html report as a person opens it: a file:// page in Chromium, at a phone's and a desk's
// width, with no network.

const artifacts = join(process.cwd(), 'test/artifacts');
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 900 },
] as const;

let browser: Browser;
let report: Report;
let reportUrl: string;
let hostileUrl: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'pm-html-report-'));
  report = await flawedRunReport();
  const file = join(dir, 'report.html');
  await writeFile(file, formatHtml(report));
  reportUrl = pathToFileURL(file).href;
  const hostile = join(dir, 'hostile.html');
  await writeFile(hostile, formatHtml(hostileReport()));
  hostileUrl = pathToFileURL(hostile).href;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every request it makes and every console error. */
async function open(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requests, errors };
}

describe('the --html report in Chromium', () => {
  it('is a real failing run: failures with a story, a state read, a hint and a replay', () => {
    // What the page below is tested on (so a quiet run cannot make the page tests pass vacuously).
    const failed = report.checks.filter((c) => c.outcome === 'failed');
    expect(failed.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'accepts-every-status',
        'rejects-malformed-body',
        'state-ignores-stale-updates',
        'state-ignores-unknown-status',
      ]),
    );
    const failures = failed.flatMap((c) => c.failures);
    expect(failures.some((f) => f.story && f.state && f.hint && f.curl)).toBe(true);
  });

  for (const size of SIZES) {
    describe(`at ${size.width} px (${size.name})`, () => {
      let context: BrowserContext;
      let page: Page;
      let requests: string[];
      let errors: string[];

      beforeAll(async () => {
        context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
        });
        ({ page, requests, errors } = await open(context, reportUrl));
      });
      afterAll(async () => {
        await context?.close();
      });

      it('loads from file:// with no other request and no console error (its style and script run under its own CSP)', async () => {
        expect(requests).toEqual([reportUrl]);
        expect(errors).toEqual([]);
        // The inline style applied (its hash is in the CSP), and the script unhid the buttons.
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
        const buttons = page.locator('button.copy');
        expect(await buttons.count()).toBeGreaterThan(0);
        expect(await buttons.first().isVisible()).toBe(true);
      });

      it('shows the summary, one row per check, and an article per failed check', async () => {
        const { passed, failed, skipped } = report.summary;
        expect(await page.locator('h1').textContent()).toBe(`${failed} checks failed`);
        expect(await page.locator('.counts').textContent()).toMatch(
          new RegExp(`${failed} failed\\s*${passed} passed\\s*${skipped} skipped`),
        );
        expect(await page.locator('.target code').textContent()).toBe(report.target);
        expect(await page.locator('ol.checks > li').count()).toBe(report.checks.length);
        const articles = await page
          .locator('article.failure-check')
          .evaluateAll((a) => a.map((x) => x.id));
        expect(articles).toEqual(
          report.checks.filter((c) => c.outcome === 'failed').map((c) => `check-${c.id}`),
        );
        // A failed check's row links to its article.
        const link = page.locator('#row-accepts-every-status a');
        expect(await link.getAttribute('href')).toBe('#check-accepts-every-status');
      });

      it("shows a state check's story, state read, hint and replay", async () => {
        const stale = page.locator('#check-state-ignores-stale-updates');
        const failure = report.checks.find((c) => c.id === 'state-ignores-stale-updates')!
          .failures[0]!;
        const storySteps = await stale
          .locator('ol.story')
          .first()
          .locator('.step')
          .allTextContents();
        expect(storySteps).toEqual(failure.story!.map((e) => e.step));
        expect(await stale.textContent()).toContain(failure.state!.request.url);
        expect(await stale.locator('.hint').first().textContent()).toContain(failure.hint!);
        expect(await stale.locator('.replay pre').first().textContent()).toBe(failure.curl);
      });

      it('copies a replay with its button, byte for byte', async () => {
        const copied = await page.evaluate(async () => {
          let got = '';
          Object.defineProperty(navigator, 'clipboard', {
            configurable: true,
            value: { writeText: (t: string) => ((got = t), Promise.resolve()) },
          });
          document
            .querySelector<HTMLButtonElement>('#check-accepts-every-status button.copy')!
            .click();
          await new Promise((r) => setTimeout(r, 50));
          return got;
        });
        const curl = report.checks.find((c) => c.id === 'accepts-every-status')!.failures[0]!.curl;
        expect(copied).toBe(curl);
        expect(await page.locator('.toast').textContent()).toBe(
          'Copied the replay of accepts-every-status',
        );
      });

      it('selects the replay when the clipboard is refused, and says so', async () => {
        const selected = await page.evaluate(async () => {
          Object.defineProperty(navigator, 'clipboard', {
            configurable: true,
            value: { writeText: () => Promise.reject(new Error('denied')) },
          });
          document.execCommand = () => false;
          document
            .querySelector<HTMLButtonElement>('#check-state-ignores-stale-updates button.copy')!
            .click();
          await new Promise((r) => setTimeout(r, 50));
          return getSelection()!.toString();
        });
        // A story's replay: several commands, one per line, as in the report's JSON.
        const curl = report.checks.find((c) => c.id === 'state-ignores-stale-updates')!.failures[0]!
          .curl!;
        expect(curl.split('\n').length).toBeGreaterThan(2);
        expect(selected).toBe(curl);
        expect(await page.locator('.toast').textContent()).toMatch(/selected: press Ctrl\+C/);
      });

      it('fits the width: no sideways scroll, no overflow, no overlapping text, no broken check id', async () => {
        // The copy tests' status line floats over the page for a few seconds, by design: gone.
        await page.evaluate(() => {
          document.querySelector('.toast')!.textContent = '';
        });
        expect(await overflows(page)).toEqual([]);
        expect(await overlappingText(page, 'body')).toEqual([]);
        expect(await brokenIdentifiers(page, ['.check-id'])).toEqual([]);
        await page.screenshot({
          path: join(artifacts, `html-report-${size.width}.png`),
          fullPage: true,
        });
      });

      it('has no serious or critical axe-core finding', async () => {
        // axe-core is injected as a script, which the report's own CSP rightly refuses.
        const axeContext = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          bypassCSP: true,
        });
        try {
          const { page: axePage } = await open(axeContext, reportUrl);
          expect(await seriousA11yViolations(axePage)).toEqual([]);
        } finally {
          await axeContext.close();
        }
      });
    });
  }

  for (const size of SIZES) {
    it(`at ${size.width} px shows the shared cause once, before the failures and clear of the first card`, async () => {
      const failed = report.checks.filter((c) => c.outcome === 'failed');
      const withCause: Report = {
        ...report,
        sharedCause: {
          answer: '401 {"error":"no secret"}',
          checks: failed.map((c) => c.id),
          failed: failed.length,
          hint: 'The receiver wants a secret: pass it with --header',
        },
      };
      const dir = await mkdtemp(join(tmpdir(), 'pm-html-cause-'));
      const file = join(dir, 'cause.html');
      await writeFile(file, formatHtml(withCause));
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
      });
      try {
        const { page } = await open(context, pathToFileURL(file).href);
        const note = page.locator('#failures .shared-cause');
        expect(await note.count()).toBe(1);
        expect(await note.textContent()).toContain('pass it with --header');
        const noteBox = await note.boundingBox();
        const cardBox = await page.locator('#failures article.failure-check').first().boundingBox();
        expect(noteBox && cardBox).toBeTruthy();
        // At least 8 px of air between the note and the card below it (they touched before).
        expect(cardBox!.y - (noteBox!.y + noteBox!.height)).toBeGreaterThanOrEqual(8);
        expect(await overflows(page)).toEqual([]);
        await note.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: join(artifacts, `html-report-cause-${size.name}.png`),
          fullPage: false,
        });
      } finally {
        await context.close();
      }
    });
  }

  it("shows a receiver's markup, links and terminal escapes as text, and runs none of it", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const { page, requests } = await open(context, hostileUrl);
      expect(await page.title()).not.toBe('owned');
      expect(await page.locator('main img, main script, main a[href^="http"]').count()).toBe(0);
      const message = await page.locator('.message').textContent();
      expect(message).toContain('<img src=x onerror=');
      expect(message).toContain('\\x1b[2J');
      expect(message).toContain('\\u202eevil');
      expect(requests).toEqual([hostileUrl]);
      expect(await overflows(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
