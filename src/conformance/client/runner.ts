import { HttpClient } from '../../http-client/http-client.js';
import { checkReachable } from '../../http-client/reachable.js';
import type { OrderSelector } from '../../generated/types.js';
import { mockEngineOf } from '../../mock/http/plugin.js';
import { startMock, type RunningMock } from '../../mock/server.js';
import { ConformanceUsageError, RunInterrupted, TargetUnreachableError } from '../errors.js';
import { newRunId } from '../order-ids.js';
import { buildReport, ReportOrder, unfinishedNote } from '../report-order.js';
import type { CheckResult, Report, VerifyClientOptions } from '../types.js';
import { CLIENT_CHECKS } from './catalog.js';
import type { ClientCheck } from './client-check.js';
import { ClientCheckAborted, ClientContext, type ClientEnvironment } from './client-context.js';
import { MockFront } from './mock-front.js';
import { resolveClientOptions } from './options.js';

/**
 * Grades the shop's client half: starts the mock (behind a recording front on `host:port`, the
 * shop's Probo base URL), then runs the client checks one at a time, so that every order post
 * arriving during a check is that check's (a late retry of an earlier check's order stays that
 * check's). Each check calls the shop's hooks, plays its scenario in the mock and judges what the
 * mock saw and the state the shop reports. Resolves to the same report shape as verifyReceiver.
 *
 * Throws ConformanceUsageError for bad options and a port in use, TargetUnreachableError when the
 * place hook cannot be connected to (no check could run). `signal` stops the run: the checks
 * that finished are reported, the report is marked partial.
 */
export async function verifyClient(options: VerifyClientOptions): Promise<Report> {
  const started = performance.now();
  const resolved = resolveClientOptions(options);
  const signal = options.signal;
  const runId = newRunId();
  const unreachable = await checkReachable(resolved.placeUrl, Math.min(resolved.timeoutMs, 5000));
  if (unreachable)
    throw new TargetUnreachableError(
      resolved.placeUrl,
      unreachable.code,
      unreachable.message,
      'the place hook',
    );

  // --manual: nothing plays unless a check plays it. Few, quick callback retries: a check waits
  // for them.
  const mock = await startMock({
    port: 0,
    host: resolved.host,
    manual: true,
    seed: resolved.seed,
    retries: 2,
    retryBaseMs: 100,
    timeoutMs: resolved.timeoutMs,
    shutdownGraceMs: 500,
    ...(resolved.apiKey !== undefined ? { apiKey: resolved.apiKey } : {}),
  });
  const engine = mockEngineOf(mock.server);
  let front: MockFront;
  try {
    front = await MockFront.start({
      host: resolved.host,
      port: resolved.port,
      mockUrl: mock.url,
      idOf: (s) => {
        const selector = orderSelector(s);
        return selector ? engine.orders.find(selector)?.id : undefined;
      },
    });
  } catch (error) {
    await mock.close();
    const e = error as NodeJS.ErrnoException;
    throw new ConformanceUsageError(
      e.code === 'EADDRINUSE'
        ? `--port ${resolved.port} is in use on ${resolved.host}: stop what listens there, or give another --port (and point the shop's Probo base URL at it)`
        : `the mock cannot listen on ${resolved.host}:${resolved.port}: ${e.message}`,
    );
  }

  // Read while it listens: a closed server has no address (port 0 would show as 0).
  const mockUrl = front.url;
  const client = new HttpClient({ connections: 4 });
  const env: ClientEnvironment = {
    front,
    engine,
    settings: {
      client,
      timeoutMs: resolved.timeoutMs,
      userHeaders: resolved.headers,
      ...(signal ? { signal } : {}),
    },
    placeUrl: resolved.placeUrl,
    stateHook: resolved.stateHook,
    settleMs: resolved.settleMs,
    runId,
  };
  if (resolved.pollUrl !== undefined) env.pollUrl = resolved.pollUrl;
  if (resolved.cancelUrl !== undefined) env.cancelUrl = resolved.cancelUrl;
  if (signal) env.signal = signal;

  const order = new ReportOrder(CLIENT_CHECKS, resolved, options.onCheck);
  const warnings: string[] = [];
  try {
    options.onStart?.({
      target: resolved.placeUrl,
      mock: mockUrl,
      seed: resolved.seed,
      runId,
      checks: resolved.selected.map((c) => c.id),
      warnings: [],
    });
    order.start();
    for (const check of resolved.selected) {
      if (signal?.aborted) break;
      const result = await runCheck(check, env, warnings);
      if (!result || signal?.aborted) break;
      order.finished(result);
    }
  } finally {
    await Promise.all([front.close(), client.destroy(), closeMock(mock)]);
  }

  const partial = signal?.aborted === true;
  const checks = order.checks(() => unfinishedNote(partial));
  const report = buildReport(
    {
      target: resolved.placeUrl,
      mock: mockUrl,
      seed: resolved.seed,
      runId,
      startedAt: started,
      warnings,
      partial,
    },
    checks,
  );
  return report;
}

/** Runs one check with the front attributing calls to it; undefined when the run was interrupted. */
async function runCheck(
  check: ClientCheck,
  env: ClientEnvironment,
  warnings: string[],
): Promise<CheckResult | undefined> {
  const ctx = new ClientContext(env, check.id);
  const started = performance.now();
  const { front } = env;
  front.current = check.id;
  const referee = check.referee;
  front.referee = referee
    ? (post) =>
        referee(
          post,
          front.callsOf(check.id).filter((c) => c.path === '/order'),
        )
    : undefined;
  try {
    await check.run(ctx);
  } catch (error) {
    if (error instanceof RunInterrupted) return undefined;
    if (!(error instanceof ClientCheckAborted))
      ctx.fail(`the check could not run: ${(error as Error).message}`);
  } finally {
    front.referee = undefined;
  }
  if (env.signal?.aborted) return undefined;
  ctx.seal();
  warnings.push(...ctx.warnings);
  return {
    id: check.id,
    title: check.title,
    outcome: ctx.failures.length > 0 ? 'failed' : 'passed',
    durationMs: Math.round(performance.now() - started),
    failures: ctx.failures,
  };
}

/** A status or cancel selector the mock can look up: only its id, number and reference. */
function orderSelector(raw: Record<string, unknown>): OrderSelector | undefined {
  const out: Record<string, string | number> = {};
  for (const key of ['id', 'supplier_order_number', 'reference'] as const) {
    const value = raw[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as OrderSelector) : undefined;
}

/** Closes the mock at once: held steps and pending callbacks of a finished run are dropped. */
async function closeMock(mock: RunningMock): Promise<void> {
  await mock.server.stop({ timeout: 500 });
}
