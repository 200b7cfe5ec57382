import { afterEach, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

const CONFIGURE = {
  products: [
    {
      code: 'dibond',
      options: [
        { code: 'width', value: 84 },
        { code: 'height', value: 59 },
        { code: 'dibond-3mm' },
      ],
    },
  ],
};

let mock: RunningMock | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await mock?.close();
  await rx?.close();
  mock = undefined;
  rx = undefined;
});

describe('--allow-callback-host on every route that takes a callback URL', () => {
  it('refuses an uploader session whose callback_url is on another host, and sends it nothing', async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, rateLimit: 0, allowCallbackHosts: ['shop.example'] });
    const configured = await postJson(`${mock.url}/products/configure`, CONFIGURE);
    const calculation = (configured.body as { calculation_id: number }).calculation_id;
    const refused = await postJson(`${mock.url}/products/uploader/create`, {
      calculation_id: calculation,
      callback_url: `${rx.url}/uploads`,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      status: 'error',
      reason: 'callback_host_not_allowed',
      errors: [{ pointer: '/callback_url', message: expect.stringContaining('shop.example') }],
    });
    const sessions = (await (await fetch(`${mock.url}/__mock/uploaders`)).json()) as {
      sessions: unknown[];
    };
    expect(sessions.sessions).toEqual([]);
    // On an allowed host it is taken.
    const taken = await postJson(`${mock.url}/products/uploader/create`, {
      calculation_id: calculation,
      callback_url: 'https://shop.example/uploads',
    });
    expect(taken.status).toBe(200);
    expect(rx.calls).toEqual([]);
  });

  it('matches IPv6 patterns, bracketed with a port or bare, on orders and uploader sessions alike', async () => {
    mock = await startMock({
      port: 0,
      rateLimit: 0,
      manual: true,
      allowCallbackHosts: ['[::1]:9999', '0:0:0:0:0:0:0:2', 'shop.example:80'],
    });
    const order = (id: string, url: string) =>
      postJson(`${mock!.url}/order`, shopOrder({ id, callbackUrls: [url] }));
    expect((await order('v6-1', 'http://[::1]:9999/cb')).status).toBe(202);
    expect((await order('v6-2', 'http://[::2]:1234/cb')).status).toBe(202);
    expect((await order('v6-3', 'http://[0::2]/cb')).status).toBe(202);
    expect((await order('v6-4', 'http://shop.example/cb')).status).toBe(202);
    for (const [id, url] of [
      ['v6-5', 'http://[::1]:9998/cb'],
      ['v6-6', 'http://[::1]/cb'],
      ['v6-7', 'http://[::3]:9999/cb'],
      ['v6-8', 'https://shop.example/cb'],
    ] as const) {
      const refused = await order(id, url);
      expect(refused.status, url).toBe(400);
      expect(refused.body).toMatchObject({ reason: 'callback_host_not_allowed' });
    }
    const configured = await postJson(`${mock.url}/products/configure`, CONFIGURE);
    const calculation = (configured.body as { calculation_id: number }).calculation_id;
    const upload = (callback_url: string) =>
      postJson(`${mock!.url}/products/uploader/create`, {
        calculation_id: calculation,
        callback_url,
      });
    expect((await upload('http://[::1]:9999/u')).status).toBe(200);
    expect((await upload('http://127.0.0.1:9999/u')).status).toBe(400);
  });
});
