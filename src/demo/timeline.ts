import type { JournalEntry } from '../delivery/journal.js';

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
  /** Why the order could not be posted, if it could not. */
  error?: string;
}

export function timelineRow(
  order: string,
  scenario: string,
  entries: readonly JournalEntry[],
  receiverState: string | null,
): TimelineRow {
  return {
    order,
    scenario,
    statuses: entries.map((e) => e.status),
    answers: entries.map((e) => (e.error ? e.error.code : String(e.responseStatus ?? '?'))),
    receiverState,
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

/** A plain-text table: order, scenario, statuses delivered, answers, the receiver's final state. */
export function formatTimeline(rows: readonly TimelineRow[]): string {
  const header = ['order', 'scenario', 'statuses delivered', 'answers', 'receiver state'];
  // Each row becomes one or more lines: only the statuses column wraps.
  const blocks = rows.map((r) => {
    const statuses = r.error
      ? [`not posted: ${r.error}`]
      : wrap(fold(r.statuses, '\u0000').split('\u0000'), ' → ', STATUSES_WIDTH);
    const rest = [fold([...r.answers].sort(), ', '), r.receiverState ?? '-'];
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
  return `${lines.join('\n')}\n`;
}
