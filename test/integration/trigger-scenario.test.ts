import { afterEach, describe, expect, it } from 'vitest';
import { HAPPY_PATH, validateCallback } from '../../src/contract/index.js';
import { ScenarioError, triggerScenario } from '../../src/scenarios/index.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

let rx: TestReceiver | undefined;
afterEach(async () => {
  await rx?.close();
  rx = undefined;
});

describe('triggerScenario', () => {
  it('delivers the redelivery scenario straight to a receiver: every step twice, same bytes, in order', async () => {
    rx = await startTestReceiver();
    const seen: string[] = [];
    const result = await triggerScenario({
      scenario: 'redelivery',
      target: `${rx.url}/hook`,
      orderId: 'shop-42',
      stepDelayMs: 1,
      headers: { 'x-shop': 'demo' },
      onAttempt: (entry) => seen.push(entry.status),
    });
    expect(result).toMatchObject({ orderId: 'shop-42', scenario: 'redelivery', failed: 0 });
    expect(result.deliveries).toHaveLength(HAPPY_PATH.length * 2);
    const statuses = rx.calls.map((c) => (c.json as { status: string }).status);
    expect(statuses).toEqual(HAPPY_PATH.flatMap((s) => [s, s]));
    expect(rx.calls[0]?.body).toBe(rx.calls[1]?.body);
    expect(rx.calls.every((c) => c.path === '/hook' && c.headers['x-shop'] === 'demo')).toBe(true);
    expect(rx.calls.every((c) => validateCallback(c.json).valid)).toBe(true);
    expect(seen).toHaveLength(HAPPY_PATH.length * 2);
  });

  it('builds the same bodies for the same seed, for order trigger-<scenario>-<seed>', async () => {
    rx = await startTestReceiver();
    await triggerScenario({ scenario: 'multi-package', target: rx.url, seed: 9, stepDelayMs: 0 });
    await triggerScenario({ scenario: 'multi-package', target: rx.url, seed: 9, stepDelayMs: 0 });
    const bodies = rx.calls.map((c) => c.body);
    expect(bodies.slice(0, 8)).toEqual(bodies.slice(8));
    expect((rx.calls[0]?.json as { order: { id: string } }).order.id).toBe(
      'trigger-multi-package-9',
    );
  });

  it('counts deliveries the receiver refused for good as failed', async () => {
    rx = await startTestReceiver((call) => ({
      status: (call.json as { status: string }).status === 'canceled' ? 410 : 200,
    }));
    const result = await triggerScenario({
      scenario: 'test-order',
      target: rx.url,
      stepDelayMs: 0,
    });
    expect(result.failed).toBe(1);
    expect(result.deliveries.map((d) => [d.step.label, d.result.outcome])).toEqual([
      ['queued', 'delivered'],
      ['canceled', 'failed'],
    ]);
  });

  it('refuses an unknown scenario and a target that is not an http URL', async () => {
    await expect(
      triggerScenario({ scenario: 'nope', target: 'http://127.0.0.1:9' }),
    ).rejects.toBeInstanceOf(ScenarioError);
    await expect(triggerScenario({ scenario: 'happy-path', target: 'ftp://x' })).rejects.toThrow(
      'bad options: target must be an http:// or https:// URL (got "ftp://x")',
    );
  });
});
