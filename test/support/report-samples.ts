import { verifyReceiver, type Report } from '../../src/conformance/index.js';
import { startToyReceiver, type Flaws } from './receivers/toy-receiver.js';

/**
 * Three classic mistakes at once: its shipment_returned handler throws, it applies every status
 * it is sent (stale and unknown ones included), and it takes a body that is not JSON.
 */
export const SAMPLE_FLAWS: Flaws = {
  screen: (msg) => (msg.status === 'shipment_returned' ? 500 : undefined),
  next: (_order, msg) => msg.status,
  malformedStatus: 200,
};

/** The checks the sample runs: four fail against SAMPLE_FLAWS, the others pass or are skipped. */
export const SAMPLE_CHECKS = [
  'accepts-documented-examples',
  'accepts-every-status',
  'rejects-malformed-body',
  'handles-large-payload',
  'state-follows-lifecycle',
  'state-ignores-stale-updates',
  'state-ignores-unknown-status',
  'state-records-tracking',
];

/**
 * Reports to look at, for the reporters' tests: a real run against a receiver with SAMPLE_FLAWS,
 * and a hand-made report whose receiver answers carry markup, control characters and Markdown
 * that a report must show, not run.
 */
export async function flawedRunReport(): Promise<Report> {
  const receiver = await startToyReceiver(SAMPLE_FLAWS);
  try {
    return await verifyReceiver({
      target: receiver.callbackUrl,
      stateUrl: receiver.stateUrl,
      seed: 7,
      runId: 'sample',
      only: SAMPLE_CHECKS,
    });
  } finally {
    await receiver.close();
  }
}

/** Receiver text meant to do harm in a report: markup, a script, a link, terminal escapes. */
export const HOSTILE_BODY =
  '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script> [click](https://evil.example) | `code` \u001b[2J\u202eevil';

export const hostileReport = (): Report => ({
  target: 'http://127.0.0.1:9/hook?a=1&b=<b>',
  seed: 1,
  runId: 'hostile',
  durationMs: 10,
  summary: { passed: 0, failed: 1, skipped: 0 },
  checks: [
    {
      id: 'handles-unicode',
      title: 'Accepts references and messages in any script',
      outcome: 'failed',
      durationMs: 5,
      failures: [
        {
          message: `queued: answered 500 ${HOSTILE_BODY}`,
          request: {
            method: 'POST',
            url: 'http://127.0.0.1:9/hook',
            headers: { 'content-type': 'application/json' },
            body: `{"message":"${HOSTILE_BODY.replace(/"/g, '\\"')}"}`,
          },
          response: { status: 500, body: HOSTILE_BODY, durationMs: 2 },
          hint: `the receiver said ${HOSTILE_BODY}`,
          curl: `curl -sS -i -X POST 'http://127.0.0.1:9/hook' --data-binary '${HOSTILE_BODY}'`,
        },
      ],
    },
  ],
});
