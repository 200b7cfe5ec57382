import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyClient } from '../../src/conformance/client/index.js';
import {
  CATALOG,
  formatHtml,
  formatMarkdown,
  formatPretty,
  verifyReceiver,
  type CheckResult,
  type ExploreProgress,
  type Report,
  type VerifyOptions,
} from '../../src/conformance/index.js';
import { startReceiver } from '../../src/receiver/index.js';
import { startReferenceShop } from '../../src/receiver/reference-shop.js';
import { freePort } from '../support/shops/toy-shop.js';
import {
  lifecycleNext,
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
async function toy(flaws: Flaws = {}): Promise<ToyReceiver> {
  const r = await startToyReceiver(flaws);
  running.push(r);
  return r;
}
const check = (report: Report, id: string): CheckResult => report.checks.find((c) => c.id === id)!;
const hints = (report: Report): string[] =>
  report.checks.flatMap((c) => c.failures.flatMap((f) => (f.hint ? [f.hint] : [])));
/** Only state-follows-lifecycle, against a toy's callback and state hook. */
const lifecycleRun = (r: ToyReceiver, extra: Partial<VerifyOptions> = {}): Promise<Report> =>
  verifyReceiver({
    target: r.callbackUrl,
    stateUrl: r.stateUrl,
    only: ['state-follows-lifecycle'],
    ...extra,
  });
// Control characters a receiver may send: matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

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
    // The cause is said once; each refused callback refers to it.
    expect(pretty.split('refused the callback with 401: it wants a shared secret')).toHaveLength(2);
    expect(pretty).toMatch(/^ {6}hint: the likely cause above/m);
    for (const document of [formatMarkdown(report), formatHtml(report)]) {
      expect(document).toContain('failed checks got the same answer: 401');
      expect(
        document.split('refused the callback with 401: it wants a shared secret'),
      ).toHaveLength(2);
    }
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

  it('names neither --header nor --setup-url to a receiver that gets its secret, nor to one that fails for other reasons', async () => {
    const secret = await toy({ secret: { header: 'x-security-header', value: 's' } });
    const given = await verifyReceiver({
      target: secret.callbackUrl,
      stateUrl: secret.stateUrl,
      headers: { 'X-Security-Header': 's' },
      seed: 7,
    });
    expect(given.checks.filter((c) => c.outcome === 'failed')).toEqual([]);
    expect(check(given, 'rejects-forged-callback').outcome).toBe('passed');
    expect(given.sharedCause).toBeUndefined();
    expect(given.warnings).toBeUndefined();

    // 413 to a large body and 500 to text it cannot store: 4xx and 5xx that are no secret and no
    // unknown order. Each failure keeps its check's own hint.
    const other = await toy({
      maxBodyBytes: 16 * 1024,
      screen: (_msg, raw) => (/[^ -~]/.test(raw) ? 500 : undefined),
    });
    const report = await verifyReceiver({ target: other.callbackUrl, seed: 7 });
    expect(check(report, 'handles-large-payload').failures[0]!.response?.status).toBe(413);
    expect(check(report, 'handles-unicode').failures[0]!.response?.status).toBe(500);
    expect(hints(report).filter((h) => /--header|--setup-url/.test(h))).toEqual([]);
    expect(report.sharedCause?.hint).toBeUndefined();
    // (The skipped forgery check's line names --header: the failures do not.)
    const failures = formatPretty(report).split('\nFailures\n')[1]!;
    expect(failures).not.toMatch(/--header|--setup-url|likely cause/);
    expect(failures).toMatch(/^ {2}hint: Allow request bodies of at least 1 MiB/m);
  });
});

describe('hints the story does not contradict', () => {
  it('does not say the order stopped at accepted when a later not_accepted was booked under its word', async () => {
    // Matches statuses by substring: the duplicate-order refusal (not_accepted) after production
    // is booked as "confirmed", the word the shop also uses for accepted.
    const r = await toy({
      next: (order, msg) =>
        msg.status.endsWith('accepted') ? 'accepted' : lifecycleNext(order, msg),
      stateWord: (state) => (state === 'accepted' ? 'confirmed' : state),
    });
    const report = await verifyReceiver({
      target: r.callbackUrl,
      stateUrl: r.stateUrl,
      stateMap: { confirmed: 'accepted', in_production: 'in_production', queued: 'queued' },
      only: ['state-keeps-original-on-duplicate-order'],
      seed: 10,
    });
    const failure = check(report, 'state-keeps-original-on-duplicate-order').failures[0]!;
    expect(failure.message).toMatch(/got "confirmed" \(accepted through --state-map\)/);
    // in_production moved the order on after accepted: "stopped at accepted" would be false.
    expect(failure.hint).not.toMatch(/stopped at/);
    expect(failure.hint).toMatch(
      /The state reads accepted \("confirmed"\), and not_accepted came after it: a receiver that matches statuses by substring books not_accepted as accepted/,
    );
  });
});

describe('bounded, clean output', () => {
  it('reads a state answer of 2 MiB, and refuses one over 10 MiB saying its size and the limit', async () => {
    const big = await toy({ stateExtra: { document: 'x'.repeat(2 * 1024 * 1024) } });
    const ok = await lifecycleRun(big, { seed: 3 });
    expect(check(ok, 'state-follows-lifecycle').outcome).toBe('passed');
    const huge = await toy({ stateExtra: { document: 'x'.repeat(11 * 1024 * 1024) } });
    const refused = await lifecycleRun(huge, { timeoutMs: 2000, seed: 3 });
    const failure = check(refused, 'state-follows-lifecycle').failures[0]!;
    // The toy answers chunked: its size is unknown until read, and is not read past the limit.
    expect(failure.message).toContain(
      'the state hook answered over the limit of 10 MiB, chunked (cut at the limit: its full size is unknown)',
    );
    expect(failure.hint).toMatch(/more than verify reads \(10 MiB\)/);
  });

  it('shows control characters of a state word as escapes in the pretty report', async () => {
    const hostile = '\u001b[2J\u001b]52;c;aGk=\u0007\u202eevil\u0085';
    const r = await toy({ stateWord: () => `shipped${hostile}` });
    const pretty = formatPretty(await lifecycleRun(r, { seed: 4 }));
    expect(pretty).not.toMatch(CONTROLS);
    expect(pretty).toContain('shipped\\x1b[2J\\x1b]52;c;aGk=\\x07\\u202eevil\\x85');
  });

  it('shows an answer body with clear-screen, OSC 52 and bidi controls escaped in every report a person reads', async () => {
    // A receiver that answers every request 500 with bytes that would act on a terminal: clear
    // the screen, write the clipboard (OSC 52), reverse and isolate text, DEL and a C1 control.
    const body = 'boom \u001b[2J\u001b]52;c;aGk=\u0007 \u202eevil\u202c \u2066x\u2069 \u007f\u0085';
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500, { 'content-type': 'text/plain' }).end(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    running.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
    const { port } = server.address() as AddressInfo;
    const report = await verifyReceiver({
      target: `http://127.0.0.1:${port}/webhooks/probo`,
      only: ['accepts-documented-examples', 'handles-unicode'],
      seed: 8,
    });
    // The bytes are in the report as the receiver sent them (the JSON report keeps them)…
    expect(check(report, 'handles-unicode').failures[0]!.response?.body).toBe(body);
    expect(report.sharedCause?.answer).toBe(`500 ${body}`);
    const escaped =
      'boom \\x1b[2J\\x1b]52;c;aGk=\\x07 \\u202eevil\\u202c \\u2066x\\u2069 \\x7f\\x85';
    // …and shown as escapes: in the pretty report's shared cause and failures, Markdown, HTML.
    const pretty = formatPretty(report);
    expect(pretty).not.toMatch(CONTROLS);
    expect(pretty).toContain(`failed checks got the same answer: 500 ${escaped}`);
    expect(pretty).toContain(`→ 500 ${escaped}`);
    for (const document of [formatMarkdown(report), formatHtml(report)]) {
      expect(document).not.toMatch(CONTROLS);
      expect(document).toContain('\\x1b[2J\\x1b]52;c;aGk=\\x07');
    }
  });

  it('gives results to onCheck in report order, skipped ones in their place, the same on every run', async () => {
    // Answers delayed at random: the checks finish in a different order on each run.
    const r = await toy({ delayMs: () => Math.floor(Math.random() * 40) });
    const streams: string[][] = [];
    for (const run of [1, 2]) {
      const seen: string[] = [];
      const report = await verifyReceiver({
        target: r.callbackUrl,
        seed: 5,
        runId: `order-${run}`,
        onCheck: (c) => seen.push(c.id),
      });
      expect(seen).toEqual(report.checks.map((c) => c.id));
      streams.push(seen);
    }
    expect(streams[1]).toEqual(streams[0]);
    // Catalog order, the load test (which runs alone after the others) last.
    expect(streams[0]).toEqual(CATALOG.map((c) => c.id));
    expect(streams[0]!.at(-1)).toBe('handles-concurrent-burst');
  });

  it('gives verify-client results in report order too, a skipped check in its place', async () => {
    const port = await freePort();
    const shop = await startReferenceShop({ proboUrl: `http://127.0.0.1:${port}` });
    running.push({ close: shop.close });
    // Without --poll-url the reconcile check is skipped; it comes before the cancel check.
    const { placeUrl, stateUrl, cancelUrl } = shop.verifyClientOptions;
    const seen: string[] = [];
    const report = await verifyClient({
      placeUrl,
      stateUrl,
      cancelUrl,
      port,
      seed: 9,
      only: ['client-reconciles-missed-callbacks', 'client-cancels-order'],
      onCheck: (c) => seen.push(c.id),
    });
    expect(report.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['client-reconciles-missed-callbacks', 'skipped'],
      ['client-cancels-order', 'passed'],
    ]);
    expect(seen).toEqual(['client-reconciles-missed-callbacks', 'client-cancels-order']);
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
