import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockEngineOf, startMock, type RunningMock } from '../../src/mock/index.js';
import { launchChromium } from '../support/browser.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver, type TestReceiver } from '../support/mock-receiver.js';

/**
 * What a web page on another origin can make a browser send to the mock: an HTML form post
 * (navigation) and a `fetch(…, {mode: "no-cors"})` with a JSON blob. The pages come from a second
 * server on another port, reached as 127.0.0.1, localhost and 127.0.0.2.
 */

let browser: Browser;
let pages: Server;
let pagesPort: number;
let pagesAlt: Server;
/** The page a test serves next, by path. */
const served = new Map<string, string>();

function pageServer(host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const html = served.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'no such page');
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

beforeAll(async () => {
  browser = await launchChromium();
  pages = await pageServer('127.0.0.1', 0);
  pagesPort = (pages.address() as AddressInfo).port;
  pagesAlt = await pageServer('127.0.0.2', pagesPort);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => pages?.close(r));
  await new Promise((r) => pagesAlt?.close(r));
});

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  await mock?.close();
  await rx?.close();
  context = mock = rx = undefined;
  served.clear();
});

/** A `--manual` mock with order o-1 whose first callback was delivered: something to change. */
async function mockWithOrder(adminToken?: string) {
  rx = await startTestReceiver();
  mock = await startMock({
    port: 0,
    manual: true,
    rateLimit: 0,
    ...(adminToken ? { adminToken } : {}),
  });
  await postJson(`${mock.url}/order`, shopOrder({ id: 'o-1', callbackUrls: [rx.url] }));
  mockEngineOf(mock.server).advance('o-1');
  await rx.waitFor(1);
  await mock.idle();
  const m = mock;
  const delivery = m.journal.query()[0]!.deliveryId;
  const state = () => ({
    orders: m.orders.list().length,
    attempts: m.journal.query().length,
    received: rx!.calls.length,
    faults: m.server.plugins['probo-mock'].shop.faults.list().length,
  });
  return { m, delivery, state };
}

/** A page that posts a form to `action` as soon as it loads. */
function formPage(action: string, enctype = 'application/x-www-form-urlencoded'): string {
  return `<!doctype html><form method="POST" action="${action}" enctype="${enctype}">
<input type="hidden" name="status" value="canceled"></form>
<script>document.forms[0].submit()</script>`;
}

/** A page that fires no-cors fetches with JSON blobs at the mock, then says so in its title. */
function noCorsPage(base: string, delivery: string): string {
  const shots = [
    ['/__mock/orders/o-1/push', { status: 'canceled' }],
    ['/__mock/faults', { route: '/order', answer: '503', times: 1000 }],
    [`/__mock/deliveries/${delivery}/resend`, {}],
    ['/__mock/reset', {}],
  ];
  return `<!doctype html><script>
const shots = ${JSON.stringify(shots)};
Promise.allSettled(shots.map(([path, body]) => fetch(${JSON.stringify(base)} + path, {
  method: 'POST', mode: 'no-cors', credentials: 'include',
  body: new Blob([JSON.stringify(body)], { type: 'application/json' }),
}))).then(() => { document.title = 'fired'; });
</script>`;
}

const ORIGINS = () => [
  `http://127.0.0.1:${pagesPort}`,
  `http://localhost:${pagesPort}`,
  `http://127.0.0.2:${pagesPort}`,
];

describe('a web page on another origin, in Chromium', () => {
  it('cannot reset the mock or resend a delivery with an HTML form post', async () => {
    const { m, delivery, state } = await mockWithOrder();
    const before = state();
    context = await browser.newContext();
    const page = await context.newPage();
    const targets = ['/__mock/reset', `/__mock/deliveries/${delivery}/resend`];
    for (const [i, target] of targets.entries()) {
      for (const enctype of [
        'application/x-www-form-urlencoded',
        'text/plain',
        'multipart/form-data',
      ]) {
        served.set(`/form-${i}`, formPage(`${m.url}${target}`, enctype));
        const answered = page.waitForResponse((r) => r.url() === `${m.url}${target}`);
        await page.goto(`http://127.0.0.1:${pagesPort}/form-${i}`);
        const answer = await answered;
        expect(answer.status(), `${target} ${enctype}`).toBe(403);
        expect(await answer.json()).toMatchObject({
          status: 'error',
          reason: 'cross_site_request',
        });
      }
    }
    await m.idle();
    expect(state()).toEqual(before);
  });

  it('cannot push, install a fault, resend or reset with no-cors fetches from 127.0.0.1, localhost or 127.0.0.2 on another port', async () => {
    const { m, delivery, state } = await mockWithOrder();
    const before = state();
    context = await browser.newContext();
    const page = await context.newPage();
    const seen: number[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(`${m.url}/__mock/`)) seen.push(r.status());
    });
    served.set('/no-cors', noCorsPage(m.url, delivery));
    for (const origin of ORIGINS()) {
      await page.goto(`${origin}/no-cors`);
      await page.waitForFunction(() => document.title === 'fired');
    }
    await m.idle();
    expect(seen).toEqual(Array(12).fill(403));
    expect(state()).toEqual(before);
    // Posts still go through: no fault rule answers them 503.
    expect((await postJson(`${m.url}/order`, shopOrder({ id: 'o-2' }))).status).toBe(202);
  });

  it('cannot use the admin cookie, which the browser does send to the mock from another port', async () => {
    const token = 'adm-browser-1';
    const { m, delivery, state } = await mockWithOrder(token);
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${m.url}/?admin_token=${token}`); // the inspector: sets the cookie
    const before = state();
    // What reached the mock, with the headers the browser really sent.
    const sent: Array<{ cookie: string | undefined; status: number }> = [];
    m.server.events.on('response', (request) => {
      if (request.method === 'post')
        sent.push({
          cookie: request.headers.cookie as string | undefined,
          status: (request.response as { statusCode: number }).statusCode,
        });
    });
    served.set('/no-cors', noCorsPage(m.url, delivery));
    await page.goto(`http://127.0.0.1:${pagesPort}/no-cors`);
    await page.waitForFunction(() => document.title === 'fired');
    await m.idle();
    expect(sent).toHaveLength(4);
    for (const { cookie, status } of sent) {
      expect(cookie).toMatch(/^probo_mock_admin_\d+=/);
      expect(status).toBe(403);
    }
    expect(state()).toEqual(before);
    // The inspector itself, with the same cookie, still changes what it is asked to.
    await page.goto(`${m.url}/`);
    const pushed = await page.evaluate(async () => {
      const answer = await fetch('/__mock/orders/o-1/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'accepted' }),
      });
      return answer.status;
    });
    expect(pushed).toBe(202);
  });

  it('cannot reach the mock under a name that is not its own (DNS rebinding): 421', async () => {
    mock = await startMock({ port: 0 });
    const port = new URL(mock.url).port;
    context = await browser.newContext();
    const page = await context.newPage();
    // Chromium resolves *.localhost to loopback by itself: a stand-in for a rebound name.
    const answer = await page.goto(`http://rebind.localhost:${port}/__mock/health`);
    expect(answer?.status()).toBe(421);
    expect(await answer?.json()).toMatchObject({ status: 'error', reason: 'misdirected_request' });
  });
});
