import { HttpClient } from '../http-client/http-client.js';
import { CHECKS } from './catalog.js';
import type { Check } from './check.js';
import { CheckAborted, CheckContext, type RunEnvironment } from './check-context.js';
import { RunInterrupted } from './errors.js';
import type { ExchangeSettings } from './exchange.js';
import { inParallel } from './limiter.js';
import { newRunId } from './order-ids.js';
import { resolveOptions } from './options.js';
import { probeTarget } from './target-probe.js';
import type { CheckResult, Report, VerifyOptions } from './types.js';

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
  const results = new Map<CheckResult['id'], CheckResult>();
  let warnings: string[] = [];
  const finished = (result: CheckResult | undefined): void => {
    if (!result || signal?.aborted) return;
    results.set(result.id, result);
    options.onCheck?.(result);
  };
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
    const shared = resolved.selected.filter((c) => !c.exclusive);
    await inParallel(shared, env.parallel, async (c) => finished(await runCheck(c, env)), signal);
    for (const check of resolved.selected.filter((c) => c.exclusive)) {
      if (signal?.aborted) break;
      finished(await runCheck(check, env));
    }
  } catch (err) {
    if (!(err instanceof RunInterrupted)) throw err;
  } finally {
    await Promise.all([client.destroy(), burstClient.destroy()]);
  }
  const partial = signal?.aborted === true;
  const shown = CHECKS.filter(
    (c) => !resolved.onlySelected || resolved.skipped.get(c.id) !== 'not selected by --only',
  );
  const checks = shown.map(
    (c) =>
      results.get(c.id) ?? {
        id: c.id,
        title: c.title,
        outcome: 'skipped' as const,
        durationMs: 0,
        failures: [],
        note:
          resolved.skipped.get(c.id) ??
          (partial ? 'not finished: the run was interrupted' : 'not run'),
      },
  );
  const count = (o: CheckResult['outcome']) => checks.filter((c) => c.outcome === o).length;
  const report: Report = {
    target: resolved.target,
    seed: resolved.seed,
    runId,
    durationMs: Math.round(performance.now() - started),
    summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    checks,
  };
  if (warnings.length > 0) report.warnings = warnings;
  if (partial) report.partial = true;
  return report;
}

/** Runs one check; undefined when the run was interrupted meanwhile (it is not graded then). */
async function runCheck(check: Check, env: RunEnvironment): Promise<CheckResult | undefined> {
  const ctx = new CheckContext(env, check.id);
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
  const failures = ctx.failures;
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
