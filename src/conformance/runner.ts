import { randomBytes } from 'node:crypto';
import { HttpClient } from '../http-client/http-client.js';
import { CHECKS } from './catalog.js';
import type { Check } from './check.js';
import { CheckAborted, CheckContext, type RunEnvironment } from './check-context.js';
import { resolveOptions } from './options.js';
import { probeTarget } from './target-probe.js';
import type { CheckResult, Report, VerifyOptions } from './types.js';

/** Checks running at the same time (the burst runs alone afterwards). */
const PARALLEL_CHECKS = 8;

/**
 * Runs the conformance catalog against a receiver and resolves to the report (the object the json
 * reporter prints). Throws ConformanceUsageError for bad options and TargetUnreachableError when
 * the target does not answer at all; a receiver that answers wrongly is a failed check, not a throw.
 */
export async function verifyReceiver(options: VerifyOptions): Promise<Report> {
  const started = performance.now();
  const resolved = resolveOptions(options);
  const client = new HttpClient({
    connections: Math.max(64, resolved.concurrency + PARALLEL_CHECKS * 2),
  });
  const env: RunEnvironment = {
    settings: { client, timeoutMs: resolved.timeoutMs, userHeaders: resolved.headers },
    target: resolved.target,
    runId: `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`,
    seed: resolved.seed,
    concurrency: resolved.concurrency,
  };
  if (resolved.setupUrl !== undefined) env.setupUrl = resolved.setupUrl;
  if (resolved.stateHook) env.stateHook = resolved.stateHook;
  const results = new Map<Check['id'], CheckResult>();
  try {
    await probeTarget(env.settings, env.target);
    const shared = resolved.selected.filter((c) => !c.exclusive);
    await inParallel(shared, PARALLEL_CHECKS, async (c) =>
      results.set(c.id, await runCheck(c, env)),
    );
    for (const check of resolved.selected.filter((c) => c.exclusive)) {
      results.set(check.id, await runCheck(check, env));
    }
  } finally {
    await client.destroy();
  }
  const checks = CHECKS.map(
    (c) =>
      results.get(c.id) ?? {
        id: c.id,
        title: c.title,
        outcome: 'skipped' as const,
        durationMs: 0,
        failures: [],
        note: resolved.skipped.get(c.id) ?? 'not run',
      },
  );
  const count = (o: CheckResult['outcome']) => checks.filter((c) => c.outcome === o).length;
  return {
    target: resolved.target,
    seed: resolved.seed,
    durationMs: Math.round(performance.now() - started),
    summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    checks,
  };
}

async function runCheck(check: Check, env: RunEnvironment): Promise<CheckResult> {
  const ctx = new CheckContext(env, check.id);
  const started = performance.now();
  try {
    await check.run(ctx);
  } catch (err) {
    // A refused setup has recorded its failure already; anything else is a bug of the check.
    if (!(err instanceof CheckAborted))
      ctx.fail(`the check could not run: ${(err as Error).message}`);
  }
  const failures = ctx.failures;
  const result: CheckResult = {
    id: check.id,
    title: check.title,
    outcome: failures.length > 0 ? 'failed' : 'passed',
    durationMs: Math.round(performance.now() - started),
    failures,
  };
  if (ctx.note !== undefined) result.note = ctx.note;
  return result;
}

async function inParallel<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
