import type { ExploreProgress } from '../../conformance/types.js';

/**
 * One line on a terminal that is rewritten in place (carriage return, erase line) while a long
 * check runs, and erased before any other output, so it never mixes with the report.
 */
export class ProgressLine {
  #shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  show(text: string): void {
    this.stream.write(`\r\u001b[2K${text}`);
    this.#shown = true;
  }

  clear(): void {
    if (!this.#shown) return;
    this.stream.write('\r\u001b[2K');
    this.#shown = false;
  }
}

/** `  … explores-histories: 120 of 1000 histories, edges covered 31 of 40, 3 s`. */
export function exploreProgressText(p: ExploreProgress): string {
  return `  … ${p.check}: ${p.histories} of ${p.total} histories, edges covered ${p.edges.covered} of ${p.edges.total}, ${Math.round(p.elapsedMs / 1000)} s`;
}
