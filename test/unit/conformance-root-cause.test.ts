import { describe, expect, it } from 'vitest';
import {
  refusedCallbackHint,
  sharedCause,
  withRootCauses,
  type CauseContext,
} from '../../src/conformance/root-cause.js';
import type { CheckFailure, CheckResult } from '../../src/conformance/types.js';

const TARGET = 'http://127.0.0.1:9/webhooks/probo';
const bare: CauseContext = { target: TARGET, headerNames: [] };

/** A failure whose callback got `status` and `body`. */
const answered = (status: number, body = ''): CheckFailure => ({
  message: `answered ${status}`,
  request: { method: 'POST', url: TARGET, headers: {}, body: '{}' },
  response: { status, body, durationMs: 1 },
});
const failed = (id: CheckResult['id'], ...failures: CheckFailure[]): CheckResult => ({
  id,
  title: id,
  outcome: 'failed',
  durationMs: 1,
  failures,
});

describe('refusedCallbackHint', () => {
  it('names --header for a 401 or 403, and the header names when some were sent', () => {
    expect(refusedCallbackHint(401, bare)).toMatch(/wants a shared secret\. Pass it with --header/);
    expect(refusedCallbackHint(403, bare)).toMatch(/refused the callback with 403/);
    expect(refusedCallbackHint(403, { ...bare, headerNames: ['X-Security-Header'] })).toMatch(
      /although --header X-Security-Header was sent: check the header's name and value/,
    );
  });

  it('names --setup-url for a 404 or another 4xx to an order never set up, and not once it is', () => {
    expect(refusedCallbackHint(404, bare)).toMatch(/give --setup-url/);
    expect(refusedCallbackHint(422, bare)).toMatch(/answered 422 .* give --setup-url/);
    expect(refusedCallbackHint(404, { ...bare, setupUrl: 'http://127.0.0.1:9/setup' })).toBe(
      undefined,
    );
  });

  it('gives no root cause for answers that name another one: 400, 405, 413, 415, 5xx', () => {
    for (const status of [400, 405, 413, 415, 500, 503])
      expect(refusedCallbackHint(status, bare)).toBeUndefined();
  });
});

describe('withRootCauses', () => {
  it("replaces a refused callback's generic hint, and leaves other failures as they are", () => {
    const generic = { ...answered(401), hint: 'Store text in a full Unicode column.' };
    const other = { ...answered(500), hint: 'Acknowledge first.' };
    const [refused, kept] = withRootCauses([generic, other], bare);
    expect(refused!.hint).toMatch(/--header/);
    expect(kept).toBe(other);
  });
});

describe('sharedCause', () => {
  it('names the answer at least half of the failed checks got, with its hint', () => {
    const hinted = withRootCauses([answered(401, '{"error":"no secret"}')], bare)[0]!;
    const cause = sharedCause([
      failed('accepts-every-status', hinted),
      failed('handles-unicode', hinted),
      failed('handles-large-payload', answered(413)),
      failed('responds-in-time', answered(500)),
    ]);
    expect(cause).toEqual({
      answer: '401 {"error":"no secret"}',
      checks: ['accepts-every-status', 'handles-unicode'],
      failed: 4,
      hint: hinted.hint,
    });
  });

  it('names none when fewer than half share an answer, or only one check failed', () => {
    const same = answered(500, 'boom');
    expect(
      sharedCause([
        failed('accepts-every-status', same),
        failed('handles-unicode', same),
        failed('handles-large-payload', answered(413)),
        failed('responds-in-time', answered(502)),
        failed('tolerates-redelivery', answered(409)),
      ]),
    ).toBeUndefined();
    expect(sharedCause([failed('accepts-every-status', same, same)])).toBeUndefined();
  });

  it('names a shared answer without a hint when the answer names no cause', () => {
    const same = answered(500, 'boom');
    const cause = sharedCause([
      failed('accepts-every-status', same),
      failed('handles-unicode', same),
    ]);
    expect(cause).toMatchObject({ answer: '500 boom', failed: 2 });
    expect(cause).not.toHaveProperty('hint');
  });
});
