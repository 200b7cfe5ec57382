// The reporter names, apart from the reporters so that `--help` loads none of them.
export const REPORTERS = ['pretty', 'json', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];
