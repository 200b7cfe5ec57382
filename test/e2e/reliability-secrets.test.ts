import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

const API_KEY = 'sk-live-aa11bb22';
const ADMIN_TOKEN = 'adm-cc33dd44';
const PASSWORD = 'pw-ee55ff66';
const HEADER_SECRET = 'hs-7788gg';

let cli: RunningCli | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await cli?.stop('SIGKILL');
  await rx?.close();
  cli = undefined;
  rx = undefined;
});

describe('secrets never appear in what the CLI prints', () => {
  it('serve prints no API key, admin token or callback URL password', async () => {
    rx = await startTestReceiver();
    cli = startCli([
      'serve',
      '--port',
      '0',
      '--step-delay',
      '0',
      '--api-key',
      API_KEY,
      '--admin-token',
      ADMIN_TOKEN,
    ]);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const callback = rx.url.replace('http://', `http://shop:${PASSWORD}@`);
    const answer = await postJson(
      `${url}/order`,
      shopOrder({ id: 'quiet-secrets', callbackUrls: [callback] }),
      { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(202);
    await cli.waitFor(/#8 shipment_delivered → 200/);
    const wrongKey = await postJson(`${url}/order`, shopOrder({ id: 'x' }), {
      authorization: 'Bearer wrong',
      'content-type': 'application/json',
    });
    expect(wrongKey.text).not.toContain(API_KEY);
    expect(await cli.stop('SIGTERM')).toBe(0);
    const printed = cli.output();
    expect(printed).toContain('[redacted]@');
    for (const secret of [API_KEY, ADMIN_TOKEN, PASSWORD]) expect(printed).not.toContain(secret);
  });

  it('trigger prints no --header value that carries a credential', async () => {
    rx = await startTestReceiver();
    const result = await runCli([
      'trigger',
      'happy-path',
      '--target',
      rx.url,
      '--step-delay',
      '0',
      '--header',
      `Authorization: Bearer ${HEADER_SECRET}`,
      '--header',
      `X-Shop-Key: ${HEADER_SECRET}`,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(rx.calls[0]?.headers['x-shop-key']).toBe(HEADER_SECRET);
    expect(result.stdout + result.stderr).not.toContain(HEADER_SECRET);
  });
});
