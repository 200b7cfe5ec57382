/** Options that cannot work (unknown check id, bad URL, …): the CLI's exit 2. */
export class ConformanceUsageError extends Error {
  override name = 'ConformanceUsageError';
}

/** The run was stopped (Ctrl-C, an aborted signal): the check that was running is not graded. */
export class RunInterrupted extends Error {
  override name = 'RunInterrupted';
  constructor() {
    super('the run was interrupted');
  }
}

/**
 * The target could not be connected to for the probe (refused, DNS, reset, bytes that are not
 * HTTP): the CLI's exit 2. A timeout or any HTTP answer is not this: the checks run and grade it.
 */
export class TargetUnreachableError extends Error {
  override name = 'TargetUnreachableError';
  constructor(
    readonly target: string,
    readonly code: string,
    detail: string,
    /** What the URL is, for the message (verify-client: `the place hook`). */
    what = 'the target',
  ) {
    super(`cannot reach ${what} ${target}: ${code}: ${detail}`);
  }
}
