import { afterEach, describe, expect, it } from 'vitest';
import { HAPPY_PATH, validateCallback } from '../../src/contract/index.js';
import { startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let cli: RunningCli | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await cli?.stop('SIGKILL');
  await rx?.close();
  cli = undefined;
  rx = undefined;
});

describe('probo-mock serve', () => {
  it('prints the URL it listens on, delivers the happy path to a receiver, and stops cleanly on SIGTERM', async () => {
    rx = await startTestReceiver();
    cli = startCli(['serve', '--port', '0', '--step-delay', '20']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const answer = await postJson(
      `${url}/order`,
      shopOrder({ id: 'cli-1', callbackUrls: [rx.url] }),
    );
    expect(answer.status).toBe(202);
    await rx.waitFor(HAPPY_PATH.length);
    expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([...HAPPY_PATH]);
    expect(rx.calls.every((c) => validateCallback(c.json).valid)).toBe(true);
    await cli.waitFor(/#8 shipment_delivered → 200/);
    expect(await cli.stop('SIGTERM')).toBe(0);
    expect(cli.output()).toContain('probo-mock stopped');
  });

  it('prints the inspector and docs URLs, and both serve their HTML pages there', async () => {
    cli = startCli(['serve', '--port', '0', '--quiet']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const [, inspector] = await cli.waitFor(/^ {2}inspector (\S+)$/m);
    const [, docs] = await cli.waitFor(/^ {2}docs (\S+)$/m);
    expect(inspector).toBe(`${url}/`);
    expect(docs).toBe(`${url}/docs/`);
    for (const page of [inspector!, docs!]) {
      const answer = await fetch(page);
      expect(answer.status, page).toBe(200);
      expect(answer.headers.get('content-type'), page).toMatch(/^text\/html/);
      expect(await answer.text(), page).toMatch(/^<!doctype html>/i);
    }
  });

  it('answers bad posts with 400/401 JSON and keeps serving', async () => {
    cli = startCli(['serve', '--port', '0', '--quiet']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect((await postJson(`${url}/order`, { id: 'x' })).status).toBe(400);
    expect(
      (await postJson(`${url}/order`, { id: 'x' }, { 'content-type': 'application/json' })).status,
    ).toBe(401);
    expect((await postJson(`${url}/order`, shopOrder({ id: 'ok' }))).status).toBe(202);
  });

  it('sends --callback-header with every callback, prints only [redacted] for it, and warns about callback_url', async () => {
    rx = await startTestReceiver();
    cli = startCli([
      'serve',
      '--port',
      '0',
      '--step-delay',
      '5',
      '--callback-header',
      'X-Security-Header: cli-secret-9f',
      '--callback-header',
      'X-Shop: cli-shop-3c',
    ]);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await cli.waitFor(/callback header x-shop: \[redacted\]/);
    await postJson(`${url}/order`, shopOrder({ id: 'cli-hdr', callbackUrls: [rx.url] }));
    await rx.waitFor(HAPPY_PATH.length);
    expect(rx.calls.every((c) => c.headers['x-security-header'] === 'cli-secret-9f')).toBe(true);
    const near = { ...shopOrder({ id: 'cli-near' }), callback_url: [rx.url] };
    expect((await postJson(`${url}/order`, near)).status).toBe(202);
    await cli.waitFor(/warning: order cli-near \/callback_url: callback_url \(singular\)/);
    await cli.waitFor(/#8 shipment_delivered → 200/);
    expect(cli.output()).toContain('callback header x-security-header: [redacted]');
    expect(cli.output()).not.toContain('cli-secret-9f');
    expect(cli.output()).not.toContain('cli-shop-3c');
  });

  it('exits 2 naming --callback-header for a header line without a colon', async () => {
    cli = startCli(['serve', '--port', '0', '--callback-header', 'no colon here']);
    const code = await new Promise<number | null>((resolve) => cli?.child.on('close', resolve));
    expect(code).toBe(2);
    expect(cli.output()).toMatch(/--callback-header must look like "Name: value"/);
  });

  it('exits 2 with one line for a bad scenarios folder', async () => {
    cli = startCli(['serve', '--port', '0', '--scenarios', '/no/such/dir']);
    const code = await new Promise<number | null>((resolve) => cli?.child.on('close', resolve));
    expect(code).toBe(2);
    expect(cli.output()).toMatch(/^probo-mock: \/no\/such\/dir: cannot read scenario folder/m);
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the flag for a bad option value', async () => {
    cli = startCli(['serve', '--port', '0', '--step-delay', '-5']);
    const code = await new Promise<number | null>((resolve) => cli?.child.on('close', resolve));
    expect(code).toBe(2);
    expect(cli.output()).toContain(
      'probo-mock: --step-delay must be an integer of 0 or more (got "-5")',
    );
  });

  it('takes --max-pending: a post past it gets 503 and serve prints a pending-limit line', async () => {
    cli = startCli([
      'serve',
      '--port',
      '0',
      '--quiet',
      '--max-pending',
      '10',
      '--step-delay',
      '60000',
    ]);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    // happy-path to 2 URLs: 16 deliveries, past the bound of 10 (nothing is sent: port 9 and a
    // one-minute step delay).
    const urls = ['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b'];
    const refused = await postJson(
      `${url}/order`,
      shopOrder({ id: 'too-much', callbackUrls: urls }),
    );
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    await cli.waitFor(
      /pending-limit: order posts get 503: 0 deliveries are not yet made, the bound is 10 \(--max-pending\)/,
    );
  });

  it('exits 2 naming --order-limit for a value below 1', async () => {
    cli = startCli(['serve', '--port', '0', '--order-limit', '0']);
    const code = await new Promise<number | null>((resolve) => cli?.child.on('close', resolve));
    expect(code).toBe(2);
    expect(cli.output()).toMatch(/--order-limit must be an integer of 1 or more \(got "0"\)/);
  });
});
