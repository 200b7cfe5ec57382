import { afterEach, describe, expect, it } from 'vitest';
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
});
