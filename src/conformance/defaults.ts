// The defaults `probo-mock verify --help` shows, apart from the runner so that help and the
// other commands do not load the check catalog.
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 50;
