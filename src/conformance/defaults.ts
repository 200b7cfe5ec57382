// The defaults `probo-mock verify --help` shows, apart from the runner so that help and the
// other commands do not load the check catalog.
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 50;
/** Requests in flight at the target at most, outside handles-concurrent-burst. */
export const DEFAULT_PARALLEL = 4;
