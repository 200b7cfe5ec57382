import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_IDS, verifyReceiver, type VerifyOptions } from '../../src/conformance/index.js';
import {
  COARSE_NO_STATUS_WORD,
  COARSE_STATE_MAP,
  coarseWord,
  FLAWED_RECEIVERS,
} from '../support/receivers/flawed-receivers.js';
import { EXPLORE_FLAWED_RECEIVERS } from '../support/receivers/explore-flawed-receivers.js';
import {
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

/** Where the toy receiver's state answer keeps Probo's order number and the tracking. */
const POINTERS = {
  stateSupplierPointer: '/supplier_order_number',
  stateTrackingPointer: '/tracking',
};

/** Every receiver here checks a shared secret (as a shop should), sent by verify's --header. */
const SECRET = { header: 'x-security-header', value: 'toy-secret-4f' };
const withSecret = (flaws: Flaws = {}): Flaws => ({ secret: SECRET, ...flaws });
const SECRET_HEADERS = { 'X-Security-Header': SECRET.value };

describe('verify against receivers with one flaw each', () => {
  let receiver: ToyReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  const everything = (r: ToyReceiver): VerifyOptions => ({
    target: r.callbackUrl,
    stateUrl: r.stateUrl,
    setupUrl: r.setupUrl,
    effectsUrl: r.effectsUrl,
    headers: SECRET_HEADERS,
    ...POINTERS,
  });

  it('has a flawed receiver for every check of the catalog', () => {
    const covered = new Set(FLAWED_RECEIVERS.flatMap((r) => r.fails));
    // explores-histories has its own (test/integration/conformance-explore.test.ts).
    if (EXPLORE_FLAWED_RECEIVERS.length > 0) covered.add('explores-histories');
    expect([...CHECK_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  it('passes every check against the toy receiver without flaws', async () => {
    receiver = await startToyReceiver(withSecret());
    const report = await verifyReceiver({ ...everything(receiver), seed: 11, explore: 100 });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
    expect(report.summary.passed).toBe(CHECK_IDS.length);
  });

  it("passes every check against a receiver that reports a shop's own coarse words under a class map, with a word for no status yet", async () => {
    receiver = await startToyReceiver(
      withSecret({ stateWord: coarseWord, noStateWord: COARSE_NO_STATUS_WORD }),
    );
    const report = await verifyReceiver({
      ...everything(receiver),
      stateMap: COARSE_STATE_MAP,
      seed: 13,
      // The exploration too: a class map describes coarse words honestly, so no false alarm.
      explore: 100,
    });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
    // The state answers really are the coarse words.
    const states = [...receiver.orders.values()].flatMap((o) => (o.state ? [o.state] : []));
    const words = new Set(states.map(coarseWord));
    expect(words).toEqual(
      new Set([
        'new',
        'confirmed',
        'problem',
        'printing',
        'shipped',
        'returned',
        'completed',
        'cancelled',
      ]),
    );
  });

  for (const flawed of FLAWED_RECEIVERS) {
    it(`fails exactly ${flawed.fails.join(' and ')} against a receiver that ${flawed.name}`, async () => {
      receiver = await startToyReceiver(withSecret(flawed.flaws));
      const options: VerifyOptions = {
        target: receiver.callbackUrl,
        stateUrl: receiver.stateUrl,
        effectsUrl: receiver.effectsUrl,
        headers: SECRET_HEADERS,
        ...POINTERS,
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
        passed: CHECK_IDS.length - 1 - flawed.fails.length,
        failed: flawed.fails.length,
        skipped: 1, // explores-histories: off without --explore
      });
      for (const check of failed) {
        expect(check.failures.length).toBeGreaterThan(0);
        expect(check.failures[0]!.message).not.toBe('');
        expect(check.failures[0]!.request?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
        expect(check.failures[0]!.curl).toMatch(/^curl -sS -i /);
      }
    });
  }
});

describe('verify is not a load test', () => {
  let receiver: ToyReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  // A pool of four workers, as a throttled serverless function: a fifth request at the same
  // moment gets 503. Each request takes 20 ms, a queued one (all of the burst's are) 300 ms more,
  // so that requests really overlap when they can, however busy the machine.
  const fourWorkers: Flaws = {
    maxInFlight: 4,
    workMs: 20,
    delayMs: (msg) => (msg.status === 'queued' ? 300 : 0),
  };

  it('fails only handles-concurrent-burst against a receiver that answers 503 to a fifth concurrent request', async () => {
    receiver = await startToyReceiver(withSecret(fourWorkers));
    const report = await verifyReceiver({
      ...everything(receiver),
      seed: 21,
      // A few histories: each request costs this receiver's workers some time.
      explore: 20,
    });
    const failed = report.checks.filter((c) => c.outcome === 'failed').map((c) => c.id);
    expect(failed).toEqual(['handles-concurrent-burst']);
    expect(report.summary.passed).toBe(CHECK_IDS.length - 1);
    expect(receiver.inFlight().refused).toBeGreaterThan(0);
  });

  it('keeps at most --parallel requests in flight outside the burst', async () => {
    receiver = await startToyReceiver(withSecret({ workMs: 20 }));
    await verifyReceiver({
      ...everything(receiver),
      skip: ['handles-concurrent-burst'],
      parallel: 2,
      seed: 22,
      explore: 20,
    });
    expect(receiver.inFlight().peak).toBeLessThanOrEqual(2);
    expect(receiver.inFlight().refused).toBe(0);
  });

  function everything(r: ToyReceiver): VerifyOptions {
    return {
      target: r.callbackUrl,
      stateUrl: r.stateUrl,
      setupUrl: r.setupUrl,
      effectsUrl: r.effectsUrl,
      headers: SECRET_HEADERS,
      ...POINTERS,
    };
  }
});
