import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { mockEngineOf, openOrderStore, startMock } from '../../src/mock/index.js';
import type { MockOptions, RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A request with any headers (Host and Origin too, which fetch would not let a test set). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function expectProboError(answer: RawAnswer, status: number, reason: string): void {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ status: 'error', reason });
  expect(validateWith(schemaId('api/error-answer'), answer.body).valid).toBe(true);
}

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

/** A mock holding one `--manual` order with one delivery made, and what the tests change. */
async function mockWithOrder(options: MockOptions = {}) {
  rx = await startTestReceiver();
  mock = await startMock({ port: 0, manual: true, rateLimit: 0, ...options });
  const m = mock;
  expect(
    (await postJson(`${m.url}/order`, shopOrder({ id: 'o-1', callbackUrls: [rx.url] }))).status,
  ).toBe(202);
  mockEngineOf(m.server).advance('o-1'); // the queued callback
  await rx.waitFor(1);
  await m.idle();
  const delivery = m.journal.query()[0]!.deliveryId;
  const state = () => ({
    orders: m.orders.list().length,
    attempts: m.journal.query().length,
    received: rx!.calls.length,
  });
  return { m, delivery, state };
}

/** Every state-changing admin route, with a JSON body it takes. */
function changes(delivery: string): Array<{ method: string; path: string; json?: unknown }> {
  return [
    { method: 'POST', path: '/__mock/reset' },
    { method: 'POST', path: `/__mock/deliveries/${delivery}/resend` },
    { method: 'POST', path: '/__mock/orders/o-1/push', json: { status: 'canceled' } },
    { method: 'POST', path: '/__mock/orders/o-1/advance' },
    { method: 'POST', path: '/__mock/orders/o-1/resend-failed' },
    {
      method: 'POST',
      path: '/__mock/faults',
      json: { route: '/order', answer: '503', times: 1000 },
    },
    { method: 'DELETE', path: '/__mock/faults' },
  ];
}

const FORM_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'text/plain;charset=UTF-8',
];

describe('state-changing admin requests another web page could send', () => {
  it('refuses each of them with 403 in Probo shape when it carries a foreign Origin, changing nothing', async () => {
    const { m, delivery, state } = await mockWithOrder();
    const before = state();
    const origins = ['http://evil.example', 'http://127.0.0.1:1', 'http://localhost:4010', 'null'];
    for (const { method, path, json } of changes(delivery)) {
      for (const origin of origins) {
        const answer = await raw(`${m.url}${path}`, {
          method,
          headers: { origin, 'content-type': 'application/json' },
          ...(json ? { body: JSON.stringify(json) } : {}),
        });
        expectProboError(answer, 403, 'cross_site_request');
        expect((answer.body as { message: string }).message).toContain('another origin');
      }
    }
    await m.idle();
    expect(state()).toEqual(before);
    expect((await (await fetch(`${m.url}/__mock/faults`)).json()) as unknown).toEqual({
      rules: [],
    });
  });

  it('refuses each of them with a form or plain-text content type, even with no Origin and an empty body', async () => {
    const { m, delivery, state } = await mockWithOrder();
    const before = state();
    for (const { method, path, json } of changes(delivery)) {
      for (const type of FORM_TYPES) {
        for (const body of ['', json ? JSON.stringify(json) : 'status=canceled']) {
          const answer = await raw(`${m.url}${path}`, {
            method,
            headers: { 'content-type': type },
            body,
          });
          expectProboError(answer, 403, 'cross_site_request');
        }
      }
    }
    // A page's fetch with Sec-Fetch-Site from another site, whatever it sends.
    const site = await raw(`${m.url}/__mock/reset`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-site' },
    });
    expectProboError(site, 403, 'cross_site_request');
    await m.idle();
    expect(state()).toEqual(before);
  });

  it('takes JSON without an Origin (curl), JSON with its own Origin (the inspector) and no body at all', async () => {
    const { m, delivery, state } = await mockWithOrder();
    const push = await raw(`${m.url}/__mock/orders/o-1/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"accepted"}',
    });
    expect(push.status).toBe(202);
    const own = await raw(`${m.url}/__mock/orders/o-1/push`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: m.url,
        'sec-fetch-site': 'same-origin',
      },
      body: '{"status":"in_production"}',
    });
    expect(own.status).toBe(202);
    expect(
      (await raw(`${m.url}/__mock/deliveries/${delivery}/resend`, { method: 'POST' })).status,
    ).toBe(202);
    await m.idle();
    expect(state().received).toBe(4);
    const reset = await raw(`${m.url}/__mock/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBe(200);
    expect(state().orders).toBe(0);
  });

  it('lets a request with the admin token in a header through whatever its Origin and content type', async () => {
    const token = 'adm-x1';
    const { m, state } = await mockWithOrder({ adminToken: token });
    for (const headers of [
      { 'x-probo-mock-admin-token': token },
      { authorization: `Bearer ${token}` },
    ]) {
      const answer = await raw(`${m.url}/__mock/faults`, {
        method: 'DELETE',
        headers: { ...headers, origin: 'http://evil.example', 'content-type': 'text/plain' },
      });
      expect(answer.status).toBe(200);
    }
    const reset = await raw(`${m.url}/__mock/reset`, {
      method: 'POST',
      headers: { 'x-probo-mock-admin-token': token, origin: 'http://evil.example' },
    });
    expect(reset.status).toBe(200);
    expect(state().orders).toBe(0);
  });

  it("takes the admin cookie only with the mock's own Origin, and only at the port that set it", async () => {
    const token = 'adm-x2';
    const { m, state } = await mockWithOrder({ adminToken: token });
    const opened = await raw(`${m.url}/?admin_token=${token}`);
    expect(opened.status).toBe(303);
    const setCookie = String(opened.headers['set-cookie']);
    const port = new URL(m.url).port;
    expect(setCookie).toMatch(
      new RegExp(`^probo_mock_admin_${port}=[\\w-]+; Path=/; HttpOnly; SameSite=Strict$`),
    );
    const cookie = setCookie.split(';')[0]!;
    expect(cookie).not.toContain(token);
    // A page on another port of this host: the browser sends the cookie (SameSite ignores ports).
    for (const origin of [`http://127.0.0.1:${Number(port) + 1}`, undefined]) {
      const answer = await raw(`${m.url}/__mock/reset`, {
        method: 'POST',
        headers: { cookie, ...(origin ? { origin } : {}) },
      });
      expectProboError(answer, 403, 'cross_site_request');
    }
    expect(state().orders).toBe(1);
    // Reads with the cookie work (another origin cannot read them: no CORS), and so does the
    // inspector's own request.
    expect((await raw(`${m.url}/__mock/health`, { headers: { cookie } })).status).toBe(200);
    const own = await raw(`${m.url}/__mock/reset`, {
      method: 'POST',
      headers: { cookie, origin: m.url },
    });
    expect(own.status).toBe(200);
    expect(state().orders).toBe(0);
    // The same token on another port: this cookie is not that mock's.
    const other = await startMock({ port: 0, adminToken: token });
    try {
      const renamed = cookie.replace(`_${port}=`, `_${new URL(other.url).port}=`);
      expect(
        (await raw(`${other.url}/__mock/health`, { headers: { cookie: renamed } })).status,
      ).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('refuses an uploader confirm from another origin, leaving the session open', async () => {
    mock = await startMock({ port: 0, rateLimit: 0 });
    const order = shopOrder({ id: 'up-1' });
    delete order.products[0]!.files;
    order.products[0]!.uploader = true;
    const posted = await postJson(`${mock.url}/order`, order);
    const { id, url } = (posted.body as { uploaders: Array<{ id: number; url: string }> })
      .uploaders[0]!;
    const token = new URL(url).searchParams.get('token')!;
    const body = JSON.stringify({ token, file_name: 'x.pdf' });
    for (const headers of [
      { origin: 'http://evil.example', 'content-type': 'application/json' },
      { 'content-type': 'text/plain' },
    ]) {
      const answer = await raw(`${mock.url}/uploader/${id}/confirm`, {
        method: 'POST',
        headers,
        body,
      });
      expectProboError(answer, 403, 'cross_site_request');
    }
    const session = (await (
      await fetch(url, { headers: { accept: 'application/json' } })
    ).json()) as { status: string };
    expect(session.status).toBe('open');
  });

  it('cannot be framed: the inspector forbids every frame ancestor', async () => {
    mock = await startMock({ port: 0 });
    const page = await raw(`${mock.url}/`);
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});

describe('delivery ids', () => {
  it('are random, not a sequence: dlv_1 names nothing and no id follows from another', async () => {
    const { m } = await mockWithOrder();
    await postJson(`${m.url}/order`, shopOrder({ id: 'o-2', callbackUrls: [rx!.url] }));
    mockEngineOf(m.server).advance('o-2');
    await rx!.waitFor(2);
    await m.idle();
    const ids = [...new Set(m.journal.query().map((e) => e.deliveryId))];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^dlv_[A-Za-z0-9_-]{12}$/);
    for (const guess of ['dlv_1', 'dlv_2', 'dlv_0']) {
      const answer = await raw(`${m.url}/__mock/deliveries/${guess}/resend`, { method: 'POST' });
      expectProboError(answer, 404, 'unknown_delivery');
    }
  });
});

describe('a delivery sent again after a restart', () => {
  it('keeps its random id: the journal shows its attempts before and after under one id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-ids-'));
    const file = join(dir, 'mock.db');
    // A receiver that answers 503 until told otherwise: the delivery stays pending.
    let up = false;
    rx = await startTestReceiver(() => (up ? { status: 200 } : { status: 503 }));
    try {
      const first = await startMock({
        port: 0,
        rateLimit: 0,
        manual: true,
        retries: 50,
        retryBaseMs: 60_000,
        store: await openOrderStore(`sqlite:${file}`),
      });
      await postJson(`${first.url}/order`, shopOrder({ id: 'keep-id', callbackUrls: [rx.url] }));
      mockEngineOf(first.server).advance('keep-id');
      await rx.waitFor(1);
      // Journaled once answered (503: to be retried in a minute).
      for (let i = 0; i < 200 && first.journal.query().length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const before = first.journal.query({ orderKey: 'keep-id' });
      await first.close();
      expect(before).toHaveLength(1);
      const id = before[0]!.deliveryId;
      expect(id).toMatch(/^dlv_[A-Za-z0-9_-]{12}$/);
      up = true;
      mock = await startMock({
        port: 0,
        rateLimit: 0,
        manual: true,
        store: await openOrderStore(`sqlite:${file}`),
      });
      await rx.waitFor(2);
      await mock.idle();
      const after = mock.journal.query({ orderKey: 'keep-id' });
      expect(after.map((e) => [e.deliveryId, e.outcome])).toEqual([
        [id, 'retrying'],
        [id, 'delivered'],
      ]);
    } finally {
      await mock?.close();
      mock = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Host header (DNS rebinding)', () => {
  const routes = ['/__mock/health', '/', '/docs/', '/inspector/inspector.js', '/order', '/nope'];

  it("answers 421 in Probo shape on every route to a Host that is not the mock's", async () => {
    mock = await startMock({ port: 0 });
    const port = new URL(mock.url).port;
    for (const host of [
      `evil.example:${port}`,
      `rebind.attacker.test`,
      `127.0.0.2:${port}`,
      `[::1]:${port}`,
    ]) {
      for (const path of routes) {
        const answer = await raw(`${mock.url}${path}`, {
          method: path === '/order' ? 'POST' : 'GET',
          headers: { host, authorization: 'Bearer k', 'content-type': 'application/json' },
          ...(path === '/order' ? { body: JSON.stringify(shopOrder({ id: 'h-1' })) } : {}),
        });
        expectProboError(answer, 421, 'misdirected_request');
        expect((answer.body as { message: string }).message).toContain('--allow-host');
      }
    }
    expect(mock.orders.list()).toHaveLength(0);
  });

  it('answers the bound address, localhost, 127.0.0.1 and each --allow-host name', async () => {
    mock = await startMock({ port: 0, allowHosts: ['mock.test', '[::1]'] });
    const port = new URL(mock.url).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      'LOCALHOST',
      `mock.test:${port}`,
      `[::1]:${port}`,
    ]) {
      expect((await raw(`${mock.url}/__mock/health`, { headers: { host } })).status, host).toBe(
        200,
      );
    }
    expect(
      (await raw(`${mock.url}/__mock/health`, { headers: { host: 'other.test' } })).status,
    ).toBe(421);
  });
});
