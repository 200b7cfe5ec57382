import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCallback } from '../../src/contract/index.js';
import { runCli } from '../support/mock-cli.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let rx: TestReceiver | undefined;
afterEach(async () => {
  await rx?.close();
  rx = undefined;
});

describe('probo-mock trigger', () => {
  it('prints one line per delivery with its answer and exits 0 when all were delivered', async () => {
    rx = await startTestReceiver();
    const result = await runCli([
      'trigger',
      'test-order',
      '--target',
      rx.url,
      '--order-id',
      'T-1',
      '--step-delay',
      '0',
      '--header',
      'X-Shop: demo',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^#1 queued → 200 in [\d.]+ ms \(delivered\) T-1 /);
    expect(lines[1]).toMatch(/^#2 canceled → 200 in [\d.]+ ms \(delivered\)/);
    expect(lines[2]).toBe('test-order for order T-1: 2 of 2 deliveries answered 2xx');
    expect(rx.calls.map((c) => c.headers['x-shop'])).toEqual(['demo', 'demo']);
  });

  it('exits 1 when a delivery failed after retries', async () => {
    rx = await startTestReceiver(() => ({ status: 410 }));
    const result = await runCli(['trigger', 'test-order', '--target', rx.url, '--step-delay', '0']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 failed');
  });

  it('exits 2 with one line for an unknown scenario, a bad header or a missing target', async () => {
    const unknown = await runCli(['trigger', 'nope', '--target', 'http://127.0.0.1:9']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^probo-mock: unknown scenario "nope"; known: .*happy-path/);
    const header = await runCli([
      'trigger',
      'happy-path',
      '--target',
      'http://127.0.0.1:9',
      '--header',
      'oops',
    ]);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('--header must look like "Name: value"');
    const target = await runCli(['trigger', 'happy-path']);
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/target/);
  });

  it('gives each scenario its own order id, trigger-<scenario>-<seed>', async () => {
    rx = await startTestReceiver();
    const canceled = await runCli(['trigger', 'canceled', '--target', rx.url, '--step-delay', '0']);
    const happy = await runCli([
      'trigger',
      'test-order',
      '--target',
      rx.url,
      '--step-delay',
      '0',
      '--seed',
      '7',
    ]);
    expect(canceled.code).toBe(0);
    expect(happy.code).toBe(0);
    expect(canceled.stdout).toMatch(/^canceled for order trigger-canceled-1: /m);
    expect(happy.stdout).toMatch(/^test-order for order trigger-test-order-7: /m);
    const ids = new Set(rx.calls.map((c) => (c.json as { order: { id: string } }).order.id));
    expect([...ids].sort()).toEqual(['trigger-canceled-1', 'trigger-test-order-7']);
  });

  it('exits 2 with one line, before any delivery, when nothing listens at the target', async () => {
    // A port that was free a moment ago: bound, read, closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const result = await runCli(['trigger', 'happy-path', '--target', `http://127.0.0.1:${port}/`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `probo-mock: cannot reach the target http://127.0.0.1:${port}/: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );
  });

  it('merges --patch into every body (JSON merge patch)', async () => {
    rx = await startTestReceiver();
    const result = await runCli([
      'trigger',
      'test-order',
      '--target',
      rx.url,
      '--step-delay',
      '0',
      '--patch',
      '{"order":{"reference":"PATCHED-1"},"message":null}',
    ]);
    expect(result.code).toBe(0);
    expect(rx.calls).toHaveLength(2);
    for (const call of rx.calls) {
      const body = call.json as { order: { reference: string; id: string }; message?: string };
      expect(body.order.reference).toBe('PATCHED-1');
      expect(body.order.id).toBe('trigger-test-order-1');
      expect(body).not.toHaveProperty('message');
    }
  });

  it('takes the path of a scenario file as SCENARIO', async () => {
    rx = await startTestReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'probo-trigger-file-'));
    try {
      const file = join(dir, 'mine.json');
      writeFileSync(
        file,
        JSON.stringify({
          name: 'my-own',
          description: 'queued, then in production',
          steps: [{ status: 'queued' }, { status: 'in_production' }],
        }),
      );
      const result = await runCli(['trigger', file, '--target', rx.url, '--step-delay', '0']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^my-own for order trigger-my-own-1: 2 of 2 deliveries/m);
      expect(rx.calls.map((c) => (c.json as { status: string }).status)).toEqual([
        'queued',
        'in_production',
      ]);
      expect(rx.calls.every((c) => validateCallback(c.json).valid)).toBe(true);
      const missing = await runCli(['trigger', join(dir, 'nope.json'), '--target', rx.url]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/nope\.json: cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
