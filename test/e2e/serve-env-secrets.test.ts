import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

const ADMIN = 'adm-env-5f1e';
const KEYS = ['sk-env-one-77', 'sk-env-two-88'];
const HEADER = 'hdr-env-99aa';

let cli: RunningCli | undefined;
let rx: TestReceiver | undefined;
afterEach(async () => {
  await cli?.stop('SIGKILL');
  await rx?.close();
  cli = undefined;
  rx = undefined;
});

const order = (url: string, key: string, id: string, callbackUrls?: string[]) =>
  postJson(`${url}/order`, shopOrder({ id, ...(callbackUrls ? { callbackUrls } : {}) }), {
    authorization: `Bearer ${key}`,
    'content-type': 'application/json',
  });

describe('serve takes its secrets from the environment', () => {
  it('reads PROBO_MOCK_ADMIN_TOKEN, PROBO_MOCK_API_KEY and PROBO_MOCK_CALLBACK_HEADERS, which stay out of ps and the output', async () => {
    rx = await startTestReceiver();
    cli = startCli(['serve', '--port', '0', '--step-delay', '0'], {
      PROBO_MOCK_ADMIN_TOKEN: ADMIN,
      PROBO_MOCK_API_KEY: KEYS.join(', '),
      PROBO_MOCK_CALLBACK_HEADERS: `X-Security-Header: ${HEADER}\n\nX-Shop: probo`,
    });
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    // What `ps` shows is the command line: no secret in it.
    const cmdline = readFileSync(`/proc/${cli.child.pid}/cmdline`, 'utf8');
    for (const secret of [ADMIN, ...KEYS, HEADER]) expect(cmdline).not.toContain(secret);
    // Either key is taken, another is not.
    expect((await order(url!, KEYS[0]!, 'env-1', [rx.url])).status).toBe(202);
    expect((await order(url!, KEYS[1]!, 'env-2')).status).toBe(202);
    expect((await order(url!, 'sk-other', 'env-3')).status).toBe(401);
    // The admin API needs the token.
    expect((await fetch(`${url}/__mock/health`)).status).toBe(401);
    const health = await fetch(`${url}/__mock/health`, {
      headers: { 'x-probo-mock-admin-token': ADMIN },
    });
    expect(health.status).toBe(200);
    // Callbacks carry the headers.
    const [first] = await rx.waitFor(1);
    expect(first!.headers['x-security-header']).toBe(HEADER);
    expect(first!.headers['x-shop']).toBe('probo');
    expect(await cli.stop('SIGTERM')).toBe(0);
    const printed = cli.output();
    expect(printed).toContain('callback header x-security-header: [redacted]');
    for (const secret of [ADMIN, ...KEYS, HEADER]) expect(printed).not.toContain(secret);
  });

  it('names PROBO_MOCK_ADMIN_TOKEN in the printed inspector URL when the token came from it, --admin-token when the flag won', async () => {
    cli = startCli(['serve', '--port', '0', '--quiet'], { PROBO_MOCK_ADMIN_TOKEN: ADMIN });
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const [, inspector] = await cli.waitFor(/^ {2}inspector (\S+)$/m);
    expect(inspector).toBe(`${url}/?admin_token=<$PROBO_MOCK_ADMIN_TOKEN>`);
    expect(cli.output()).not.toContain(ADMIN);
    await cli.stop('SIGKILL');

    cli = startCli(['serve', '--port', '0', '--quiet', '--admin-token', 'from-flag-1'], {
      PROBO_MOCK_ADMIN_TOKEN: ADMIN,
    });
    const [, flagUrl] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const [, fromFlag] = await cli.waitFor(/^ {2}inspector (\S+)$/m);
    expect(fromFlag).toBe(`${flagUrl}/?admin_token=<--admin-token>`);
    // The flag's token is the one in force.
    const health = await fetch(`${flagUrl}/__mock/health`, {
      headers: { 'x-probo-mock-admin-token': 'from-flag-1' },
    });
    expect(health.status).toBe(200);
  });

  it('lets a flag win over its variable, and takes --api-key more than once', async () => {
    cli = startCli(['serve', '--port', '0', '--api-key', 'flag-a', '--api-key', 'flag-b'], {
      PROBO_MOCK_API_KEY: 'env-key',
    });
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect((await order(url!, 'flag-a', 'f-1')).status).toBe(202);
    expect((await order(url!, 'flag-b', 'f-2')).status).toBe(202);
    expect((await order(url!, 'env-key', 'f-3')).status).toBe(401);
  });

  it('refuses a bad variable with one line naming it and exit 2, without quoting its value', async () => {
    const headers = await runCli(['serve', '--port', '0'], 15_000, {
      PROBO_MOCK_CALLBACK_HEADERS: 'X-Good: 1\nsecret-without-a-name',
    });
    expect(headers.code).toBe(2);
    expect(headers.stderr).toMatch(
      /^probo-mock: PROBO_MOCK_CALLBACK_HEADERS line 2 must look like "Name: value"/,
    );
    expect(headers.stderr).not.toContain('secret-without-a-name');
    expect(headers.stderr).not.toMatch(/\n\s+at /);
    const keys = await runCli(['serve', '--port', '0'], 15_000, { PROBO_MOCK_API_KEY: 'a,,b' });
    expect(keys.code).toBe(2);
    expect(keys.stderr).toContain('PROBO_MOCK_API_KEY must be API keys separated by commas');
  });
});
