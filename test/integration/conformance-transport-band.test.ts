import { afterEach, describe, expect, it } from 'vitest';
import { TRANSPORT_BAND, type ProboStatus } from '../../src/contract/index.js';
import {
  verifyReceiver,
  type CheckResult,
  type VerifyOptions,
} from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import {
  lifecycleNext,
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

/**
 * The transport band (in transit, delayed, exception, not at home, at a pickup point) has no
 * order: the latest carrier status is the order's state. A receiver that keeps
 * shipment_exception when shipment_in_transit comes after it fails the fixed check and the
 * exploration, and the hint says why; receivers that take the latest, with Probo's words or
 * with one coarse word for the whole band, pass.
 */

const CHECKS = ['state-records-failed-delivery', 'explores-histories'] as const;
const EXPLORE = { explore: 200, seed: 5 };

/** An exception is final for this receiver: no later carrier status of the band moves it on. */
const keepsException: Flaws = {
  next: (order, msg) =>
    order.state === 'shipment_exception' && TRANSPORT_BAND.includes(msg.status as ProboStatus)
      ? undefined
      : lifecycleNext(order, msg),
};

/** A shop's own words: "shipped" for every carrier status before the end, one each for the rest. */
const SHOP_WORDS: Record<string, string> = {
  queued: 'new',
  accepted: 'confirmed',
  not_accepted: 'rejected',
  in_production: 'printing',
  logistics: 'printing',
  shipment_created: 'shipped',
  shipment_scanned_by_carrier: 'shipped',
  ...Object.fromEntries(TRANSPORT_BAND.map((s) => [s, 'shipped'])),
  shipment_returned: 'returned',
  shipment_picked_up: 'completed',
  shipment_delivered: 'completed',
  canceled: 'cancelled',
};
const classMap = (words: Record<string, string>): Record<string, string[]> => {
  const map: Record<string, string[]> = {};
  for (const [status, word] of Object.entries(words)) (map[word] ??= []).push(status);
  return map;
};
/** The same shop, with a word of its own for a carrier exception (someone must act on it). */
const PROBLEM_WORDS: Record<string, string> = { ...SHOP_WORDS, shipment_exception: 'problem' };

const BAND_HINT =
  /follow each other in any order \(an exception or a delay is often followed by in transit again\): take the latest one that arrives/;

describe('the transport band: the latest carrier status counts', () => {
  let receivers: Array<ToyReceiver | RunningReceiver> = [];
  afterEach(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    receivers = [];
  });

  const run = async (
    options: Pick<VerifyOptions, 'target' | 'stateUrl' | 'stateMap'>,
  ): Promise<Record<(typeof CHECKS)[number], CheckResult>> => {
    const report = await verifyReceiver({ ...options, only: [...CHECKS], ...EXPLORE });
    return Object.fromEntries(report.checks.map((c) => [c.id, c])) as Record<
      (typeof CHECKS)[number],
      CheckResult
    >;
  };
  const toy = async (flaws: Flaws): Promise<ToyReceiver> => {
    const r = await startToyReceiver(flaws);
    receivers.push(r);
    return r;
  };

  it('fails a receiver that keeps shipment_exception when shipment_in_transit comes after it, and says the band has no order', async () => {
    const r = await toy(keepsException);
    const checks = await run({ target: r.callbackUrl, stateUrl: r.stateUrl });

    const fixed = checks['state-records-failed-delivery'];
    expect(fixed.outcome).toBe('failed');
    expect(fixed.failures).toHaveLength(1);
    expect(fixed.failures[0]!.message).toContain('shipment_exception → shipment_in_transit');
    expect(fixed.failures[0]!.hint).toMatch(
      /^The order stayed at shipment_exception when shipment_in_transit came after it\. The carrier's statuses shipment_in_transit, shipment_delayed, shipment_exception, shipment_not_at_home, shipment_available_at_pickup_point follow each other/,
    );
    expect(fixed.failures[0]!.hint).toMatch(BAND_HINT);

    const explored = checks['explores-histories'];
    expect(explored.outcome).toBe('failed');
    const failure = explored.failures[0]!;
    // Shrunk to the exception and a carrier status after it.
    expect(failure.message).toMatch(/story: (.+ → )?shipment_exception → shipment_\w+$/m);
    expect(failure.hint).toMatch(BAND_HINT);
    expect(failure.hint).not.toMatch(/word of its own/);
  });

  it('with its own word for an exception under a class map, gets the same hint, not "give it a word of its own"', async () => {
    const r = await toy({ ...keepsException, stateWord: (s) => PROBLEM_WORDS[s] ?? s });
    const checks = await run({
      target: r.callbackUrl,
      stateUrl: r.stateUrl,
      stateMap: classMap(PROBLEM_WORDS),
    });
    for (const id of CHECKS) {
      const check = checks[id];
      expect(check.outcome, id).toBe('failed');
      expect(check.failures[0]!.hint, id).toMatch(
        /^The order stayed at shipment_exception \("problem"\) when shipment_\w+ came after it\./,
      );
      expect(check.failures[0]!.hint, id).toMatch(BAND_HINT);
      expect(check.failures[0]!.hint, id).not.toMatch(/word of its own/);
    }
  });

  it('passes the reference receiver', async () => {
    const reference = await startReceiver();
    receivers.push(reference);
    const checks = await run({ target: reference.callbackUrl, stateUrl: reference.stateUrl });
    for (const id of CHECKS) expect(checks[id].failures, id).toEqual([]);
  });

  it('passes a receiver with one coarse word ("shipped") for the whole band, under a class map, and one with a word for an exception', async () => {
    for (const words of [SHOP_WORDS, PROBLEM_WORDS]) {
      const r = await toy({ stateWord: (s) => words[s] ?? s });
      const checks = await run({
        target: r.callbackUrl,
        stateUrl: r.stateUrl,
        stateMap: classMap(words),
      });
      for (const id of CHECKS) expect(checks[id].failures, id).toEqual([]);
    }
  });
});
