import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS, verifyReceiver } from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';

describe('the reference receiver under verify', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    receiver = await startReceiver({ port: 0 });
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('passes every check with both hooks and both state pointers', async () => {
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

  it('skips exactly the two pointer checks and the exploration without their options, saying which they need', async () => {
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      seed: 10,
    });
    const skipped = report.checks.filter((c) => c.outcome === 'skipped');
    expect(skipped.map((c) => [c.id, c.note?.split(' PTR')[0]])).toEqual([
      ['state-records-supplier-order-number', 'needs --state-supplier-pointer'],
      ['state-records-tracking', 'needs --state-tracking-pointer'],
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

  it('passes every check without hooks, skipping the eleven state checks and the exploration', async () => {
    const report = await verifyReceiver({ target: receiver.callbackUrl, seed: 8 });
    expect(report.summary).toEqual({ passed: 13, failed: 0, skipped: 12 });
    const skipped = report.checks.filter((c) => c.outcome === 'skipped');
    expect(skipped.every((c) => c.id.startsWith('state-') || c.id === 'explores-histories')).toBe(
      true,
    );
    expect(skipped[0]?.note).toMatch(/--state-url/);
  });
});
