import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS, verifyReceiver } from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';

describe('the reference receiver under verify', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    receiver = await startReceiver({ port: 0, secret: 'reference-secret-31' });
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('passes every check with its hooks, both state pointers and its secret', async () => {
    const report = await verifyReceiver({
      ...receiver.verifyOptions,
      seed: 7,
      explore: 50,
    });
    const notPassed = report.checks.filter((c) => c.outcome !== 'passed');
    expect(notPassed).toEqual([]);
    expect(report.summary).toEqual({ passed: CHECK_IDS.length, failed: 0, skipped: 0 });
    expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  it('passes every check with --order-id-format uuid', async () => {
    const report = await verifyReceiver({
      ...receiver.verifyOptions,
      orderIdFormat: 'uuid',
      seed: 9,
      explore: 50,
    });
    expect(report.summary).toEqual({ passed: CHECK_IDS.length, failed: 0, skipped: 0 });
  });

  it('skips exactly the checks whose option is missing, saying which they need', async () => {
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      headers: receiver.verifyOptions.headers!,
      seed: 10,
    });
    const skipped = report.checks.filter((c) => c.outcome === 'skipped');
    expect(skipped.map((c) => [c.id, c.note?.split(/ PTR| TEMPLATE/)[0]])).toEqual([
      ['state-records-supplier-order-number', 'needs --state-supplier-pointer'],
      ['state-records-tracking', 'needs --state-tracking-pointer'],
      ['applies-effects-once', 'needs --effects-url'],
      ['explores-histories', 'off (--explore N turns it on)'],
    ]);
    expect(report.summary.failed).toBe(0);
  });

  it('keeps the supplier number as sent and the tracking of every package at its state hook', async () => {
    await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      stateSupplierPointer: receiver.supplierPointer,
      stateTrackingPointer: receiver.trackingPointer,
      headers: receiver.verifyOptions.headers!,
      only: ['state-records-tracking'],
      runId: 'kept',
      seed: 11,
    });
    const order = receiver.orders.get('pm-kept-state-records-tracking-1')!;
    expect(typeof order.supplierOrderNumber).toBe('number');
    expect(order.tracking.map((p) => p.id)).toEqual(['1', '2']);
    expect(order.tracking.every((p) => p.tracking_url && p.barcode)).toBe(true);
    expect(order.status).toBe('shipment_in_transit');
  });

  it('passes every check without hooks, skipping the eleven state checks, the effects check and the exploration', async () => {
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      headers: receiver.verifyOptions.headers!,
      seed: 8,
    });
    // rejects-forged-callback runs without the state hook: it grades the 401s.
    expect(report.summary).toEqual({ passed: 14, failed: 0, skipped: 13 });
    const skipped = report.checks.filter((c) => c.outcome === 'skipped');
    expect(
      skipped.every(
        (c) =>
          c.id.startsWith('state-') ||
          c.id === 'explores-histories' ||
          c.id === 'applies-effects-once',
      ),
    ).toBe(true);
    expect(skipped[0]?.note).toMatch(/--state-url/);
  });
});
