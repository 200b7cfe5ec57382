import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

const artifacts = join(process.cwd(), 'test/artifacts');
const statusesOf = (r: TestReceiver): unknown[] =>
  r.calls.map((c) => (c.json as { status?: unknown } | undefined)?.status);

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
  let page: Page;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    // A receiver that answers 500 to everything: its deliveries fail after the retries.
    failing = await startTestReceiver(() => ({ status: 500, body: '{"error":"boom"}' }));
    mock = await startMock({ port: 0, stepDelayMs: 20, retries: 1, retryBaseMs: 10, rateLimit: 0 });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await page?.close();
    await mock?.close();
    await receiver?.close();
    await failing?.close();
  });

  it('shows an order posted through the API and its deliveries arriving, without a reload', async () => {
    await page.goto(`${mock.url}/`);
    await page.waitForSelector('#connection[data-state="live"]');
    expect(await page.locator('#order-list li').count()).toBe(0);

    const posted = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'web-1001', callbackUrls: [`${receiver.url}/probo`] }),
    );
    expect(posted.status).toBe(202);

    await page.waitForSelector('#order-list li[data-order="web-1001"]');
    // The whole happy path arrives live: eight delivered rows, the last one delivered.
    await page.waitForFunction(
      () => document.querySelectorAll('#timeline tr.delivery.delivered').length === 8,
      undefined,
      { timeout: 20_000 },
    );
    const statuses = await page
      .locator('#timeline tr.delivery')
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
    expect(await page.locator('#order-status').textContent()).toBe('shipment_delivered');
    expect(
      await page.locator('#order-list li[data-order="web-1001"] .scenario').textContent(),
    ).toBe('happy-path');
    // A row expands to the request body the receiver got and the answer it gave.
    await page.locator('#timeline tr.delivery[data-status="accepted"]').click();
    const request = await page.locator('#timeline pre.request-body').textContent();
    expect(request).toContain('"status": "accepted"');
    expect(request).toContain('"id": "web-1001"');
    expect(await page.locator('#timeline pre.response-body').textContent()).toContain('HTTP 200');
  });

  it('delivers a status pushed from the UI to the receiver', async () => {
    await receiver.waitFor(8);
    await page.selectOption('#push-status', 'shipment_delayed');
    await page.click('#push-button');
    const calls = await receiver.waitFor(9);
    expect((calls[8]!.json as { status: string; order: { id: string } }).status).toBe(
      'shipment_delayed',
    );
    expect((calls[8]!.json as { order: { id: string } }).order.id).toBe('web-1001');
    await page.waitForSelector('#timeline tr.delivery[data-status="shipment_delayed"]');
    expect(await page.locator('#control-result').textContent()).toBe(
      'pushed shipment_delayed to 1 URL',
    );
  });

  it('marks failed deliveries and filters the timeline down to them', async () => {
    await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'web-1002', callbackUrls: [`${failing.url}/probo`] }),
    );
    await page.locator('#order-list li[data-order="web-1002"] button').click();
    await page.waitForSelector('#timeline tr.delivery.failed', { timeout: 20_000 });
    expect(await page.locator('#order-list li[data-order="web-1002"].has-failed').count()).toBe(1);
    await page.check('#failed-only');
    const outcomes = await page
      .locator('#timeline tr.delivery')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(new Set(outcomes)).toEqual(new Set(['failed']));
    await page.uncheck('#failed-only');
    await page.locator('#order-list li[data-order="web-1001"] button').click();
    await page.locator('#timeline tr.delivery[data-status="shipment_in_transit"]').click();
    await page.screenshot({ path: join(artifacts, 'inspector.png'), fullPage: true });
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
      await page.waitForSelector('#timeline tr.delivery[data-status="accepted"]');
    } finally {
      await page.close();
    }
  });
});
