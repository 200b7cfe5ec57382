import type { AnyCheckId, CheckResult, Report } from './types.js';

/** What a report needs of a check of either catalog. */
interface Listed {
  id: AnyCheckId;
  title: string;
}

/** What both runners resolve: which checks are skipped and why, and whether --only was given. */
interface Selection {
  skipped: ReadonlyMap<AnyCheckId, string>;
  onlySelected: boolean;
}

/** A check's result when it did not run, with the reason. */
export function skippedResult(check: Listed, note: string): CheckResult {
  return {
    id: check.id,
    title: check.title,
    outcome: 'skipped',
    durationMs: 0,
    failures: [],
    note,
  };
}

/**
 * The results of one run (verify's or verify-client's) in report order: the catalog's order, less
 * the checks --only left out. Each goes to `onCheck` as soon as every check before it has
 * finished (a skipped one counts as finished from the start), so two runs' logs compare line by
 * line whatever order the checks finish in.
 */
export class ReportOrder {
  readonly #shown: readonly Listed[];
  readonly #results = new Map<AnyCheckId, CheckResult>();
  readonly #onCheck: ((result: CheckResult) => void) | undefined;
  #emitted = 0;

  constructor(
    catalog: readonly Listed[],
    selection: Selection,
    onCheck?: (result: CheckResult) => void,
  ) {
    this.#shown = catalog.filter(
      (c) => !selection.onlySelected || selection.skipped.get(c.id) !== 'not selected by --only',
    );
    for (const c of this.#shown) {
      const reason = selection.skipped.get(c.id);
      if (reason !== undefined) this.#results.set(c.id, skippedResult(c, reason));
    }
    this.#onCheck = onCheck;
  }

  /** Gives onCheck the skipped checks that come before any check that runs. */
  start(): void {
    this.#emit();
  }

  /** Records a finished check and gives onCheck every result now due. */
  finished(result: CheckResult): void {
    this.#results.set(result.id, result);
    this.#emit();
  }

  /** Every check of the report in order; one that has no result gets `unfinished`'s reason. */
  checks(unfinished: (check: Listed) => string): CheckResult[] {
    return this.#shown.map((c) => this.#results.get(c.id) ?? skippedResult(c, unfinished(c)));
  }

  #emit(): void {
    while (this.#emitted < this.#shown.length) {
      const result = this.#results.get(this.#shown[this.#emitted]!.id);
      if (result === undefined) return;
      this.#emitted++;
      this.#onCheck?.(result);
    }
  }
}

/** What a run says about itself in its report, besides its checks. */
export interface RunHead {
  target: string;
  /** verify-client: the mock's URL. */
  mock?: string;
  seed: number;
  runId: string;
  /** `performance.now()` when the run started. */
  startedAt: number;
  warnings: readonly string[];
  partial: boolean;
}

/** A run's report (verify's and verify-client's alike): its head, counts and checks. */
export function buildReport(head: RunHead, checks: CheckResult[]): Report {
  const count = (o: CheckResult['outcome']) => checks.filter((c) => c.outcome === o).length;
  const report: Report = {
    target: head.target,
    ...(head.mock !== undefined ? { mock: head.mock } : {}),
    seed: head.seed,
    runId: head.runId,
    durationMs: Math.round(performance.now() - head.startedAt),
    summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    checks,
  };
  if (head.warnings.length > 0) report.warnings = [...head.warnings];
  if (head.partial) report.partial = true;
  return report;
}

/** The note of a check that has no result: interrupted (saying how far it got), or not run. */
export function unfinishedNote(partial: boolean, progress?: string): string {
  if (!partial) return 'not run';
  return `not finished: the run was interrupted${progress ? ` ${progress}` : ''}`;
}
