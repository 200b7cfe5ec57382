import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';
import { brokenIdentifiers, overflows, seriousA11yViolations } from './layout-checks.js';

const artifacts = join(process.cwd(), 'test/artifacts');
const statusesOf = (r: TestReceiver): unknown[] =>
  r.calls.map((c) => (c.json as { status?: unknown } | undefined)?.status);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1280, height: 900 },
] as const;

let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the inspector in Chromium', () => {
  let mock: RunningMock;
  let receiver: TestReceiver;
  let failing: TestReceiver;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // A receiver that answers with a header of its own, to see it in the journal.
    receiver = await startTestReceiver(() => ({
      status: 200,
      headers: { 'x-shop-receiver': 'test-shop' },
      body: '{"ok":true}',
    }));
    // A receiver that answers 500 to everything: its deliveries fail after the retries.
    failing = await startTestReceiver(() => ({ status: 500, body: '{"error":"boom"}' }));
    mock = await startMock({ port: 0, stepDelayMs: 20, retries: 1, retryBaseMs: 10, rateLimit: 0 });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: mock.url });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await mock?.close();
    await receiver?.close();
    await failing?.close();
  });

  it('shows an order posted through the API and its deliveries arriving, without a reload', async () => {
    await page.goto(`${mock.url}/`);
    await page.waitForSelector('#connection[data-state="live"]');
    expect(await page.locator('#order-list li').count()).toBe(0);

    // With a near-miss a real shop sends (`callback_url`, singular, observed): taken, and warned.
    const posted = await postJson(`${mock.url}/order`, {
      ...shopOrder({
        id: 'web-1001',
        reference: 'shop-ref-77',
        callbackUrls: [`${receiver.url}/probo`],
      }),
      callback_url: `${receiver.url}/probo`,
    });
    expect(posted.status).toBe(202);

    await page.waitForSelector('#order-list li[data-order="web-1001"]');
    // The whole happy path arrives live: eight delivered deliveries, numbered 1 to 8.
    await page.waitForFunction(
      () => document.querySelectorAll('#deliveries li.delivery.delivered').length === 8,
      undefined,
      { timeout: 20_000 },
    );
    const statuses = await page
      .locator('#deliveries li.delivery')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
    expect(await page.locator('#deliveries .d-num').allTextContents()).toEqual([
      '#1',
      '#2',
      '#3',
      '#4',
      '#5',
      '#6',
      '#7',
      '#8',
    ]);
    expect(await page.locator('#order-status').textContent()).toBe('shipment_delivered');
    expect(
      await page.locator('#order-list li[data-order="web-1001"] .scenario').textContent(),
    ).toBe('happy-path');
    // Creation time, in the list and in the details.
    expect(
      await page
        .locator('#order-list li[data-order="web-1001"] time.created')
        .getAttribute('datetime'),
    ).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await page.locator('#order-meta').textContent()).toContain('Created');
  });

  it('shows the warnings the mock took the post with, pointing into the post', async () => {
    const box = page.locator('#order-warnings');
    await box.waitFor();
    expect(await box.locator('code.pointer').textContent()).toBe('/callback_url');
    expect(await box.textContent()).toContain('callback_url (singular) is not a Probo field');
    expect(await box.textContent()).toContain('1 warning on this order');
    expect(await page.locator('#order-list li[data-order="web-1001"] .warned').textContent()).toBe(
      '⚠ 1 warning',
    );
    await page.selectOption('#order-filter', 'warnings');
    expect(await page.locator('#order-list li').count()).toBe(1);
    await page.selectOption('#order-filter', '');
  });

  it('opens a delivery to the method, URL, headers and bodies of the request and the answer', async () => {
    const accepted = page.locator('#deliveries li.delivery[data-status="accepted"]');
    await accepted.locator('summary').first().click();
    const attempt = accepted.locator('li[data-attempt="1"]');
    expect(await attempt.locator('code.method').textContent()).toBe('POST');
    expect(await attempt.locator('code.url.full').textContent()).toBe(`${receiver.url}/probo`);
    const request = await attempt.locator('pre.request-body').textContent();
    expect(JSON.parse(request!)).toMatchObject({ status: 'accepted', order: { id: 'web-1001' } });
    expect(await attempt.locator('pre.request-headers').textContent()).toContain(
      'content-type: application/json',
    );
    expect(await attempt.locator('.response .line').textContent()).toContain('HTTP 200');
    expect(await attempt.locator('pre.response-headers').textContent()).toContain(
      'x-shop-receiver: test-shop',
    );
    expect(await attempt.locator('pre.response-body').textContent()).toContain('"ok": true');
  });

  it('copies a delivery as a curl command that sends the same body to the same URL', async () => {
    const accepted = page.locator('#deliveries li.delivery[data-status="accepted"]');
    const before = receiver.calls.length;
    await accepted.getByRole('button', { name: 'Copy as curl' }).click();
    await accepted.getByText('curl command copied').waitFor();
    const command = await page.evaluate(() => navigator.clipboard.readText());
    expect(command).toMatch(/^curl -X POST '/);
    // Run it as a person would paste it into a shell: the receiver gets the same bytes.
    // Not execFileSync: the receiver answers from this process, whose loop must keep running.
    await promisify(execFile)('bash', [
      '-c',
      `${command} --silent --output /dev/null --max-time 10`,
    ]);
    const calls = await receiver.waitFor(before + 1);
    expect(calls[before]!.json).toMatchObject({ status: 'accepted', order: { id: 'web-1001' } });
    await accepted.getByRole('button', { name: 'Copy body' }).click();
    const body = await page.evaluate(() => navigator.clipboard.readText());
    expect(calls[before]!.body).toBe(body);
  });

  it('resends a delivery: the receiver gets the body again, journaled as the next attempt', async () => {
    const accepted = page.locator('#deliveries li.delivery[data-status="accepted"]');
    const before = receiver.calls.length;
    await accepted.getByRole('button', { name: 'Resend' }).click();
    const calls = await receiver.waitFor(before + 1);
    expect((calls[before]!.json as { status: string }).status).toBe('accepted');
    await accepted.locator('li[data-attempt="2"]').waitFor();
    expect(await accepted.locator('li[data-attempt="2"] .tag').first().textContent()).toBe(
      'resent',
    );
    expect(await accepted.locator('.d-attempts').textContent()).toBe('2 attempts (1 resent)');
    // Still one delivery per step: the count did not grow.
    expect(await page.locator('#delivery-count').textContent()).toBe('8');
    const journal = (await getJson(`${mock.url}/__mock/deliveries?order=web-1001&status=accepted`))
      .body as { deliveries: Array<{ deliveryId: string; attempt: number; resend?: boolean }> };
    expect(journal.deliveries.map((d) => [d.attempt, d.resend ?? false])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(new Set(journal.deliveries.map((d) => d.deliveryId)).size).toBe(1);
  });

  it('delivers a status pushed from the UI to the receiver', async () => {
    const before = receiver.calls.length;
    await page.selectOption('#push-status', 'shipment_delayed');
    await page.click('#push-button');
    const calls = await receiver.waitFor(before + 1);
    expect((calls[before]!.json as { status: string; order: { id: string } }).status).toBe(
      'shipment_delayed',
    );
    await page.waitForSelector('#deliveries li.delivery[data-status="shipment_delayed"]');
    expect(await page.locator('#control-result').textContent()).toBe(
      'pushed shipment_delayed to 1 URL',
    );
  });

  it('groups the retries of a failing delivery under it and filters the deliveries to failed ones', async () => {
    await postJson(
      `${mock.url}/order`,
      shopOrder({
        id: 'web-1002',
        callbackUrls: [
          `${failing.url}/probo`,
          `${receiver.url}/callbacks/probo/a/rather/long/path/for/the/shop?token=abcdef&shop=my-shop`,
        ],
      }),
    );
    await page.locator('#order-list li[data-order="web-1002"] button').click();
    await page.waitForSelector('#deliveries li.delivery.failed', { timeout: 20_000 });
    expect(await page.locator('#order-list li[data-order="web-1002"].has-failed').count()).toBe(1);
    const first = page.locator('#deliveries li.delivery.failed').first();
    // retries: 1 → two attempts, both inside the one delivery.
    expect(await first.locator('.d-attempts').textContent()).toBe('2 attempts');
    await first.locator('summary').first().click();
    expect(await first.locator('ol.attempts > li').count()).toBe(2);
    await page.check('#failed-only');
    const outcomes = await page
      .locator('#deliveries li.delivery')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(new Set(outcomes)).toEqual(new Set(['failed']));
    await page.uncheck('#failed-only');
  });

  it('finds orders by id, reference, status and callback URL, and says when none matches', async () => {
    await page.waitForFunction(() => document.querySelectorAll('#order-list li').length === 2);
    const shown = (): Promise<string[]> =>
      page
        .locator('#order-list li')
        .evaluateAll((l) => l.map((li) => li.getAttribute('data-order')!));
    await page.fill('#order-search', 'shop-ref-77');
    expect(await shown()).toEqual(['web-1001']);
    await page.fill('#order-search', failing.url.replace('http://', ''));
    expect(await shown()).toEqual(['web-1002']);
    await page.fill('#order-search', '1002');
    expect(await shown()).toEqual(['web-1002']);
    await page.fill('#order-search', 'no-such-order');
    expect(await shown()).toEqual([]);
    expect(await page.locator('#no-order-match').isVisible()).toBe(true);
    await page.fill('#order-search', '');
    await page.selectOption('#order-filter', 'failed');
    expect(await shown()).toEqual(['web-1002']);
    await page.selectOption('#order-filter', 'canceled');
    expect(await shown()).toEqual([]);
    expect(await page.locator('#no-order-match').isVisible()).toBe(true);
    await page.selectOption('#order-filter', 'shipment_delivered');
    expect((await shown()).sort()).toEqual(['web-1001', 'web-1002']);
    await page.selectOption('#order-filter', '');
    expect((await shown()).sort()).toEqual(['web-1001', 'web-1002']);
  });

  it('is usable with the keyboard: orders, deliveries and their attempts open with Enter', async () => {
    await page.locator('#order-list li[data-order="web-1001"] button').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#order-title').textContent()).toBe('web-1001');
    const summary = page.locator(
      '#deliveries li.delivery[data-status="logistics"] > details > summary',
    );
    await summary.focus();
    const outline = await summary.evaluate((s) => getComputedStyle(s).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(
      await page
        .locator('#deliveries li.delivery[data-status="logistics"] > details')
        .getAttribute('open'),
    ).not.toBeNull();
    await page.keyboard.press('Enter');
    expect(
      await page
        .locator('#deliveries li.delivery[data-status="logistics"] > details')
        .getAttribute('open'),
    ).toBeNull();
  });

  it.each(SIZES)(
    'fits at $width px: nothing sticks out unmarked, identifiers whole, no serious axe violation',
    async ({ width, height }) => {
      const sized = await context.newPage();
      try {
        await sized.setViewportSize({ width, height });
        await sized.goto(`${mock.url}/#order=web-1002`);
        await sized.waitForSelector('#deliveries li.delivery.failed');
        const failed = sized.locator('#deliveries li.delivery.failed').first();
        await failed.locator('summary').first().click();
        const long = sized.locator('#deliveries li.delivery.delivered[data-status="queued"]');
        await long.locator('summary').first().click();
        expect(await overflows(sized)).toEqual([]);
        expect(
          await brokenIdentifiers(sized, ['.order-id', '.d-status code', '#order-title']),
        ).toEqual([]);
        expect(await seriousA11yViolations(sized)).toEqual([]);
        await sized.screenshot({ path: join(artifacts, `inspector-${width}.png`), fullPage: true });
      } finally {
        await sized.close();
      }
    },
  );

  it('on a phone, choosing an order scrolls to it', async () => {
    const phone = await context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${mock.url}/`);
      await phone.waitForSelector('#order-list li[data-order="web-1001"]');
      expect(await phone.evaluate(() => window.scrollY)).toBe(0);
      await phone.locator('#order-list li[data-order="web-1002"] button').click();
      const title = await phone.locator('#order-title').boundingBox();
      expect(title!.y).toBeGreaterThanOrEqual(0);
      expect(title!.y).toBeLessThan(844);
      expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await phone.evaluate(() => document.activeElement?.id)).toBe('order-title');
    } finally {
      await phone.close();
    }
  });

  it('resets only after the confirmation, and then shows no orders', async () => {
    await page.click('#reset-button');
    expect(await page.locator('#reset-confirm').isVisible()).toBe(true);
    await page.click('#reset-no');
    expect(await page.locator('#reset-confirm').isVisible()).toBe(false);
    expect(await page.locator('#order-list li').count()).toBe(2);
    await page.click('#reset-button');
    await page.click('#reset-yes');
    await page.waitForFunction(() => document.querySelectorAll('#order-list li').length === 0);
    expect(
      ((await getJson(`${mock.url}/__mock/orders`)).body as { orders: unknown[] }).orders,
    ).toEqual([]);
    expect(await page.locator('#no-orders').isVisible()).toBe(true);
  });
});

describe('the inspector of a --manual mock', () => {
  let mock: RunningMock;
  let receiver: TestReceiver;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
  });
  afterAll(async () => {
    await mock?.close();
    await receiver?.close();
  });

  it('advances a held order one step per click of Advance', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${mock.url}/`);
      await postJson(
        `${mock.url}/order`,
        shopOrder({ id: 'held-1', callbackUrls: [`${receiver.url}/probo`] }),
      );
      await page.waitForSelector('#order-list li[data-order="held-1"]');
      await page.waitForSelector('#advance-button:not([hidden])');
      expect(receiver.calls).toHaveLength(0);
      await page.click('#advance-button');
      const [first] = await receiver.waitFor(1);
      expect((first!.json as { status: string }).status).toBe('queued');
      await page.click('#advance-button');
      const calls = await receiver.waitFor(2);
      expect(statusesOf(receiver).slice(0, 2)).toEqual(['queued', 'accepted']);
      expect(calls).toHaveLength(2);
      await page.waitForSelector('#deliveries li.delivery[data-status="accepted"]');
    } finally {
      await page.close();
    }
  });
});
