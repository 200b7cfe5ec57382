import type { Diagnostic } from '../contract/index.js';

/** A scenario that cannot be used: unreadable, not JSON, invalid (with diagnostics), or unknown. */
export class ScenarioError extends Error {
  readonly code: 'unreadable' | 'not-json' | 'invalid' | 'unknown' | 'duplicate';
  readonly file: string | undefined;
  readonly diagnostics: readonly Diagnostic[];

  constructor(
    code: ScenarioError['code'],
    message: string,
    options: { file?: string; diagnostics?: readonly Diagnostic[] } = {},
  ) {
    super(message);
    this.name = 'ScenarioError';
    this.code = code;
    this.file = options.file;
    this.diagnostics = options.diagnostics ?? [];
  }
}
