import type { CheckContext } from './check-context.js';
import type { StateHook } from './state-probe.js';
import type { CheckId } from './types.js';

/** What a check may need from the options to run at all (see `Check.skipReason`). */
export interface CheckPrerequisites {
  stateHook?: StateHook;
  setupUrl?: string;
  /** `--explore N`: random histories for explores-histories (0: off). */
  explore: number;
  /** `--header`s, by lower-cased name: the shared secret, for rejects-forged-callback. */
  headers: Record<string, string>;
  /** `--effects-url`: the effects hook template, for applies-effects-once. */
  effectsUrl?: string;
}

/** One entry of the conformance catalog. */
export interface Check {
  id: CheckId;
  title: string;
  /** One line: what the check sends. */
  sends: string;
  /** One line: what a conforming receiver does. */
  expects: string;
  /** One line: how to fix a receiver that fails it (when no more precise hint names the cause). */
  hint: string;
  /** The real receiver bug the check stands for, for the docs. */
  bug?: string;
  /** Needs the state hook (`--state-url`); skipped without it. */
  needsState?: true;
  /** Why the check cannot run with these options (e.g. a pointer it needs); undefined: it can. */
  skipReason?: (options: CheckPrerequisites) => string | undefined;
  /**
   * The load test: runs alone after the others, with a client that lets the whole burst through;
   * every other check stays within --parallel requests in flight.
   */
  exclusive?: true;
  run(ctx: CheckContext): Promise<void>;
}
