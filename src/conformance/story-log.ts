import type { Exchange } from './exchange.js';
import type { StoryEntry } from './types.js';

/**
 * The story of one order in a check: every request sent for it (its setup, then each callback),
 * in order, with its answer, and the curl commands that replay it. A failed state check reports
 * it, so that a person can see what the receiver was told before the state was read.
 */
export class StoryLog {
  readonly entries: StoryEntry[] = [];
  readonly #curls: string[] = [];

  add(step: string, x: Exchange): void {
    this.entries.push({ step, request: x.request, response: x.response });
    this.#curls.push(x.curl);
  }

  /** The statuses sent, in order (the setup left out), e.g. for hints. */
  get statuses(): string[] {
    return this.entries.filter((e) => e.step !== 'setup').map((e) => statusOf(e));
  }

  /** Shell lines that replay the story, then `after` (e.g. the state read). */
  curl(after?: Exchange): string {
    return [...this.#curls, ...(after ? [after.curl] : [])].join('\n');
  }
}

/** The status of a story entry: the step name up to a variant in brackets. */
function statusOf(entry: StoryEntry): string {
  return entry.step.replace(/ \(.*$/, '');
}

/** One line per story entry: `1. accepted → 200 {"ok":true}`, for reports. */
export function formatStory(entries: readonly StoryEntry[], bodyChars = 80): string[] {
  return entries.map((e, i) => {
    const r = e.response;
    const answer = r.error
      ? `${r.error.code}: ${r.error.message}`
      : `${r.status} ${flat(r.body ?? '', bodyChars)}`.trimEnd();
    return `${i + 1}. ${e.step} → ${answer} (${r.durationMs} ms)`;
  });
}

function flat(text: string, max: number): string {
  const one = text.replace(/\s*\n\s*/g, ' ');
  return one.length > max ? `${one.slice(0, max)}…` : one;
}
