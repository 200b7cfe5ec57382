import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  ConformanceUsageError,
  PROBE_BODY,
  UUID_V4,
  verifyReceiver,
  type CheckResult,
  type Report,
  type StateMapInput,
  type VerifyOptions,
} from '../../src/conformance/index.js';
import {
  COARSE_STATE_MAP,
  coarseWord,
  FLAWED_RECEIVERS,
} from '../support/receivers/flawed-receivers.js';
import {
  startToyReceiver,
  type Flaws,
  type ToyReceiver,
} from '../support/receivers/toy-receiver.js';

const sh = promisify(execFile);
/** Per request, and how long a state check waits to settle: a bound a busy machine stays within. */
const STATE_TIMEOUT_MS = 1_000;
const POINTERS = {
  stateSupplierPointer: '/supplier_order_number',
  stateTrackingPointer: '/tracking',
};

let receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});

async function toy(flaws: Flaws = {}): Promise<ToyReceiver> {
  const r = await startToyReceiver(flaws);
  receivers.push(r);
  return r;
}

const hooks = (r: ToyReceiver): VerifyOptions => ({
  target: r.callbackUrl,
  stateUrl: r.stateUrl,
  setupUrl: r.setupUrl,
  ...POINTERS,
});

const check = (report: Report, id: string): CheckResult => report.checks.find((c) => c.id === id)!;
const flaw = (name: string): Flaws => FLAWED_RECEIVERS.find((f) => f.name === name)!.flaws;

describe('--state-map with classes', () => {
  it('fails the checks that read a word the map does not name, saying so, and passes the rest', async () => {
    const r = await toy({ stateWord: coarseWord });
    const withoutPrinting = Object.fromEntries(
      Object.entries(COARSE_STATE_MAP).filter(([word]) => word !== 'printing'),
    );
    const report = await verifyReceiver({
      ...hooks(r),
      stateMap: withoutPrinting,
      only: ['state-keeps-original-on-duplicate-order', 'state-follows-lifecycle'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 1,
    });
    expect(check(report, 'state-follows-lifecycle').outcome).toBe('passed');
    const failed = check(report, 'state-keeps-original-on-duplicate-order');
    expect(failed.outcome).toBe('failed');
    expect(failed.failures[0]!.message).toMatch(
      /got the receiver reported "printing", a word --state-map does not name/,
    );
    expect(failed.failures[0]!.hint).toMatch(/^Add "printing" to the --state-map file/);
  });

  it('without a map, fails a check that reads a word that is no Probo status, the same way', async () => {
    const r = await toy({ stateWord: coarseWord });
    const report = await verifyReceiver({
      ...hooks(r),
      only: ['state-records-cancellation'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 2,
    });
    const failure = check(report, 'state-records-cancellation').failures[0]!;
    expect(failure.message).toMatch(
      /got the receiver reported "cancelled", which is not a Probo status, and no --state-map/,
    );
    expect(failure.hint).toMatch(/give --state-map FILE/);
  });

  it('describes a mapped word by the statuses it stands for', async () => {
    const r = await toy({
      stateWord: (s) => (s === 'shipment_in_transit' ? 'shipped' : coarseWord(s)),
    });
    const report = await verifyReceiver({
      ...hooks(r),
      // A map that says the wrong thing: "shipped" would mean delivered, so the order (in
      // transit, reported as "shipped") is not where the stale check expects it.
      stateMap: { ...COARSE_STATE_MAP, shipped: ['shipment_delivered'] },
      only: ['state-ignores-stale-updates'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 3,
    });
    const failure = check(report, 'state-ignores-stale-updates').failures[0]!;
    expect(failure.message).toMatch(/got "shipped" \(shipment_delivered through --state-map\)$/);
    expect(failure.state).toMatchObject({ word: 'shipped', means: ['shipment_delivered'] });
  });

  it('refuses a map value that is neither a status nor an array of statuses', async () => {
    await expect(
      verifyReceiver({
        target: 'http://127.0.0.1:1/x',
        stateUrl: 'http://127.0.0.1:1/{id}',
        stateMap: { shipped: ['shipment_in_transit', 'posted'] },
      }),
    ).rejects.toThrow(/maps "shipped" to "posted", which is not a Probo status/);
    await expect(
      verifyReceiver({
        target: 'http://127.0.0.1:1/x',
        stateUrl: 'http://127.0.0.1:1/{id}',
        stateMap: { paid: null } as unknown as StateMapInput,
      }),
    ).rejects.toThrow(/maps "paid" to null; .* write an empty array: \{"paid": \[\]\}/);
  });

  it('passes a history that applies nothing on the word the map gives an empty array, and fails a check expecting a status on it', async () => {
    // A shop that only creates its order ("paid") and applies nothing: no callback moves it.
    const r = await toy({ noStateWord: 'paid', next: () => undefined });
    const report = await verifyReceiver({
      ...hooks(r),
      stateMap: COARSE_STATE_MAP,
      only: ['state-follows-lifecycle'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 5,
    });
    const failure = check(report, 'state-follows-lifecycle').failures[0]!;
    expect(failure.message).toMatch(/got "paid" \(no Probo status yet, through --state-map\)$/);
    expect(failure.state).toMatchObject({ word: 'paid', means: [] });
    expect(failure.hint).toMatch(/^"paid" means no Probo status yet/);
  });
});

describe('order ids', () => {
  it('sends RFC 4122 version 4 ids with --order-id-format uuid, the same for the same seed and run id', async () => {
    const r = await toy();
    const ids = async (runId: string) => {
      r.orders.clear();
      await verifyReceiver({
        target: r.callbackUrl,
        only: ['accepts-every-status'],
        orderIdFormat: 'uuid',
        runId,
        seed: 4,
      });
      return [...r.orders.keys()].sort();
    };
    const first = await ids('run-a');
    expect(first).toHaveLength(17);
    expect(first.every((id) => UUID_V4.test(id))).toBe(true);
    expect(new Set(first).size).toBe(17);
    expect(await ids('run-a')).toEqual(first);
    const other = await ids('run-b');
    expect(other.filter((id) => first.includes(id))).toEqual([]);
  });

  it('passes everything against a receiver that refuses ids that are not UUIDs, with --order-id-format uuid', async () => {
    const r = await toy({ uuidOnly: 500, secret: { header: 'x-shop-secret', value: 's3' } });
    const report = await verifyReceiver({
      ...hooks(r),
      // The secret and the effects hook make every check of the catalog run, none skipped.
      headers: { 'x-shop-secret': 's3' },
      effectsUrl: r.effectsUrl,
      orderIdFormat: 'uuid',
      seed: 5,
      explore: 50,
    });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
    expect(report.summary.passed).toBe(CHECK_IDS.length);
  });

  it('fails against that receiver with prefixed ids, naming the refused id', async () => {
    const r = await toy({ uuidOnly: 400 });
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['responds-in-time'],
      runId: 'r1',
      seed: 6,
    });
    expect(check(report, 'responds-in-time').failures[0]!.message).toMatch(
      /^queued for order pm-r1-responds-in-time-1: answered 400/,
    );
  });

  it('uses the id a setup answer carries as {"id": …} as the order id of the callbacks', async () => {
    const r = await toy({ setupId: (asked) => `shop-${asked.length}-${r.orders.size + 1}` });
    const report = await verifyReceiver({
      ...hooks(r),
      only: ['state-follows-lifecycle', 'state-records-tracking'],
      seed: 7,
    });
    expect(report.summary).toEqual({ passed: 2, failed: 0, skipped: 0 });
    const callbackIds = new Set(
      r.received
        .filter((x) => x.raw !== PROBE_BODY)
        .map((x) => (JSON.parse(x.raw) as { order: { id: string } }).order.id),
    );
    expect([...callbackIds].every((id) => id.startsWith('shop-'))).toBe(true);
    expect(callbackIds.size).toBe(2);
  });

  it('sends byte-identical requests on two runs with the same --seed and --run-id', async () => {
    const r = await toy();
    const record = async () => {
      r.requests.length = 0;
      r.orders.clear();
      const report = await verifyReceiver({ ...hooks(r), runId: 'same', seed: 8 });
      expect(report.summary.failed).toBe(0);
      // Checks run side by side, so the interleaving differs; each request's bytes may not.
      return r.requests.map((q) => JSON.stringify([q.method, q.url, q.headers, q.raw])).sort();
    };
    const first = await record();
    expect(first.length).toBeGreaterThan(200);
    expect(await record()).toEqual(first);
  }, 60_000);
});

describe('the probe', () => {
  it('lets a slow receiver (1.5 s, --timeout 1000) be graded instead of calling it unreachable', async () => {
    const r = await toy({ workMs: 1500 });
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['tolerates-unknown-order'],
      timeoutMs: 1000,
      seed: 9,
    });
    expect(report.warnings?.[0]).toMatch(/did not answer the probe within 1000 ms/);
    const failure = check(report, 'tolerates-unknown-order').failures[0]!;
    expect(failure.response?.error?.code).toBe('TIMEOUT');
  });

  it('warns about the path on a 404, then runs the checks and grades them', async () => {
    const r = await toy();
    const report = await verifyReceiver({
      target: r.callbackUrl.replace('/webhooks/probo', '/webhook'),
      only: ['handles-unicode'],
      seed: 10,
    });
    expect(report.warnings?.[0]).toMatch(/answered 404 to a POST: nothing is at \/webhook there/);
    expect(check(report, 'handles-unicode').failures[0]!.message).toMatch(/answered 404/);
  });
});

describe('what a run shows and counts', () => {
  it('shows and counts only the checks --only selects', async () => {
    const r = await toy();
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['handles-unicode', 'state-follows-lifecycle'],
      seed: 11,
    });
    expect(report.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['handles-unicode', 'passed'],
      ['state-follows-lifecycle', 'skipped'],
    ]);
    expect(report.summary).toEqual({ passed: 1, failed: 0, skipped: 1 });
  });

  it('refuses a run in which no check would run, saying why, before sending anything', async () => {
    const r = await toy();
    const run = verifyReceiver({ target: r.callbackUrl, only: ['state-follows-lifecycle'] });
    await expect(run).rejects.toBeInstanceOf(ConformanceUsageError);
    await expect(run).rejects.toThrow(
      /no check would run:\n {2}state-follows-lifecycle: needs the state hook \(--state-url\)/,
    );
    expect(r.requests).toHaveLength(0);
  });

  it('reports each check as it finishes, after the start with seed and run id', async () => {
    const r = await toy();
    const events: string[] = [];
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['handles-unicode', 'responds-in-time', 'tolerates-redelivery'],
      runId: 'streamed',
      seed: 12,
      onStart: (s) => events.push(`start ${s.seed} ${s.runId} ${s.checks.join(',')}`),
      onCheck: (c) => events.push(`${c.outcome} ${c.id}`),
    });
    expect(events[0]).toBe(
      'start 12 streamed responds-in-time,tolerates-redelivery,handles-unicode',
    );
    expect(events.slice(1).sort()).toEqual(report.checks.map((c) => `passed ${c.id}`).sort());
  });

  it('stops on an abort: the finished checks are graded, the rest skipped, the report partial', async () => {
    // shipment_scanned_by_carrier hangs (30 s): responds-in-time cannot finish before the abort.
    // accepts-documented-examples (before it in report order) sends no such status.
    const r = await toy({
      delayMs: (m) => (m.status === 'shipment_scanned_by_carrier' ? 30_000 : 0),
    });
    const abort = new AbortController();
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['accepts-documented-examples', 'responds-in-time'],
      timeoutMs: 60_000,
      seed: 13,
      signal: abort.signal,
      onCheck: (c) => {
        if (c.id === 'accepts-documented-examples') abort.abort();
      },
    });
    expect(report.partial).toBe(true);
    expect(check(report, 'accepts-documented-examples').outcome).toBe('passed');
    expect(check(report, 'responds-in-time')).toMatchObject({
      outcome: 'skipped',
      note: 'not finished: the run was interrupted',
    });
  });
});

describe('failures a person can act on', () => {
  it('shows a failed state check with its story, the state read, a hint on the cause and a curl replay that reproduces it', async () => {
    const r = await toy(flaw('applies stale updates'));
    const report = await verifyReceiver({
      ...hooks(r),
      only: ['state-ignores-stale-updates'],
      runId: 'story',
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 14,
    });
    const failure = check(report, 'state-ignores-stale-updates').failures[0]!;
    expect(failure.story?.map((e) => `${e.step} ${e.response.status}`)).toEqual([
      'setup 201',
      'queued 200',
      'accepted 200',
      'in_production 200',
      'shipment_in_transit 200',
      'accepted 200',
    ]);
    expect(failure.state).toMatchObject({ word: 'accepted', means: ['accepted'] });
    expect(failure.state?.request.url).toBe(
      r.stateUrl.replace('{id}', 'pm-story-state-ignores-stale-updates-1'),
    );
    expect(failure.hint).toMatch(
      /^A stale status was applied: accepted arrived after shipment_in_transit/,
    );
    // Replayed against a fresh receiver with the same flaw, the curl lines end in the same state.
    const fresh = await toy(flaw('applies stale updates'));
    const script = failure.curl!.replaceAll(
      new URL(r.callbackUrl).origin,
      new URL(fresh.callbackUrl).origin,
    );
    expect(script.split('\n')).toHaveLength(7);
    const { stdout } = await sh('sh', ['-c', script]);
    expect(stdout).toMatch(/"status":"accepted"/);
    expect(fresh.orders.get('pm-story-state-ignores-stale-updates-1')?.state).toBe('accepted');
  });

  it('gives a curl line for an answer failure that sends the same bytes, secret headers as variables', async () => {
    const r = await toy({
      secret: { header: 'x-shop-secret', value: 's3' },
      screen: (m) => (m.status === 'accepted' ? 500 : undefined),
    });
    const report = await verifyReceiver({
      target: r.callbackUrl,
      only: ['responds-in-time'],
      headers: { 'X-Shop-Secret': 's3' },
      seed: 15,
    });
    const failure = check(report, 'responds-in-time').failures[0]!;
    expect(failure.curl).toContain('-H "x-shop-secret: ${X_SHOP_SECRET}"');
    expect(failure.curl).not.toContain("s3'");
    r.received.length = 0;
    const { stdout } = await sh('sh', ['-c', failure.curl!], {
      env: { ...process.env, X_SHOP_SECRET: 's3' },
    });
    expect(stdout).toMatch(/^HTTP\/1\.1 500/);
    expect(r.received[0]!.raw).toBe(failure.request?.body);
  });

  it('names a refused setup as the cause', async () => {
    const r = await toy({ setupStatus: 409 });
    const report = await verifyReceiver({ ...hooks(r), only: ['handles-unicode'], seed: 16 });
    expect(check(report, 'handles-unicode').failures[0]!.hint).toMatch(
      /setup hook refused the order id as a duplicate \(409\)/,
    );
  });

  it('names a state hook answering 404 or 500 as the cause', async () => {
    const r = await toy();
    const at404 = await verifyReceiver({
      target: r.callbackUrl,
      stateUrl: r.stateUrl.replace('{id}', 'missing-{id}'),
      only: ['state-records-cancellation'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 17,
    });
    expect(check(at404, 'state-records-cancellation').failures[0]!.hint).toMatch(
      /^The state hook answered 404 for order pm-/,
    );
    const broken = await toy({ uuidOnly: 500 });
    const at500 = await verifyReceiver({
      target: r.callbackUrl,
      stateUrl: broken.stateUrl,
      only: ['state-records-cancellation'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 18,
    });
    expect(check(at500, 'state-records-cancellation').failures[0]!.hint).toMatch(
      /^The state hook failed \(500\)/,
    );
  });

  it('names an order stuck at an earlier step as the cause', async () => {
    const r = await toy(flaw('waits at accepted for in_production'));
    const report = await verifyReceiver({
      ...hooks(r),
      only: ['state-advances-past-skipped-steps'],
      timeoutMs: STATE_TIMEOUT_MS,
      seed: 19,
    });
    expect(check(report, 'state-advances-past-skipped-steps').failures[0]!.hint).toMatch(
      /^The order stopped at accepted: shipment_created, shipment_in_transit, shipment_delivered did not move it on/,
    );
  });
});
