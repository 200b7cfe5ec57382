import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  formatJson,
  formatJunit,
  formatPretty,
  formatPrettyTail,
  type Report,
} from '../../src/conformance/index.js';

const report: Report = {
  target: 'http://127.0.0.1:3000/webhooks/probo?a=1&b=2',
  seed: 42,
  runId: 'run1',
  durationMs: 1234,
  summary: { passed: 1, failed: 1, skipped: 1 },
  checks: [
    {
      id: 'accepts-documented-examples',
      title: 'Accepts',
      outcome: 'passed',
      durationMs: 12,
      failures: [],
    },
    {
      id: 'handles-unicode',
      title: 'Accepts references and messages in any script',
      outcome: 'failed',
      durationMs: 30,
      failures: [
        {
          message: 'queued with emoji: answered 500, expected a 2xx answer <"&\'>',
          request: {
            method: 'POST',
            url: 'http://127.0.0.1:3000/webhooks/probo',
            headers: { 'content-type': 'application/json', 'x-secret': '[redacted]' },
            body: '{"message":"Banner 🖨️ für \\"Jürgen\\" \u0007"}',
            bodyBytes: 40,
          },
          response: {
            status: 500,
            body: "Incorrect string value: '\\xF0\\x9F' <b>\u0001</b>",
            durationMs: 3,
          },
        },
      ],
    },
    {
      id: 'state-follows-lifecycle',
      title: 'Records each status',
      outcome: 'skipped',
      durationMs: 0,
      failures: [],
      note: 'needs the state hook (--state-url)',
    },
  ],
};

describe('the junit reporter', () => {
  const xml = formatJunit(report);

  it('writes XML that a parser accepts, control characters and markup in bodies included', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has one testcase per check with the right counts', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite.tests).toBe('3');
    expect(suite.failures).toBe('1');
    expect(suite.skipped).toBe('1');
    expect(suite.testcase).toHaveLength(3);
    const [passed, failed, skipped] = suite.testcase;
    expect(passed.name).toBe('accepts-documented-examples');
    expect(failed.failure.message).toContain('answered 500');
    expect(failed.failure['#text']).toContain('Jürgen');
    expect(skipped.skipped.message).toMatch(/--state-url/);
  });
});

describe('the pretty reporter', () => {
  const text = formatPretty(report);

  it('marks each check passed, failed or skipped', () => {
    expect(text).toMatch(/✓ accepts-documented-examples\s+12 ms/);
    expect(text).toMatch(/✗ handles-unicode\s+30 ms/);
    expect(text).toMatch(/– state-follows-lifecycle\s+skipped/);
  });

  it('shows for a failure the request, the answer and a hint on the fix', () => {
    expect(text).toContain('POST http://127.0.0.1:3000/webhooks/probo');
    expect(text).toContain('→ 500 Incorrect string value');
    expect(text).toMatch(/hint: .*utf8mb4/);
    expect(text).toContain('1 passed, 1 failed, 1 skipped in 1234 ms');
  });

  it("says verify's warnings once, in the head, before the checks", () => {
    const warned = formatPretty({ ...report, warnings: ['the target answered a GET with 404'] });
    expect(warned.split('the target answered a GET with 404')).toHaveLength(2);
    expect(warned.indexOf('! the target answered')).toBeLessThan(
      warned.indexOf('accepts-documented-examples'),
    );
  });

  it("says verify-client's warnings once, after the checks that raised them", () => {
    const warning =
      'client-posts-valid-order: the shop posted "order_type": "test", which Probo cancels; each check played its own scenario regardless';
    const client: Report = { ...report, mock: 'http://127.0.0.1:4010', warnings: [warning] };
    // The CLI streams the report: its head is out before any check ran, so the tail says them.
    expect(formatPrettyTail(client)).toContain(`! ${warning}`);
    const whole = formatPretty(client);
    expect(whole.split(warning)).toHaveLength(2);
    expect(whole.indexOf(`! ${warning}`)).toBeGreaterThan(whole.indexOf('state-follows-lifecycle'));
  });

  it('uses no colours unless asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatPretty(report, { color: true })).toContain('\u001b[31m');
  });
});

describe('the json reporter', () => {
  it('prints the report object as it is', () => {
    expect(JSON.parse(formatJson(report))).toEqual(report);
  });
});
