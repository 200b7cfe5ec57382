/** Options that cannot work (unknown check id, bad URL, …): the CLI's exit 2. */
export class ConformanceUsageError extends Error {
  override name = 'ConformanceUsageError';
}

/** The target did not answer the probe at all (refused, DNS, timeout): the CLI's exit 2. */
export class TargetUnreachableError extends Error {
  override name = 'TargetUnreachableError';
  constructor(
    readonly target: string,
    readonly code: string,
    detail: string,
  ) {
    super(`cannot reach the target ${target}: ${code}: ${detail}`);
  }
}
