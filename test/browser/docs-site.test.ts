import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_STATUSES } from '../../src/contract/lifecycle.js';
import { STATUSES } from '../../src/contract/statuses.js';
import { writeSite } from '../../src/docs/index.js';
import { launchChromium } from '../support/browser.js';

const artifacts = join(process.cwd(), 'test/artifacts');
let browser: Browser;
let dir: string;
let page: Page;

// The site is opened straight from disk, as a reader would after `probo-mock docs --out site`.
const open = async (path: string): Promise<void> => {
  await page.goto(pathToFileURL(join(dir, path)).href);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'probo-docs-browser-'));
  await writeSite(dir);
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the docs site in Chromium', () => {
  it('lists every status on the index and draws the lifecycle diagram', async () => {
    await open('index.html');
    expect(await page.locator('table.statuses tbody tr').count()).toBe(STATUSES.length);
    const nodes = page.locator('svg.lifecycle g.node');
    expect(await nodes.count()).toBe(STATUSES.length);
    const box = await page.locator('svg.lifecycle').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(300);
    expect(await page.locator('svg.lifecycle g.node.terminal').count()).toBe(
      TERMINAL_STATUSES.length,
    );
    await page.screenshot({ path: join(artifacts, 'docs-index.png'), fullPage: true });
  });

  it('narrows the status table to the matching rows when a word is typed in the filter box', async () => {
    await open('index.html');
    await page.fill('#filter', 'pickup');
    const visible = page.locator('table.statuses tbody tr:visible');
    expect(await visible.count()).toBe(2);
    expect(await visible.locator('td:first-child code').allTextContents()).toEqual([
      'shipment_available_at_pickup_point',
      'shipment_picked_up',
    ]);
    await page.fill('#filter', '');
    expect(await page.locator('table.statuses tbody tr:visible').count()).toBe(STATUSES.length);
  });

  it('opens a message page from the diagram, showing its fields and the example body', async () => {
    await open('index.html');
    await page.locator('svg.lifecycle a:has(g[data-status="shipment_in_transit"])').click();
    await page.waitForURL(/messages\/shipment-in-transit\.html$/);
    const paths = await page.locator('table.fields td.path code').allTextContents();
    expect(paths).toEqual(
      expect.arrayContaining(['status', 'message', 'order.id', 'shipped_packages[].tracking_url']),
    );
    const example = await page.locator('.example pre').first().textContent();
    expect(JSON.parse(example!)).toMatchObject({
      status: 'shipment_in_transit',
      order: { id: 'my_weborder_1234' },
    });
    await page.screenshot({ path: join(artifacts, 'docs-message.png'), fullPage: true });
  });

  it('stays readable at phone width: no page-wide sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(pathToFileURL(join(dir, 'messages/shipment-in-transit.html')).href);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.goto(pathToFileURL(join(dir, 'index.html')).href);
    await phone.screenshot({ path: join(artifacts, 'docs-index-phone.png'), fullPage: true });
    await phone.close();
  });
});
