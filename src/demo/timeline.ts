import type { JournalEntry } from '../delivery/journal.js';
import type { PlannedStep } from '../scenarios/plan.js';
import { gradeRow } from './row-verdict.js';

/** One order of the demo: what the mock delivered to the receiver, and where the order ended. */
export interface TimelineRow {
  order: string;
  scenario: string;
  /** The status of every delivery attempt, in order (redeliveries included). */
  statuses: string[];
  /** The receiver's answer to each attempt: an HTTP status or an error code. */
  answers: string[];
  /** The reference receiver's state of the order at the end (null: nothing applied). */
  receiverState: string | null;
  /** The state the scenario's callbacks should leave it in (null: none that applies). */
  expectedState: string | null;
  /** Why the order could not be posted, if it could not. */
  error?: string;
  /**
   * Why the row failed: not posted, nothing delivered, a step not delivered, or a receiver state
   * other than the expected one. Undefined when the order went as its scenario says.
   */
  problem?: string;
}

/** One order's row: what the journal shows delivered, graded against the scenario's plan. */
export function timelineRow(
  order: string,
  scenario: string,
  plan: readonly PlannedStep[],
  entries: readonly JournalEntry[],
  receiverState: string | null,
): TimelineRow {
  const verdict = gradeRow(plan, entries, receiverState);
  const row: TimelineRow = {
    order,
    scenario,
    statuses: entries.map((e) => e.status),
    answers: entries.map((e) => (e.error ? e.error.code : String(e.responseStatus ?? '?'))),
    receiverState,
    expectedState: verdict.expected,
  };
  if (verdict.problem !== undefined) row.problem = verdict.problem;
  return row;
}

/** An order that could not be posted: a failed row. */
export function unpostedRow(order: string, scenario: string, error: string): TimelineRow {
  return {
    order,
    scenario,
    statuses: [],
    answers: [],
    receiverState: null,
    expectedState: null,
    error,
    problem: `not posted: ${error}`,
  };
}

/** `queued ×2 → accepted`: repeats folded, for a compact column. */
function fold(items: readonly string[], separator: string): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length;) {
    let n = 1;
    while (items[i + n] === items[i]) n++;
    parts.push(n > 1 ? `${items[i]} ×${n}` : `${items[i]}`);
    i += n;
  }
  return parts.join(separator);
}

/** Width of the statuses column; longer lists wrap onto the next lines. */
const STATUSES_WIDTH = 64;

function wrap(parts: readonly string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}${separator}${part}`;
    if (line !== '' && next.length > width) {
      lines.push(`${line}${separator.trimEnd()}`);
      line = part;
    } else line = next;
  }
  return [...lines, line];
}

/** `shipment_delivered ✓`, or `queued ✗ expected canceled`. */
function stateCell(r: TimelineRow): string {
  const state = r.receiverState ?? '-';
  if (r.problem === undefined) return `${state} ✓`;
  return r.receiverState === r.expectedState || r.error
    ? `${state} ✗`
    : `${state} ✗ expected ${r.expectedState ?? 'no state'}`;
}

/**
 * A plain-text table: order, scenario, statuses delivered, answers, the receiver's final state
 * (✓ as the scenario says, ✗ not), then a line that says how many orders went as their scenario
 * says and what went wrong with the others.
 */
export function formatTimeline(rows: readonly TimelineRow[]): string {
  const header = ['order', 'scenario', 'statuses delivered', 'answers', 'receiver state'];
  // Each row becomes one or more lines: only the statuses column wraps.
  const blocks = rows.map((r) => {
    const statuses = r.error
      ? [`not posted: ${r.error}`]
      : r.statuses.length === 0
        ? ['nothing delivered']
        : wrap(fold(r.statuses, '\u0000').split('\u0000'), ' → ', STATUSES_WIDTH);
    const rest = [fold([...r.answers].sort(), ', ') || '-', stateCell(r)];
    return statuses.map((line, i) =>
      i === 0 ? [r.order, r.scenario, line, ...rest] : ['', '', line, '', ''],
    );
  });
  const all = [header, ...blocks.flat()];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col]!.length)));
  const render = (row: string[]) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  const lines = [render(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const block of blocks) lines.push(...block.map(render));
  lines.push('', summaryLine(rows));
  return `${lines.join('\n')}\n`;
}

function summaryLine(rows: readonly TimelineRow[]): string {
  const failed = rows.filter((r) => r.problem !== undefined);
  if (failed.length === 0)
    return `✓ ${rows.length} of ${rows.length} orders: every callback delivered, each receiver state as its scenario says`;
  const why = failed.map((r) => `  ${r.order}: ${r.problem}`);
  return [
    `✗ ${failed.length} of ${rows.length} orders did not go as their scenario says:`,
    ...why,
  ].join('\n');
}
