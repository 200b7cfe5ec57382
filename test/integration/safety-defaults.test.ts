import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceiver, formatReport } from '../../src/conformance/index.js';
import { attemptLine } from '../../src/cli/format/attempt-line.js';
import { createMockServer, startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

describe('safe defaults', () => {
  it('listens on 127.0.0.1 unless told otherwise', async () => {
    mock = await startMock({ port: 0 });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.server.info.address).toBe('127.0.0.1');
  });

  it('refuses a non-loopback address without an admin token, and accepts it with one', async () => {
    await expect(createMockServer({ port: 0, host: '0.0.0.0' })).rejects.toThrow(
      /refusing to listen on 0\.0\.0\.0 without --admin-token/,
    );
    await expect(createMockServer({ port: 0, host: '::' })).rejects.toThrow(/--admin-token/);
    const server = await createMockServer({ port: 0, host: '0.0.0.0', adminToken: 't0ken' });
    await server.stop();
  });

  describe('with an admin token', () => {
    const token = 'adm-8c1f2e';

    it('answers 401 JSON on the admin API and the inspector without the token', async () => {
      mock = await startMock({ port: 0, adminToken: token });
      for (const path of ['/__mock/health', '/__mock/orders', '/__mock/deliveries', '/']) {
        const res = await fetch(`${mock.url}${path}`);
        expect(res.status, path).toBe(401);
        expect(await res.json()).toMatchObject({ status: 'error', reason: 'admin_token_required' });
      }
      const reset = await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
      expect(reset.status).toBe(401);
      const wrong = await fetch(`${mock.url}/__mock/health`, {
        headers: { 'x-probo-mock-admin-token': 'adm-8c1f2f' },
      });
      expect(wrong.status).toBe(401);
    });

    it('lets the token in by header, by bearer, and by the cookie a browser gets from ?admin_token=', async () => {
      mock = await startMock({ port: 0, adminToken: token });
      const byHeader = await fetch(`${mock.url}/__mock/health`, {
        headers: { 'x-probo-mock-admin-token': token },
      });
      expect(byHeader.status).toBe(200);
      const byBearer = await fetch(`${mock.url}/__mock/health`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(byBearer.status).toBe(200);
      const opened = await fetch(`${mock.url}/?admin_token=${token}`, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe('/');
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] as string;
      expect(cookie).toMatch(/^probo_mock_admin_\d+=/);
      const page = await fetch(`${mock.url}/`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    });

    it("leaves Probo's own routes to the API key: orders are still taken", async () => {
      mock = await startMock({ port: 0, adminToken: token, manual: true });
      const answer = await postJson(`${mock.url}/order`, shopOrder({ id: 'with-admin-token' }));
      expect(answer.status).toBe(202);
    });
  });

  it('answers 413 JSON on every route that takes a body when the body is over its limit', async () => {
    mock = await startMock({ port: 0, manual: true, maxBodyBytes: 16 * 1024 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'big-body' }));
    const big = JSON.stringify({ pad: 'x'.repeat(128 * 1024) });
    const routes = mock.server
      .table()
      .filter((r) => r.method === 'post')
      .map((r) => r.path.replace(/\{id\}/, 'big-body'));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const path of routes) {
      const res = await fetch(`${mock.url}${path}`, {
        method: 'POST',
        headers: AUTH,
        body: big,
      });
      expect(res.status, path).toBe(413);
      expect(await res.json(), path).toMatchObject({ status: 'error' });
    }
  });

  it('refuses callback URLs that are not http or https, naming each one', async () => {
    mock = await startMock({ port: 0, manual: true });
    const urls = [
      'ftp://shop.example/cb',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'gopher://shop.example/',
      '//shop.example/cb',
      'HTTP://shop.example/cb',
    ];
    const answer = await postJson(
      `${mock.url}/order`,
      shopOrder({ id: 'bad-schemes', callbackUrls: urls }),
    );
    expect(answer.status).toBe(400);
    const pointers = (answer.body as { errors: Array<{ pointer: string }> }).errors.map(
      (e) => e.pointer,
    );
    for (let i = 0; i < urls.length; i++) expect(pointers).toContain(`/callback_urls/${i}`);
    expect(mock.orders.list()).toEqual([]);
  });

  it('with allowed callback hosts, accepts those and refuses any other, naming it', async () => {
    mock = await startMock({
      port: 0,
      manual: true,
      allowCallbackHosts: ['shop.example', '*.trusted.example'],
    });
    const ok = await postJson(
      `${mock.url}/order`,
      shopOrder({
        id: 'allowed',
        callbackUrls: ['https://shop.example/cb', 'https://api.trusted.example/probo'],
      }),
    );
    expect(ok.status).toBe(202);
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'https://shop.example.evil.example/cb',
      'https://trusted.example/cb',
      'http://127.0.0.1:22/',
    ]) {
      const refused = await postJson(
        `${mock.url}/order`,
        shopOrder({ id: 'refused', callbackUrls: ['https://shop.example/cb', url] }),
      );
      expect(refused.status, url).toBe(400);
      expect(refused.body).toMatchObject({
        status: 'error',
        reason: 'callback_host_not_allowed',
        errors: [{ pointer: '/callback_urls/1' }],
      });
    }
    expect(mock.orders.list().map((o) => o.id)).toEqual(['allowed']);
  });

  describe('secrets stay out of the journal, the logs and the reports', () => {
    const SECRETS = ['sk-live-41f9', 'step-bearer-77aa', 'shop-key-0c3d', 'pw-9e9e', 'hdr-5b5b'];

    it('redacts credential headers of scenario steps in the journal and in printed lines', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'probo-mock-secrets-'));
      try {
        writeFileSync(
          join(dir, 'signed.json'),
          JSON.stringify({
            name: 'signed',
            description: 'Sends credentials with every callback',
            steps: [
              {
                status: 'accepted',
                headers: {
                  Authorization: `Bearer ${SECRETS[1]}`,
                  'X-Shop-Key': SECRETS[2] as string,
                },
              },
            ],
          }),
        );
        rx = await startTestReceiver();
        mock = await startMock({
          port: 0,
          apiKey: SECRETS[0] as string,
          scenariosDir: dir,
          stepDelayMs: 0,
        });
        const printed: string[] = [];
        mock.journal.subscribe((entry) => printed.push(attemptLine(entry)));
        const callback = rx.url.replace('http://', `http://probo:${SECRETS[3]}@`);
        const answer = await postJson(
          `${mock.url}/order`,
          shopOrder({ id: 'signed', callbackUrls: [callback] }),
          { ...AUTH, authorization: `Bearer ${SECRETS[0]}`, 'x-probo-mock-scenario': 'signed' },
        );
        expect(answer.status).toBe(202);
        await mock.idle();
        // The receiver gets them: they are real headers...
        expect(rx.calls[0]?.headers.authorization).toBe(`Bearer ${SECRETS[1]}`);
        // ...but the mock keeps and prints none of them.
        const journal = JSON.stringify(mock.journal.query());
        const admin = await (await fetch(`${mock.url}/__mock/orders/signed`)).text();
        for (const secret of SECRETS.slice(0, 3)) {
          expect(journal).not.toContain(secret);
          expect(admin).not.toContain(secret);
          expect(printed.join('\n')).not.toContain(secret);
        }
        expect(printed.join('\n')).not.toContain(SECRETS[3]);
        expect(mock.journal.query()[0]?.requestHeaders['x-shop-key']).toBe('[redacted]');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('keeps --header values out of every verify report format', async () => {
      rx = await startTestReceiver();
      const report = await verifyReceiver({
        target: rx.url,
        only: ['accepts-every-status', 'rejects-malformed-body'],
        headers: { 'X-Shared': SECRETS[4] as string, Authorization: `Bearer ${SECRETS[1]}` },
        timeoutMs: 2_000,
        seed: 1,
      });
      expect(rx.calls.some((c) => c.headers['x-shared'] === SECRETS[4])).toBe(true);
      for (const format of ['pretty', 'json', 'junit', 'markdown', 'html'] as const) {
        const text = formatReport(report, format);
        expect(text, format).not.toContain(SECRETS[4]);
        expect(text, format).not.toContain(SECRETS[1]);
      }
    });
  });
});
