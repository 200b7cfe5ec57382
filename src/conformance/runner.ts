import { HttpClient } from '../http-client/http-client.js';
import { CHECKS } from './catalog.js';
import type { Check } from './check.js';
import { CheckAborted, CheckContext, type RunEnvironment } from './check-context.js';
import { RunInterrupted } from './errors.js';
import type { ExchangeSettings } from './exchange.js';
import { inParallel } from './limiter.js';
import { newRunId } from './order-ids.js';
import { resolveOptions } from './options.js';
import { buildReport, ReportOrder, unfinishedNote } from './report-order.js';
import { sharedCause, withRootCauses, type CauseContext } from './root-cause.js';
import { probeTarget } from './target-probe.js';
import type { AnyCheckId, CheckResult, Report, VerifyOptions } from './types.js';

/**
 * Runs the conformance catalog against a receiver and resolves to the report (the object the json
 * reporter prints). Throws ConformanceUsageError for bad options (or when no check would run) and
 * TargetUnreachableError when the target cannot be connected to; a receiver that answers wrongly,
 * or too slowly, is a failed check, not a throw.
 *
 * At most `parallel` requests are in flight at the target's origin (and at the hooks' origin) at
 * any time: each check sends one request at a time, `parallel` checks run at once, and the client
 * holds any more back. Only handles-concurrent-burst, alone at the end, sends more.
 *
 * `signal` stops the run: the checks that finished are reported, the others as skipped, and the
 * report is marked partial.
 */
export async function verifyReceiver(options: VerifyOptions): Promise<Report> {
  const started = performance.now();
  const resolved = resolveOptions(options);
  const signal = options.signal;
  const runId = resolved.runId ?? newRunId();
  const client = new HttpClient({ connections: resolved.parallel });
  const burstClient = new HttpClient({ connections: resolved.concurrency + resolved.parallel });
  const base: Omit<ExchangeSettings, 'client'> = {
    timeoutMs: resolved.timeoutMs,
    userHeaders: resolved.headers,
    ...(signal ? { signal } : {}),
  };
  const env: RunEnvironment = {
    settings: { ...base, client },
    burstSettings: { ...base, client: burstClient },
    target: resolved.target,
    runId,
    seed: resolved.seed,
    orderIdFormat: resolved.orderIdFormat,
    concurrency: resolved.concurrency,
    parallel: resolved.parallel,
  };
  if (signal) env.signal = signal;
  if (resolved.setupUrl !== undefined) env.setupUrl = resolved.setupUrl;
  if (resolved.stateHook) env.stateHook = resolved.stateHook;
  if (resolved.effectsUrl !== undefined) env.effectsUrl = resolved.effectsUrl;
  if (resolved.explore) env.explore = resolved.explore;
  if (options.onProgress) env.onProgress = options.onProgress;
  const cause: CauseContext = {
    target: resolved.target,
    headerNames: Object.keys(resolved.headers),
    ...(resolved.setupUrl !== undefined ? { setupUrl: resolved.setupUrl } : {}),
  };
  const order = new ReportOrder(CHECKS, resolved, options.onCheck);
  const running = new Map<AnyCheckId, CheckContext>();
  let warnings: string[] = [];
  const finished = (result: CheckResult | undefined): void => {
    if (!result || signal?.aborted) return;
    order.finished(result);
  };
  const run = (check: Check) => runCheck(check, env, cause, running);
  try {
    warnings = await probeTarget(env.settings, env.target);
    options.onStart?.({
      target: env.target,
      seed: env.seed,
      runId,
      orderIdFormat: env.orderIdFormat,
      parallel: env.parallel,
      checks: resolved.selected.map((c) => c.id),
      warnings,
    });
    order.start();
    const shared = resolved.selected.filter((c) => !c.exclusive);
    await inParallel(shared, env.parallel, async (c) => finished(await run(c)), signal);
    for (const check of resolved.selected.filter((c) => c.exclusive)) {
      if (signal?.aborted) break;
      finished(await run(check));
    }
  } catch (err) {
    if (!(err instanceof RunInterrupted)) throw err;
  } finally {
    await Promise.all([client.destroy(), burstClient.destroy()]);
  }
  const partial = signal?.aborted === true;
  const checks = order.checks((c) => unfinishedNote(partial, running.get(c.id)?.progressNote));
  const report = buildReport(
    { target: resolved.target, seed: resolved.seed, runId, startedAt: started, warnings, partial },
    checks,
  );
  const shared = sharedCause(checks);
  if (shared) report.sharedCause = shared;
  return report;
}

/**
 * Runs one check; undefined when the run was interrupted meanwhile (it is not graded then). Its
 * context stays in `running`, so that a partial report can say how far it got.
 */
async function runCheck(
  check: Check,
  env: RunEnvironment,
  cause: CauseContext,
  running: Map<AnyCheckId, CheckContext>,
): Promise<CheckResult | undefined> {
  const ctx = new CheckContext(env, check.id);
  running.set(check.id, ctx);
  const started = performance.now();
  try {
    await check.run(ctx);
  } catch (err) {
    if (err instanceof RunInterrupted) return undefined;
    // A refused setup has recorded its failure already; anything else is a bug of the check.
    if (!(err instanceof CheckAborted))
      ctx.fail(`the check could not run: ${(err as Error).message}`);
  }
  if (env.signal?.aborted) return undefined;
  const failures = withRootCauses(ctx.failures, cause);
  const result: CheckResult = {
    id: check.id,
    title: check.title,
    outcome: failures.length > 0 ? 'failed' : 'passed',
    durationMs: Math.round(performance.now() - started),
    failures,
  };
  if (ctx.note !== undefined) result.note = ctx.note;
  if (ctx.explore !== undefined) result.explore = ctx.explore;
  return result;
}
