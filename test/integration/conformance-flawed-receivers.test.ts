import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_IDS, verifyReceiver, type VerifyOptions } from '../../src/conformance/index.js';
import { FLAWED_RECEIVERS } from '../support/receivers/flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';

describe('verify against receivers with one flaw each', () => {
  let receiver: ToyReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('has a flawed receiver for every check of the catalog', () => {
    const covered = new Set(FLAWED_RECEIVERS.flatMap((r) => r.fails));
    expect([...CHECK_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  it('passes every check against the toy receiver without flaws', async () => {
    receiver = await startToyReceiver();
    const report = await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      setupUrl: receiver.setupUrl,
      seed: 11,
    });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
  });

  for (const flawed of FLAWED_RECEIVERS) {
    it(`fails exactly ${flawed.fails.join(' and ')} against a receiver that ${flawed.name}`, async () => {
      receiver = await startToyReceiver(flawed.flaws);
      const options: VerifyOptions = {
        target: receiver.callbackUrl,
        stateUrl: receiver.stateUrl,
        seed: 12,
      };
      if (flawed.verify?.setup) options.setupUrl = receiver.setupUrl;
      // A short timeout also shortens how long a state check waits for the state to settle.
      options.timeoutMs = flawed.verify?.timeoutMs ?? 1500;
      if (flawed.verify?.stateMap) options.stateMap = flawed.verify.stateMap;
      const report = await verifyReceiver(options);
      const failed = report.checks.filter((c) => c.outcome === 'failed');
      expect(failed.map((c) => c.id).sort()).toEqual([...flawed.fails].sort());
      expect(report.summary).toEqual({
        passed: 19 - flawed.fails.length,
        failed: flawed.fails.length,
        skipped: 0,
      });
      for (const check of failed) {
        expect(check.failures.length).toBeGreaterThan(0);
        expect(check.failures[0]!.message).not.toBe('');
        expect(check.failures[0]!.request?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      }
    });
  }
});
