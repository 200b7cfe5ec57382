/** What one HTTP attempt ended in: an answer (any status) or an error, never a throw. */
export interface HttpOutcome {
  /** HTTP status of the answer; absent when no answer came. */
  status?: number;
  /** Answer headers, lower-cased names. */
  headers: Record<string, string>;
  /** The first `bodyLimit` bytes of the answer, as UTF-8 text. */
  body: string;
  /** True when the answer body was longer than `bodyLimit` and was cut. */
  truncated: boolean;
  durationMs: number;
  /** Why no usable answer came: a timeout, a refused or reset connection, … */
  error?: { code: string; message: string };
}
