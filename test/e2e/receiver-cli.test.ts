import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http-client/http-client.js';
import { runCli, startCli, type RunningCli } from '../support/mock-cli.js';

describe('probo-mock receiver', () => {
  let cli: RunningCli | undefined;
  const client = new HttpClient();
  afterEach(async () => {
    await cli?.stop();
    cli = undefined;
  });

  it('prints its URLs, records callbacks and shows the state at its state hook', async () => {
    cli = startCli(['receiver', '--port', '0']);
    const [, base] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(cli.output()).toContain(`POST ${base}/webhooks/probo`);
    const post = (status: string) =>
      client.send(`${base}/webhooks/probo`, {
        body: JSON.stringify({ status, message: 'x', order: { id: 'cli-1' } }),
        headers: { 'content-type': 'application/json' },
        timeoutMs: 5000,
      });
    expect((await post('queued')).status).toBe(200);
    expect((await post('accepted')).status).toBe(200);
    const state = await client.send(`${base}/orders/cli-1`, { method: 'GET', timeoutMs: 5000 });
    expect(JSON.parse(state.body)).toEqual({
      id: 'cli-1',
      status: 'accepted',
      history: ['queued', 'accepted'],
      supplier_order_number: null,
      tracking: [],
    });
    await cli.waitFor(/cli-1 {2}accepted {2}applied/);
    expect(await cli.stop('SIGINT')).toBe(0);
  });

  it('with --secret, answers 401 to a callback without X-Security-Header and shows the effects hook', async () => {
    cli = startCli(['receiver', '--port', '0', '--secret', 'cli-secret-5', '--quiet']);
    const [, base] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await cli.waitFor(/try: .*--effects-url/);
    expect(cli.output()).toContain(`effects hook  GET  ${base}/effects/{id}`);
    expect(cli.output()).toContain('--header "X-Security-Header: $SECRET"');
    expect(cli.output()).not.toContain('cli-secret-5');
    const post = (headers: Record<string, string>) =>
      client.send(`${base}/webhooks/probo`, {
        body: JSON.stringify({ status: 'queued', message: 'x', order: { id: 'cli-2' } }),
        headers: { 'content-type': 'application/json', ...headers },
        timeoutMs: 5000,
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-security-header': 'cli-secret-5' })).status).toBe(200);
    const effects = await client.send(`${base}/effects/cli-2`, { method: 'GET', timeoutMs: 5000 });
    expect(JSON.parse(effects.body)).toEqual([]);
    expect(await cli.stop('SIGINT')).toBe(0);
  });

  it('exits 2 with one line when the port is taken', async () => {
    cli = startCli(['receiver', '--port', '0']);
    const [, port] = await cli.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const second = await runCli(['receiver', '--port', port!], 15_000);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/^probo-mock: .*EADDRINUSE/);
  });
});
