import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/delivery/index.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';
import { overflows, seriousA11yViolations } from './layout-checks.js';
import { overlappingText } from './overlap-checks.js';

// The inspector says what each order's callbacks achieved at the shop, next to the mock's own
// status: an order whose callbacks all failed is not shown as a green "shipment_delivered" alone.

const artifacts = join(process.cwd(), 'test/artifacts');
const DATE_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{3})?$/;

let browser: Browser;
let mock: RunningMock;
let good: TestReceiver;
let flaky: TestReceiver;
let busy: TestReceiver;
let flakyDown = true;

const badge = (page: Page, key: string) =>
  page.locator(`#order-list li[data-order="${key}"] .dbadge`);

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  good = await startTestReceiver();
  // Down until the test brings it back: every attempt fails, then resends are answered.
  flaky = await startTestReceiver(() =>
    flakyDown ? { status: 500, body: '{"error":"database is down"}' } : { status: 200 },
  );
  // Busy for a long while: the first delivery waits for its retry, with the time it is due.
  busy = await startTestReceiver(() => ({
    status: 503,
    headers: { 'retry-after': '30' },
    body: 'busy',
  }));
  mock = await startMock({ port: 0, stepDelayMs: 5, retries: 2, retryBaseMs: 1, rateLimit: 0 });
  const refused = await refusedUrl();
  for (const [id, url] of [
    ['web-ok', `${good.url}/probo`],
    ['web-refused', refused],
    ['web-flaky-with-a-long-order-id-of-a-shop-2026-000123', `${flaky.url}/probo`],
  ] as const)
    await postJson(`${mock.url}/order`, shopOrder({ id, callbackUrls: [url] }));
  await mock.idle();
  await postJson(
    `${mock.url}/order`,
    shopOrder({ id: 'web-busy', callbackUrls: [`${busy.url}/p`] }),
  );
  await busy.waitFor(1);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await Promise.all([good, flaky, busy].map((r) => r?.close()));
});

describe('the inspector: what the callbacks achieved', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${mock.url}/`);
    await page.waitForSelector('#connection[data-state="live"]');
    await page.waitForSelector('#order-list li[data-order="web-busy"]');
  });
  afterAll(async () => {
    await context?.close();
  });

  it("shows each order's callbacks beside the mock's status: all delivered, failed, retrying", async () => {
    await page.waitForFunction(() =>
      document.querySelector('#order-list li[data-order="web-busy"] .dbadge.retrying'),
    );
    const row = async (key: string) => ({
      status: await page.locator(`#order-list li[data-order="${key}"] .pill`).textContent(),
      kind: await badge(page, key).getAttribute('data-kind'),
      text: await badge(page, key).textContent(),
    });
    expect(await row('web-ok')).toEqual({
      status: 'shipment_delivered',
      kind: 'delivered',
      text: 'all 8 callbacks delivered',
    });
    // The mock moved on to shipment_delivered; the shop received none of it.
    expect(await row('web-refused')).toEqual({
      status: 'shipment_delivered',
      kind: 'failing',
      text: '8 of 8 callbacks failed',
    });
    const busyRow = await row('web-busy');
    expect(busyRow.kind).toBe('retrying');
    // The time the journal says the next attempt is due, with its date.
    const [entry] = (
      (await getJson(`${mock.url}/__mock/deliveries?order=web-busy`)).body as {
        deliveries: JournalEntry[];
      }
    ).deliveries;
    const due = new Date(entry!.nextAttemptAt!);
    const pad = (n: number) => String(n).padStart(2, '0');
    const shown = `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())} ${pad(due.getHours())}:${pad(due.getMinutes())}:${pad(due.getSeconds())}`;
    expect(busyRow.text).toBe(`callbacks retrying, next ${shown}`);
  });

  it('says when a retrying delivery is tried next, in its own line', async () => {
    await page.locator('#order-list li[data-order="web-busy"] button').click();
    const next = page.locator('#deliveries li.delivery.retrying .d-next');
    expect(await next.textContent()).toMatch(
      /^retrying: next attempt at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/,
    );
    expect(await page.locator('#order-achieved').getAttribute('data-kind')).toBe('retrying');
    expect(await page.locator('#resend-failed').isHidden()).toBe(true);
  });

  it('shows every time with its date', async () => {
    await page.locator('#order-list li[data-order="web-refused"] button').click();
    await page.locator('#deliveries li.delivery summary').first().click();
    const times = await page.locator('time').allTextContents();
    expect(times.length).toBeGreaterThan(10);
    for (const t of times) expect(t).toMatch(DATE_TIME);
    const meta = await page.locator('#order-meta').textContent();
    expect(meta).toMatch(/Created\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}/);
  });

  it('shows the order post: products, options, files, address', async () => {
    await page.locator('#order-list li[data-order="web-ok"] button').click();
    await page.locator('#order-post > summary').click();
    const body = page.locator('#order-post-body');
    await body.locator('.post-products').waitFor();
    expect(await body.locator('.post-product code').allTextContents()).toEqual(['banner-510']);
    expect(await body.locator('.post-options li').allTextContents()).toEqual([
      'width = 100',
      'height = 50',
    ]);
    expect(await body.locator('.post-files li').allTextContents()).toEqual([
      'file https://files.shop.example/banner.pdf',
    ]);
    expect(await body.locator('.post-address').innerText()).toBe(
      'Anna de Vries\nKeizersgracht 123\n1015 CJ Amsterdam\nNL',
    );
    // The post as JSON, as the mock took it.
    await body.locator('.post-json > summary').click();
    const json = JSON.parse((await body.locator('.post-json pre').textContent())!) as {
      id: string;
    };
    expect(json.id).toBe('web-ok');
  });

  it('resends every failed callback of the order with one button, and then shows them delivered', async () => {
    const key = 'web-flaky-with-a-long-order-id-of-a-shop-2026-000123';
    await page.locator(`#order-list li[data-order="${key}"] button`).click();
    expect(await page.locator('#order-achieved').textContent()).toBe('8 of 8 callbacks failed');
    const button = page.locator('#resend-failed');
    expect(await button.textContent()).toBe('Resend 8 failed callbacks');
    flakyDown = false;
    const before = flaky.calls.length;
    await button.click();
    await page.getByText('resent 8 callbacks: the new attempts show below when answered').waitFor();
    const calls = await flaky.waitFor(before + 8);
    expect(calls.slice(before).map((c) => (c.json as { status: string }).status)).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
    await page.waitForFunction(
      (k) =>
        document.querySelector(`#order-list li[data-order="${k}"] .dbadge`)?.textContent ===
        'all 8 callbacks delivered',
      key,
    );
    expect(await button.isHidden()).toBe(true);
  });

  it('survives a malformed #order hash: the list is drawn, the page says live', async () => {
    const other = await context.newPage();
    const pageErrors: string[] = [];
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(`${mock.url}/#order=%E0%A4%A`);
    await other.waitForSelector('#connection[data-state="live"]');
    await other.waitForSelector('#order-list li[data-order="web-ok"]');
    expect(await other.locator('#order-list li').count()).toBe(4);
    expect(pageErrors).toEqual([]);
    await other.close();
    expect(errors).toEqual([]);
  });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
])('the inspector at $width px', ({ width, height }) => {
  it('fits: no overflow, no text over other text (ECONNREFUSED beside "3 attempts"), no serious axe finding', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      await page.goto(`${mock.url}/#order=web-refused`);
      await page.waitForSelector('#deliveries li.delivery.failed');
      await page.locator('#deliveries li.delivery summary').first().click();
      await page.locator('#order-post > summary').click();
      await page.locator('#order-post-body .post-products').waitFor();
      expect(await page.locator('#deliveries .answer').first().textContent()).toBe('ECONNREFUSED');
      expect(await overflows(page)).toEqual([]);
      expect(await overlappingText(page, '#order-list')).toEqual([]);
      expect(await overlappingText(page, '.order-head')).toEqual([]);
      expect(await overlappingText(page, '#deliveries')).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(artifacts, `inspector-callbacks-${width}.png`),
        fullPage: true,
      });
      // A retrying delivery's own line fits too.
      await page.goto(`${mock.url}/#order=web-busy`);
      await page.waitForSelector('#deliveries li.delivery.retrying .d-next');
      expect(await overflows(page)).toEqual([]);
      expect(await overlappingText(page, '#deliveries')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
