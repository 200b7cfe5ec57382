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

  it('passes every check with both hooks', async () => {
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      setupUrl: receiver.setupUrl,
      seed: 7,
    });
    const notPassed = report.checks.filter((c) => c.outcome !== 'passed');
    expect(notPassed).toEqual([]);
    expect(report.summary).toEqual({ passed: CHECK_IDS.length, failed: 0, skipped: 0 });
    expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  it('passes every check without hooks, skipping the six state checks', async () => {
    const report = await verifyReceiver({ target: receiver.callbackUrl, seed: 8 });
    expect(report.summary).toEqual({ passed: 13, failed: 0, skipped: 6 });
    const skipped = report.checks.filter((c) => c.outcome === 'skipped');
    expect(skipped.every((c) => c.id.startsWith('state-'))).toBe(true);
    expect(skipped[0]?.note).toMatch(/--state-url/);
  });
});
