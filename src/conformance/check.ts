import type { CheckContext } from './check-context.js';
import type { CheckId } from './types.js';

/** One entry of the conformance catalog. */
export interface Check {
  id: CheckId;
  title: string;
  /** One line: what the check sends. */
  sends: string;
  /** One line: what a conforming receiver does. */
  expects: string;
  /** One line: how to fix a receiver that fails it. */
  hint: string;
  /** Needs the state hook (`--state-url`); skipped without it. */
  needsState?: true;
  /** Runs alone after the others, so that nothing else loads the receiver meanwhile. */
  exclusive?: true;
  run(ctx: CheckContext): Promise<void>;
}
