import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CATALOG,
  PROBE_BODY,
  TargetUnreachableError,
  verifyReceiver,
} from '../../src/conformance/index.js';
import { CALLBACK_KINDS } from '../../src/contract/statuses.js';
import { fixturesDir } from '../../src/shared/paths.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';

/** Per request, and how long a state check waits to settle: a bound a busy machine stays within. */
const STATE_TIMEOUT_MS = 1_000;

describe('the conformance runner', () => {
  let receiver: ToyReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('throws one clear error naming the target when nothing listens there', async () => {
    const target = await refusedUrl();
    const run = verifyReceiver({ target, seed: 1 });
    await expect(run).rejects.toBeInstanceOf(TargetUnreachableError);
    await expect(run).rejects.toThrow(`cannot reach the target ${target}: ECONNREFUSED`);
  });

  it('sends the guide examples byte for byte, with only the order id replaced', async () => {
    receiver = await startToyReceiver();
    await verifyReceiver({
      target: receiver.callbackUrl,
      only: ['accepts-documented-examples'],
      seed: 1,
    });
    const original = await readFile(
      join(fixturesDir, 'callbacks', 'documented-shipment-in-transit.json'),
      'utf8',
    );
    const callbacks = receiver.received.filter((r) => r.raw !== PROBE_BODY);
    const sent = callbacks.map((r) => r.raw).find((raw) => raw.includes('shipment_in_transit'));
    const id = /"id": "(pm-[^"]+)"/.exec(sent ?? '')?.[1];
    expect(id).toMatch(/^pm-[a-z0-9]+-accepts-documented-examples-1$/);
    expect(sent).toBe(original.replaceAll('my_weborder_1234', id!));
    expect(callbacks).toHaveLength(5);
  });

  it('sends the same bodies for the same seed, apart from the run id in order ids', async () => {
    receiver = await startToyReceiver();
    const run = async () => {
      receiver!.received.length = 0;
      await verifyReceiver({
        target: receiver!.callbackUrl,
        only: ['accepts-every-status'],
        seed: 99,
      });
      return receiver!.received.map((r) => r.raw.replace(/pm-[a-z0-9]+-/g, 'pm-RUN-')).sort();
    };
    const first = await run();
    expect(first).toHaveLength(CALLBACK_KINDS.length + 1); // the probe, then one per status and variant
    expect(await run()).toEqual(first);
  });

  it('uses fresh order ids on every run', async () => {
    receiver = await startToyReceiver();
    await verifyReceiver({ target: receiver.callbackUrl, only: ['responds-in-time'], seed: 5 });
    const before = new Set(receiver.orders.keys());
    await verifyReceiver({ target: receiver.callbackUrl, only: ['responds-in-time'], seed: 5 });
    expect(receiver.orders.size).toBe(before.size * 2);
  });

  it('sends the --header values to the receiver and shows them redacted in the report', async () => {
    receiver = await startToyReceiver({
      secret: { header: 'x-shop-secret', value: 's3cret' },
      screen: (msg) => (msg.status === 'accepted' ? 500 : undefined),
    });
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      only: ['responds-in-time'],
      headers: { 'X-Shop-Secret': 's3cret' },
      seed: 2,
    });
    const check = report.checks.find((c) => c.id === 'responds-in-time')!;
    expect(check.outcome).toBe('failed');
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0]!.request?.headers['x-shop-secret']).toBe('[redacted]');
    expect(JSON.stringify(report)).not.toContain('s3cret');
    expect(receiver.received.every((r) => r.headers['x-shop-secret'] === 's3cret')).toBe(true);
  });

  it('reports a setup that does not answer 2xx as a failure of the check, with the setup request', async () => {
    receiver = await startToyReceiver({ setupStatus: 409 });
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      setupUrl: receiver.setupUrl,
      only: ['handles-unicode'],
      seed: 3,
    });
    const check = report.checks.find((c) => c.id === 'handles-unicode')!;
    expect(check.outcome).toBe('failed');
    expect(check.failures[0]!.message).toMatch(/^setup of order pm-.* answered 409/);
    expect(check.failures[0]!.request?.url).toBe(receiver.setupUrl);
    // Only the probe reached the callback route: no callback after a refused setup.
    expect(receiver.received.map((r) => r.raw)).toEqual([PROBE_BODY]);
  });

  it('fails a state check with the reason when the state hook answers 404', async () => {
    receiver = await startToyReceiver();
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl.replace('{id}', 'missing-{id}'),
      only: ['state-records-cancellation'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 4,
    });
    const check = report.checks.find((c) => c.id === 'state-records-cancellation')!;
    expect(check.outcome).toBe('failed');
    expect(check.failures[0]!.message).toContain('the state hook answered 404');
  });

  it('reads the state at --state-pointer', async () => {
    receiver = await startToyReceiver();
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      statePointer: '/history/0',
      only: ['state-records-cancellation'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 4,
    });
    // The first history entry is queued, not the expected canceled: proof the pointer is used.
    const check = report.checks.find((c) => c.id === 'state-records-cancellation')!;
    expect(check.failures[0]?.message).toMatch(/expected state canceled .* got queued$/);
  });

  it('reports the checks not selected as skipped with the reason', async () => {
    receiver = await startToyReceiver();
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      skip: ['handles-concurrent-burst'],
      seed: 6,
    });
    const burst = report.checks.find((c) => c.id === 'handles-concurrent-burst')!;
    expect(burst).toMatchObject({ outcome: 'skipped', note: 'skipped by --skip' });
    // The checks without hooks pass but the skipped burst; the state checks and the exploration
    // are skipped too.
    const withoutHooks = CATALOG.filter((c) => !c.needsStateHook && !c.needsOption).length;
    expect(report.summary).toEqual({
      passed: withoutHooks - 1,
      failed: 0,
      skipped: CATALOG.length - withoutHooks + 1,
    });
  });
});
