import { afterEach, describe, expect, it } from 'vitest';
import {
  ConformanceUsageError,
  verifyReceiver,
  type CheckResult,
  type Report,
} from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { FLAWED_RECEIVERS } from '../support/receivers/flawed-receivers.js';
import {
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

const SECRET = { header: 'x-security-header', value: 'forge-me-not' };
const HEADERS = { 'X-Security-Header': SECRET.value };

const running: Array<ToyReceiver | RunningReceiver> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

/** A toy receiver that checks the secret, unless `checksSecret` is false. */
async function toy(flaws: Flaws = {}, checksSecret = true): Promise<ToyReceiver> {
  const r = await startToyReceiver(checksSecret ? { secret: SECRET, ...flaws } : flaws);
  running.push(r);
  return r;
}

const flaw = (name: string): Flaws => FLAWED_RECEIVERS.find((f) => f.name === name)!.flaws;
const check = (report: Report, id: string): CheckResult => report.checks.find((c) => c.id === id)!;

describe('rejects-forged-callback', () => {
  it('is skipped without --header, saying it needs the secret', async () => {
    const r = await toy({}, false);
    const report = await verifyReceiver({ target: r.callbackUrl, seed: 1 });
    expect(check(report, 'rejects-forged-callback')).toMatchObject({
      outcome: 'skipped',
      note: expect.stringMatching(/^needs --header \(the shared secret/),
    });
  });

  it('without the state hook, fails each forgery a receiver answers 2xx, and shows no secret', async () => {
    const r = await toy(flaw('accepts a callback without the secret'));
    const report = await verifyReceiver({
      target: r.callbackUrl,
      headers: HEADERS,
      only: ['rejects-forged-callback'],
      seed: 2,
    });
    const result = check(report, 'rejects-forged-callback');
    expect(result.outcome).toBe('failed');
    // Only the forgery without the header got through: the reversed and changed ones got 401.
    expect(result.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^canceled with no x-security-header for order .*: answered 200, expected 401 or 403/,
      ),
    ]);
    const failure = result.failures[0]!;
    expect(failure.request?.headers['x-security-header']).toBeUndefined();
    expect(failure.hint).toMatch(/refuse every callback when no secret is configured/);
    expect(JSON.stringify(report)).not.toContain(SECRET.value);
  });

  it('replays a forged value from the secret variable, never the value itself', async () => {
    // Reversed or changed, every forgery of this receiver gets 200: it checks nothing.
    const lax = await toy({}, false);
    const report = await verifyReceiver({
      target: lax.callbackUrl,
      headers: HEADERS,
      only: ['rejects-forged-callback'],
      seed: 3,
    });
    const curls = check(report, 'rejects-forged-callback').failures.map((f) => f.curl);
    expect(curls).toEqual([
      expect.not.stringContaining('x-security-header'),
      expect.stringContaining('-H "x-security-header: $(printf %s "${X_SECURITY_HEADER}" | rev)"'),
      expect.stringContaining('-H "x-security-header: ${X_SECURITY_HEADER%?}x"'),
    ]);
    expect(JSON.stringify(report)).not.toContain(SECRET.value);
    expect(JSON.stringify(report)).not.toContain([...SECRET.value].reverse().join(''));
  });

  it('passes against the reference receiver with --secret, with and without the state hook', async () => {
    const ref = await startReceiver({ port: 0, secret: 'ref-secret' });
    running.push(ref);
    for (const stateUrl of [ref.stateUrl, undefined]) {
      const report = await verifyReceiver({
        target: ref.callbackUrl,
        headers: { 'X-Security-Header': 'ref-secret' },
        ...(stateUrl ? { stateUrl } : {}),
        only: ['rejects-forged-callback'],
        seed: 4,
      });
      expect(check(report, 'rejects-forged-callback').outcome).toBe('passed');
    }
  });
});

describe('applies-effects-once', () => {
  const run = (r: ToyReceiver, seed: number) =>
    verifyReceiver({
      target: r.callbackUrl,
      effectsUrl: r.effectsUrl,
      headers: HEADERS,
      only: ['applies-effects-once'],
      timeoutMs: 2000,
      seed,
    });

  it('names the duplicated effect and the deliveries that added each copy', async () => {
    const r = await toy(flaw('e-mails "on its way" on every copy of shipment_in_transit'));
    const result = check(await run(r, 5), 'applies-effects-once');
    expect(result.outcome).toBe('failed');
    expect(result.failures).toHaveLength(1);
    const failure = result.failures[0]!;
    expect(failure.message).toMatch(
      /\(each status delivered twice in a row\): an effect was performed more than once/,
    );
    expect(failure.message).toContain(
      '{"kind":"email","status":"shipment_in_transit"} ×2, added after shipment_in_transit (copy 1 of 2), shipment_in_transit (copy 2 of 2)',
    );
    expect(failure.hint).toMatch(/^A redelivered callback performed its side effect again/);
    expect(failure.story?.length).toBe(10);
  });

  it('names a stale repeat as the cause', async () => {
    const r = await toy(flaw('e-mails again for a stale repeat of an earlier status'));
    const failure = check(await run(r, 6), 'applies-effects-once').failures[0]!;
    expect(failure.message).toContain('(stale repeats of earlier statuses after a later one)');
    expect(failure.message).toContain(
      '{"kind":"email","status":"accepted"} ×2, added after accepted, accepted (again, stale)',
    );
  });

  it('names copies that arrived at the same moment as the cause', async () => {
    const r = await toy(
      flaw('e-mails twice for two copies of accepted that arrive at the same moment'),
    );
    const failure = check(await run(r, 7), 'applies-effects-once').failures[0]!;
    expect(failure.message).toContain('(three copies of accepted at the same moment)');
    expect(failure.message).toMatch(
      /\{"kind":"email","status":"accepted"\} ×[23], added after the 3 copies of accepted at once/,
    );
  });

  it('compares effects deep-equal with key order ignored', async () => {
    // Every accepted (copies too) e-mails, its keys written in another order each time.
    const r = await toy({
      effect: ({ order, msg, changed }) => {
        if (msg.status !== 'accepted')
          return changed ? { kind: 'email', status: msg.status } : undefined;
        order.counts.accepted = (order.counts.accepted ?? 0) + 1;
        return order.counts.accepted % 2 === 1
          ? { kind: 'email', status: 'accepted' }
          : { status: 'accepted', kind: 'email' };
      },
    });
    const failure = check(await run(r, 8), 'applies-effects-once').failures[0]!;
    expect(failure.message).toContain('{"kind":"email","status":"accepted"} ×2');
  });

  it('passes against the reference receiver', async () => {
    const ref = await startReceiver({ port: 0, secret: 'ref-secret' });
    running.push(ref);
    const report = await verifyReceiver({
      ...ref.verifyOptions,
      only: ['applies-effects-once'],
      seed: 9,
    });
    expect(check(report, 'applies-effects-once').outcome).toBe('passed');
  });

  it('fails with a hint when the effects hook answers 404, not JSON, or not an array', async () => {
    const answers: Array<[NonNullable<Flaws['effectsAnswer']>, RegExp, RegExp]> = [
      [() => ({ status: 404, body: '{}' }), /the effects hook answered 404/, /--effects-url/],
      [() => ({ status: 200, body: '<html>' }), /did not answer JSON/, /JSON array/],
      [
        () => ({ status: 200, body: '{"effects": []}' }),
        /answered JSON an object, not an array of effects/,
        /JSON array/,
      ],
    ];
    for (const [effectsAnswer, message, hint] of answers) {
      const r = await toy({ effectsAnswer });
      const failure = check(await run(r, 10), 'applies-effects-once').failures[0]!;
      expect(failure.message).toMatch(message);
      expect(failure.hint).toMatch(hint);
    }
  });

  it('refuses an --effects-url without {id}, or not http(s), as a usage error', async () => {
    for (const effectsUrl of ['http://127.0.0.1:1/effects', 'ftp://h/{id}']) {
      await expect(verifyReceiver({ target: 'http://127.0.0.1:1/x', effectsUrl })).rejects.toThrow(
        /effectsUrl must be an http:\/\/ or https:\/\/ URL with \{id\} in it/,
      );
    }
    await expect(
      verifyReceiver({ target: 'http://127.0.0.1:1/x', effectsUrl: 'http://h/e' }),
    ).rejects.toThrow(ConformanceUsageError);
  });
});
