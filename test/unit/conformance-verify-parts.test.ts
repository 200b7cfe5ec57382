import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatJunit, formatPretty, UUID_V4, type Report } from '../../src/conformance/index.js';
import { curlCommand, shellQuote } from '../../src/conformance/curl.js';
import { orderIdFor } from '../../src/conformance/order-ids.js';
import { resolveOptions } from '../../src/conformance/options.js';
import { meaningOf, parseStateMap } from '../../src/conformance/state-map.js';
import { wrongStateHint } from '../../src/conformance/hints.js';
import type { StateReading } from '../../src/conformance/state-probe.js';
import type { ProboStatus } from '../../src/contract/index.js';

const target = 'http://127.0.0.1:3000/webhooks/probo';
const stateUrl = 'http://127.0.0.1:3000/orders/{id}';

describe('state maps', () => {
  const map = parseStateMap({
    new: 'queued',
    shipped: ['shipment_created', 'shipment_in_transit'],
  });

  it('turns a status or an array of statuses into the set a word stands for', () => {
    expect(meaningOf('new', map)).toEqual({ statuses: ['queued'], mapped: true });
    expect(meaningOf('shipped', map)).toEqual({
      statuses: ['shipment_created', 'shipment_in_transit'],
      mapped: true,
    });
  });

  it('gives a word the map does not name no meaning, naming the words it does name', () => {
    expect(meaningOf('queued', map)).toMatchObject({
      cause: 'not-in-map',
      problem:
        'the receiver reported "queued", a word --state-map does not name (it names "new", "shipped")',
    });
  });

  it('without a map takes a Probo status as itself and nothing else', () => {
    expect(meaningOf('accepted', undefined)).toEqual({ statuses: ['accepted'], mapped: false });
    expect(meaningOf('done', undefined)).toMatchObject({ cause: 'not-a-status' });
  });

  it('takes an empty array as the word for "no Probo status yet", and refuses null with the one spelling', () => {
    expect(meaningOf('paid', parseStateMap({ paid: [], new: 'queued' }))).toEqual({
      statuses: [],
      mapped: true,
    });
    expect(() => parseStateMap({ paid: null })).toThrow(
      'the state map maps "paid" to null; for a word that means "no Probo status yet" (the order exists, no callback has moved it) write an empty array: {"paid": []}',
    );
  });

  it('refuses an array holding something that is no status, and a map that is an array', () => {
    expect(() => parseStateMap({ shipped: ['shipment_in_transit', 'gone'] })).toThrow(/"gone"/);
    expect(() => parseStateMap(['queued'])).toThrow(/must be a JSON object/);
  });
});

describe('order ids', () => {
  const run = { seed: 1, runId: 'abc' };

  it('are pm-<run>-<check>-<n> by default', () => {
    expect(orderIdFor('prefixed', run, 'handles-unicode', 3)).toBe('pm-abc-handles-unicode-3');
  });

  it('are RFC 4122 version 4 UUIDs drawn from the seed, the run id, the check and n', () => {
    const id = orderIdFor('uuid', run, 'handles-unicode', 3);
    expect(id).toMatch(UUID_V4);
    expect(orderIdFor('uuid', run, 'handles-unicode', 3)).toBe(id);
    expect(orderIdFor('uuid', { ...run, seed: 2 }, 'handles-unicode', 3)).not.toBe(id);
    expect(orderIdFor('uuid', { ...run, runId: 'abd' }, 'handles-unicode', 3)).not.toBe(id);
    expect(orderIdFor('uuid', run, 'handles-unicode', 4)).not.toBe(id);
  });
});

describe('curl replays', () => {
  it('quote any text for a POSIX shell', () => {
    const text = `it's "quoted" \\ $HOME \`x\` 🖨️`;
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(text)}`]).toString()).toBe(text);
  });

  it('send the headers and body as they were, with secret headers as variables', () => {
    const curl = curlCommand({
      method: 'POST',
      url: 'http://h/x?a=1&b=2',
      headers: { 'user-agent': 'probo-mock-verify/0.1', 'content-type': 'application/json' },
      secretHeaders: ['x-shop-secret'],
      body: `{"a":"it's"}`,
    });
    expect(curl).toBe(
      `curl -sS -i -X POST 'http://h/x?a=1&b=2' -H 'content-type: application/json' -H "x-shop-secret: \${X_SHOP_SECRET}" --data-binary '{"a":"it'\\''s"}'`,
    );
  });
});

describe('verify options', () => {
  it('defaults to four requests in flight, prefixed ids and a fresh run id', () => {
    const o = resolveOptions({ target });
    expect([o.parallel, o.orderIdFormat, o.runId]).toEqual([4, 'prefixed', undefined]);
  });

  it('refuses a run id that cannot go into an order id or a URL', () => {
    expect(() => resolveOptions({ target, runId: 'a b/c' })).toThrow(
      'bad options: runId must be 1 to 64 letters, digits, "-" or "_" (got "a b/c")',
    );
  });

  it('refuses an order id format it does not know', () => {
    expect(() => resolveOptions({ target, orderIdFormat: 'ulid' as 'uuid' })).toThrow(
      'bad options: orderIdFormat must be one of "prefixed", "uuid" (got "ulid")',
    );
  });

  it('refuses --parallel 0', () => {
    expect(() => resolveOptions({ target, parallel: 0 })).toThrow(
      'bad options: parallel must be an integer from 1 to 256 (got 0)',
    );
  });

  it('refuses the state pointers without --state-url, naming them', () => {
    expect(() => resolveOptions({ target, stateTrackingPointer: '/tracking' })).toThrow(
      '--state-tracking-pointer need --state-url',
    );
  });

  it('skips a pointer check without its pointer and runs it with it', () => {
    const without = resolveOptions({ target, stateUrl });
    expect(without.skipped.get('state-records-tracking')).toMatch(
      /^needs --state-tracking-pointer/,
    );
    const withIt = resolveOptions({ target, stateUrl, stateTrackingPointer: '/tracking' });
    expect(withIt.selected.map((c) => c.id)).toContain('state-records-tracking');
  });
});

describe('the reporters on a failed state check', () => {
  const report: Report = {
    target,
    seed: 3,
    runId: 'r1',
    durationMs: 10,
    partial: true,
    summary: { passed: 0, failed: 1, skipped: 1 },
    checks: [
      {
        id: 'state-ignores-stale-updates',
        title: 'Ignores a status that arrives after a later one',
        outcome: 'failed',
        durationMs: 9,
        failures: [
          {
            message: 'expected state shipment_in_transit, got accepted',
            hint: 'A stale status was applied: accepted arrived after shipment_in_transit',
            curl: "curl -sS -i -X POST 'http://h/x' --data-binary '{}'\ncurl -sS -i 'http://h/orders/1'",
            story: [
              {
                step: 'queued',
                request: { method: 'POST', url: target, headers: {} },
                response: { status: 200, body: '{"ok":true}', durationMs: 1 },
              },
              {
                step: 'accepted',
                request: { method: 'POST', url: target, headers: {} },
                response: { status: 200, body: '{"ok":true}', durationMs: 1 },
              },
            ],
            state: {
              request: { method: 'GET', url: 'http://h/orders/1', headers: {} },
              response: { status: 200, body: '{"status":"accepted"}', durationMs: 1 },
              word: 'accepted',
              means: ['accepted'],
            },
          },
        ],
      },
      {
        id: 'state-records-tracking',
        title: 'Keeps the track and trace of every package',
        outcome: 'skipped',
        durationMs: 0,
        failures: [],
        note: 'not finished: the run was interrupted',
      },
    ],
  };

  it('pretty: seed and run id first, then the story in order, the state read, the hint and the replay', () => {
    const text = formatPretty(report);
    const lines = text.split('\n');
    expect(lines[1]).toBe('  seed 3  run id r1');
    const order = [
      '1. queued → 200',
      '2. accepted → 200',
      'state read: GET http://h/orders/1 → 200',
      'hint: A stale',
      'replay:',
      "curl -sS -i 'http://h/orders/1'",
    ];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/interrupted: partial report/);
  });

  it('junit: the partial mark, the run id, and the story, hint and replay in the failure text', () => {
    const xml = formatJunit(report);
    expect(xml).toContain('<property name="partial" value="true"/>');
    expect(xml).toContain('<property name="run-id" value="r1"/>');
    expect(xml).toMatch(/story:\n1\. queued → 200/);
    expect(xml).toContain('hint: A stale status was applied');
    expect(xml).toContain('replay:\ncurl -sS -i -X POST');
  });
});

describe('hints on a wrong state', () => {
  const reading = (word: string, statuses: ProboStatus[], mapped = false) =>
    ({ word, statuses, mapped }) as unknown as StateReading;
  const toTransit = ['queued', 'accepted', 'in_production', 'shipment_in_transit'];

  it('name a stale status that came after the expected one', () => {
    expect(
      wrongStateHint(reading('accepted', ['accepted']), 'shipment_in_transit', [
        ...toTransit,
        'accepted',
      ]),
    ).toMatch(/^A stale status was applied: accepted arrived after shipment_in_transit/);
  });

  it('name a duplicate-order refusal taken for the order itself', () => {
    expect(
      wrongStateHint(reading('not_accepted', ['not_accepted']), 'in_production', [
        'queued',
        'accepted',
        'in_production',
        'not_accepted',
      ]),
    ).toMatch(/^The not_accepted that came after in_production was applied/);
  });

  it('name a class word that hides a failed delivery', () => {
    const shipped = reading('shipped', ['shipment_created', 'shipment_in_transit'], true);
    expect(
      wrongStateHint(shipped, 'shipment_returned', [...toTransit, 'shipment_returned']),
    ).toMatch(
      /^"shipped" stands for shipment_created, shipment_in_transit, not shipment_returned: .* same word as shipment_in_transit/,
    );
  });

  it('name a status recorded as one that was never sent', () => {
    expect(
      wrongStateHint(reading('accepted', ['accepted']), 'not_accepted', ['queued', 'not_accepted']),
    ).toMatch(/never sent for it/);
  });

  it("leave a cancellation that was not applied to the check's own hint", () => {
    expect(
      wrongStateHint(reading('accepted', ['accepted']), 'canceled', [
        'queued',
        'accepted',
        'canceled',
      ]),
    ).toBeUndefined();
  });
});
