import type { OptionSpec } from '../shared/option-spec.js';
import { REPORTERS } from './reporters/names.js';

// Imported by `verify --help` and `verify-client --help`: it imports nothing heavy.

/** Which checks run: the same two flags in verify and verify-client, declared once. */
export const SELECTION_OPTIONS = {
  only: {
    name: 'only',
    flag: 'only',
    kind: 'strings',
    comma: true,
    help: 'comma-separated check ids to run (only those are shown and counted)',
  },
  skip: {
    name: 'skip',
    flag: 'skip',
    kind: 'strings',
    comma: true,
    help: 'comma-separated check ids to skip',
  },
} as const satisfies Record<string, OptionSpec>;

/**
 * The report flags verify and verify-client share, declared once: the format of stdout and the
 * report files (`writes`: the CLI makes each file's folder and checks it can write there before
 * anything is sent). No `name`: the CLI handles them itself.
 */
export const REPORT_OPTIONS = {
  reporter: {
    flag: 'reporter',
    kind: 'string',
    choices: REPORTERS,
    default: 'pretty',
    help: 'format of stdout, or of --output',
  },
  output: {
    flag: 'output',
    kind: 'string',
    writes: true,
    help: 'write the --reporter report to this file (stdout then shows the pretty report)',
  },
  junit: {
    flag: 'junit',
    kind: 'string',
    writes: true,
    help: 'also write a JUnit XML report to this file',
  },
  json: {
    flag: 'json',
    kind: 'string',
    writes: true,
    help: 'also write the JSON report to this file',
  },
  html: {
    flag: 'html',
    kind: 'string',
    writes: true,
    help: 'also write the report as one self-contained HTML page to this file',
  },
} as const satisfies Record<string, OptionSpec>;
