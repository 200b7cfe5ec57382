import { afterEach, describe, expect, it } from 'vitest';
import {
  formatPretty,
  verifyReceiver,
  type CheckResult,
  type ExploreProgress,
  type Report,
} from '../../src/conformance/index.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import {
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

const running: Array<ToyReceiver | RunningReceiver> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
async function toy(flaws: Flaws = {}): Promise<ToyReceiver> {
  const r = await startToyReceiver(flaws);
  running.push(r);
  return r;
}
const check = (report: Report, id: string): CheckResult => report.checks.find((c) => c.id === id)!;

describe('root causes', () => {
  it('names a missing secret once at the top, and on each refused callback instead of the generic hint', async () => {
    const r = await toy({ secret: { header: 'x-security-header', value: 's' } });
    const report = await verifyReceiver({ target: r.callbackUrl, stateUrl: r.stateUrl, seed: 1 });
    const cause = report.sharedCause!;
    expect(cause.answer).toBe('401 {"ok":false}');
    expect(2 * cause.checks.length).toBeGreaterThanOrEqual(cause.failed);
    expect(cause.hint).toMatch(/it wants a shared secret\. Pass it with --header/);
    const failures = report.checks.flatMap((c) => c.failures);
    const refused = failures.filter((f) => f.response?.status === 401);
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.every((f) => /--header/.test(f.hint ?? ''))).toBe(true);
    const pretty = formatPretty(report);
    const top = pretty.indexOf('failed checks got the same answer: 401 {"ok":false}');
    expect(top).toBeGreaterThan(pretty.indexOf('Failures'));
    expect(top).toBeLessThan(pretty.indexOf('✗ accepts-documented-examples:'));
    // No check's generic hint ("store text in a full Unicode column", …) sends the reader elsewhere.
    expect(pretty).not.toMatch(/^ {2}hint: /m);
    expect(report.warnings?.[0]).toMatch(/answered 401 to the probe: it wants a shared secret/);
  });

  it('names --setup-url when unknown orders get 404', async () => {
    const r = await toy({ unknownOrderStatus: 404 });
    const report = await verifyReceiver({ target: r.callbackUrl, stateUrl: r.stateUrl, seed: 2 });
    expect(report.sharedCause?.hint).toMatch(
      /^The receiver answered 404 to a callback for an order it has not seen.*--setup-url/,
    );
    // A state check's story shows every callback refused: its hint says so too.
    expect(check(report, 'state-follows-lifecycle').failures[0]!.hint).toMatch(/--setup-url/);
    // With the setup hook, the same receiver passes them.
    const set = await verifyReceiver({
      target: r.callbackUrl,
      stateUrl: r.stateUrl,
      setupUrl: r.setupUrl,
      seed: 2,
    });
    expect(set.sharedCause).toBeUndefined();
    expect(check(set, 'state-follows-lifecycle').outcome).toBe('passed');
  });
});

describe('bounded, clean output', () => {
  it('reads a state answer of 2 MiB, and refuses one over 10 MiB saying its size and the limit', async () => {
    const big = await toy({ stateExtra: { document: 'x'.repeat(2 * 1024 * 1024) } });
    const ok = await verifyReceiver({
      target: big.callbackUrl,
      stateUrl: big.stateUrl,
      only: ['state-follows-lifecycle'],
      seed: 3,
    });
    expect(check(ok, 'state-follows-lifecycle').outcome).toBe('passed');
    const huge = await toy({ stateExtra: { document: 'x'.repeat(11 * 1024 * 1024) } });
    const refused = await verifyReceiver({
      target: huge.callbackUrl,
      stateUrl: huge.stateUrl,
      only: ['state-follows-lifecycle'],
      timeoutMs: 2000,
      seed: 3,
    });
    const failure = check(refused, 'state-follows-lifecycle').failures[0]!;
    // The toy answers chunked: its size is unknown until read, and is not read past the limit.
    expect(failure.message).toMatch(
      /the state hook answered more than the limit of 10 MiB \(it sent no Content-Length\)/,
    );
    expect(failure.hint).toMatch(/more than verify reads \(10 MiB\)/);
  });

  it('shows control characters from the receiver as escapes in the pretty report', async () => {
    const hostile = '\u001b[2J\u001b]52;c;aGk=\u0007\u202eevil\u0085';
    const r = await toy({ stateWord: () => `shipped${hostile}` });
    const report = await verifyReceiver({
      target: r.callbackUrl,
      stateUrl: r.stateUrl,
      only: ['state-follows-lifecycle'],
      seed: 4,
    });
    const pretty = formatPretty(report);
    // Matching control characters is the point here.
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(pretty).not.toMatch(controls);
    expect(pretty).toContain('shipped\\x1b[2J\\x1b]52;c;aGk=\\x07\\u202eevil\\x85');
  });

  it('gives results to onCheck in report order, skipped ones in their place', async () => {
    const r = await toy();
    const seen: string[] = [];
    const report = await verifyReceiver({
      target: r.callbackUrl,
      seed: 5,
      onCheck: (c) => seen.push(c.id),
    });
    expect(seen).toEqual(report.checks.map((c) => c.id));
    // The load test runs alone after the others and is last in the report.
    expect(seen.at(-1)).toBe('handles-concurrent-burst');
  });

  it('reports --explore progress, and a partial report says how many histories ran', async () => {
    const ref = await startReceiver({ port: 0 });
    running.push(ref);
    const abort = new AbortController();
    const progress: ExploreProgress[] = [];
    const report = await verifyReceiver({
      ...ref.verifyOptions,
      only: ['explores-histories'],
      explore: 100_000,
      seed: 6,
      signal: abort.signal,
      onProgress: (p) => {
        progress.push(p);
        abort.abort();
      },
    });
    expect(progress[0]).toMatchObject({ check: 'explores-histories', total: 100_000 });
    expect(progress[0]!.histories).toBeGreaterThan(0);
    expect(report.partial).toBe(true);
    expect(check(report, 'explores-histories').note).toMatch(
      /^not finished: the run was interrupted after \d+ of 100000 histories$/,
    );
  });
});
