import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/delivery/index.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { getJson, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';
import { overflows } from './layout-checks.js';
import { overlappingText } from './overlap-checks.js';

// One click, one resend: a resend button is disabled, and says so, until its answer comes. The
// page's resend posts are held on their way (a slow mock, as seen from the page), so a second
// click lands while the first is unanswered; the journal then shows how many resends were sent.

const artifacts = join(process.cwd(), 'test/artifacts');
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

let browser: Browser;
let mock: RunningMock;
let receiver: TestReceiver;
let down = true;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // Down while the orders are played (every callback fails), up for the resends.
  receiver = await startTestReceiver(() =>
    down ? { status: 500, body: '{"error":"database is down"}' } : { status: 200 },
  );
  mock = await startMock({ port: 0, stepDelayMs: 5, retries: 0, rateLimit: 0 });
  for (const { width } of WIDTHS)
    for (const id of [`once-one-${width}`, `once-all-${width}`])
      await postJson(`${mock.url}/order`, shopOrder({ id, callbackUrls: [`${receiver.url}/p`] }));
  await mock.idle();
  down = false;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await receiver?.close();
});

/**
 * Holds every resend the page posts until `release()`; `answered()` settles once each held post
 * reached the mock and was answered, so nothing sent is still on its way when the journal is read.
 */
async function holdResends(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const posts: Array<Promise<void>> = [];
  await page.route(/\/resend(-failed)?$/, (route) => {
    const done = gate.then(async () => route.fulfill({ response: await route.fetch() }));
    posts.push(done);
    return done;
  });
  return { posts, release, answered: () => Promise.all(posts) };
}

async function journalOf(key: string): Promise<JournalEntry[]> {
  await mock.idle();
  const answer = await getJson(`${mock.url}/__mock/deliveries?order=${encodeURIComponent(key)}`);
  return (answer.body as { deliveries: JournalEntry[] }).deliveries;
}

describe.each(WIDTHS)('the inspector at $width px: one click, one resend', ({ width, height }) => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Neither the disabled button nor its status line spills over or covers other text. */
  async function expectFits(shot: string) {
    expect(await overflows(page)).toEqual([]);
    expect(await overlappingText(page, '.order-head')).toEqual([]);
    expect(await overlappingText(page, '#deliveries')).toEqual([]);
    await page.screenshot({ path: join(artifacts, `inspector-resend-${shot}-${width}.png`) });
  }

  it("sends a delivery once for a double click on its Resend: the button is disabled and says 'resending…' until the answer", async () => {
    const key = `once-one-${width}`;
    await page.goto(`${mock.url}/#order=${key}`);
    const delivery = page.locator('#deliveries li.delivery[data-status="accepted"]');
    await delivery.locator(':scope > details > summary').click();
    const button = delivery.getByRole('button', { name: 'Resend' });
    const note = delivery.locator('.d-actions .result');
    const held = await holdResends(page);

    await button.dblclick();
    expect(await button.isDisabled()).toBe(true);
    expect(await note.textContent()).toBe('resending…');
    await delivery.scrollIntoViewIfNeeded();
    await expectFits('one-waiting');

    held.release();
    await held.answered();
    await delivery.locator('li[data-attempt="2"]').waitFor();
    expect(await button.isEnabled()).toBe(true);
    // The answer's note, unless the resent attempt came after it (the note goes as it shows).
    expect(await note.textContent()).toMatch(
      /^(resent: the new attempt shows below when answered|resent: attempt 2 below|)$/,
    );
    await expectFits('one-after');

    const accepted = (await journalOf(key)).filter((e) => e.status === 'accepted');
    expect(accepted.map((e) => [e.attempt, e.resend ?? false])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(held.posts).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("sends each failed callback once for a double click on 'Resend failed callbacks'", async () => {
    const key = `once-all-${width}`;
    await page.goto(`${mock.url}/#order=${key}`);
    const button = page.locator('#resend-failed');
    const out = page.locator('#resend-failed-result');
    expect(await button.textContent()).toBe('Resend 8 failed callbacks');
    const held = await holdResends(page);

    await button.dblclick();
    expect(await button.isDisabled()).toBe(true);
    expect(await out.textContent()).toBe('resending…');
    await expectFits('failed-waiting');

    held.release();
    await held.answered();
    await page.getByText('resent 8 callbacks: the new attempts show below when answered').waitFor();
    expect(await button.isEnabled()).toBe(true);
    await page.waitForFunction(
      () => document.querySelectorAll('#deliveries li.delivery.delivered').length === 8,
    );
    await expectFits('failed-after');

    const resends = (await journalOf(key)).filter((e) => e.resend);
    expect(resends).toHaveLength(8);
    expect(new Set(resends.map((e) => e.deliveryId)).size).toBe(8);
    expect(held.posts).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
