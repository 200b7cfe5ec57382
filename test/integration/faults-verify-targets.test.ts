import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG, TargetUnreachableError, verifyReceiver } from '../../src/conformance/index.js';
import type { Report } from '../../src/conformance/index.js';
import { startHostileServer } from '../support/reliability-hostile-servers.js';
import type { HostileServer, Hostility } from '../support/reliability-hostile-servers.js';

// Without hooks, every check but the state checks runs (and here fails).
// The checks that run with a target alone: no state hook, and no option of their own
// (--header, --effects-url, a pointer, --explore).
const WITHOUT_HOOKS = CATALOG.filter(
  (c) => !c.needsStateHook && c.needsOption === undefined,
).length;

/** Per request, against targets that never answer: short, so those runs are quick. */
const TIMEOUT_MS = 300;
/** Per request, against targets that do answer: a bound a busy CI machine stays far within. */
const ANSWER_TIMEOUT_MS = 10_000;
/** A generous bound on a whole run against a target that never answers in time. */
const RUN_BOUND_MS = 45_000;

let servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function target(hostility: Hostility | ((hit: number) => Hostility)): Promise<string> {
  const server = await startHostileServer(hostility);
  servers.push(server);
  return server.url;
}

/** The probe (a GET) gets a polite 200; every later request gets `hostility`. */
const afterProbe =
  (hostility: Hostility) =>
  (hit: number): Hostility =>
    hit === 0 ? { status: 200, body: '{}' } : hostility;

function run(url: string, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Report> {
  return verifyReceiver({ target: url, timeoutMs, seed: 3, concurrency: 10 });
}

/** Every check of a run without hooks ran and reported; none crashed. */
function everyCheckReported(report: Report): void {
  const ran = report.checks.filter((c) => c.outcome !== 'skipped');
  expect(ran.length).toBe(13);
  for (const check of ran) {
    for (const failure of check.failures)
      expect(failure.message, check.id).not.toMatch(/could not run/);
  }
}

describe('verify against targets that misbehave', () => {
  it('ends with a clear unreachable error when the target answers bytes that are not HTTP', async () => {
    const error = await run(await target('garbage')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetUnreachableError);
    expect((error as Error).message).toMatch(/cannot reach the target http:\/\/127\.0\.0\.1:\d+/);
  });

  it('ends with a clear unreachable error when the target closes every connection', async () => {
    const error = await run(await target('close-at-once')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetUnreachableError);
  });

  it('grades a target that never answers (a timeout is no connection error): every check fails saying it timed out', async () => {
    const report = await run(await target('hang'), TIMEOUT_MS);
    everyCheckReported(report);
    expect(report.summary.failed).toBe(WITHOUT_HOOKS);
    expect(report.warnings?.[0]).toMatch(/did not answer the probe within 300 ms; the checks run/);
  }, 60_000);

  it('fails every check, each saying it timed out, when the target hangs after the probe, within the time bound', async () => {
    const started = Date.now();
    const report = await run(await target(afterProbe('hang')), TIMEOUT_MS);
    expect(Date.now() - started).toBeLessThan(RUN_BOUND_MS);
    everyCheckReported(report);
    expect(report.summary.failed).toBe(WITHOUT_HOOKS);
    for (const check of report.checks.filter((c) => c.outcome === 'failed')) {
      const errors = check.failures.map((f) => f.response?.error?.code ?? f.message);
      expect(errors.join(' '), check.id).toMatch(/TIMEOUT|time/i);
    }
  }, 60_000);

  it('fails every check with the reset named when the target resets mid-answer', async () => {
    const report = await run(await target(afterProbe('reset-mid-answer')));
    everyCheckReported(report);
    expect(report.summary.failed).toBe(WITHOUT_HOOKS);
  }, 60_000);

  it('does not follow a redirect: the checks fail saying the target answered 301', async () => {
    const elsewhere = await startHostileServer({ status: 200, body: '{}' });
    servers.push(elsewhere);
    const report = await run(
      await target(afterProbe({ status: 301, headers: { location: elsewhere.url } })),
    );
    everyCheckReported(report);
    expect(report.summary.failed).toBeGreaterThanOrEqual(12);
    const accepts = report.checks.find((c) => c.id === 'accepts-every-status');
    expect(accepts?.failures[0]?.response?.status).toBe(301);
    expect(elsewhere.hits()).toBe(0);
  }, 60_000);

  it('reads only the start of a 50 MB answer and still grades it', async () => {
    const report = await run(await target({ bodyBytes: 50 * 1024 * 1024 }));
    everyCheckReported(report);
    // A 200 to everything: the checks that want a 2xx pass, the one that wants a 4xx fails.
    expect(report.checks.find((c) => c.id === 'accepts-every-status')?.outcome).toBe('passed');
    expect(report.checks.find((c) => c.id === 'rejects-malformed-body')?.outcome).toBe('failed');
    for (const check of report.checks)
      for (const f of check.failures) expect((f.response?.body ?? '').length).toBeLessThan(4096);
  }, 60_000);

  it('grades an HTTP answer full of garbage like any other answer', async () => {
    const report = await run(
      await target({ status: 200, headers: { 'content-type': 'text/html' }, body: '\u0000<%>{{' }),
    );
    everyCheckReported(report);
    expect(report.checks.find((c) => c.id === 'accepts-every-status')?.outcome).toBe('passed');
  }, 60_000);
});
