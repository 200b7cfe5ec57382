import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { schemaId, validateWith } from '../contract/index.js';
import type { Scenario } from '../generated/types.js';
import { patchProblem } from './merge-patch.js';
import { ScenarioError } from './scenario-error.js';

export const SCENARIO_SCHEMA_ID = schemaId('scenario');

/**
 * Checks a parsed scenario against schemas/scenario.schema.json. The diagnostics point at the bad
 * step (`/steps/3/status`); `origin` (a file name) starts the error message.
 */
export function parseScenario(body: unknown, origin = 'scenario'): Scenario {
  const result = validateWith(SCENARIO_SCHEMA_ID, body);
  if (!result.valid) {
    const lines = result.diagnostics.map((d) => `${d.pointer || '/'} ${d.message}`);
    throw new ScenarioError('invalid', `${origin}: invalid scenario: ${lines.join('; ')}`, {
      file: origin,
      diagnostics: result.diagnostics,
    });
  }
  // What the schema cannot say: a patch within the mock's limits (depth, items, size).
  const scenario = body as Scenario;
  const diagnostics = scenario.steps.flatMap((step, i) => {
    const pointer = `/steps/${i}/patch`;
    const problem = step.patch === undefined ? undefined : patchProblem(step.patch, pointer);
    return problem ? [{ pointer, message: problem, keyword: 'patchLimits' }] : [];
  });
  if (diagnostics.length > 0) {
    throw new ScenarioError(
      'invalid',
      `${origin}: invalid scenario: ${diagnostics.map((d) => d.message).join('; ')}`,
      { file: origin, diagnostics },
    );
  }
  return scenario;
}

/** Reads and validates one scenario file. */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ScenarioError('unreadable', `${file}: cannot read: ${(error as Error).message}`, {
      file,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError('not-json', `${file}: not JSON: ${(error as Error).message}`, { file });
  }
  return parseScenario(body, file);
}

/** Every `*.json` scenario in `dir`, sorted by file name; two files with one name is an error. */
export async function loadScenarioDir(dir: string): Promise<Scenario[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new ScenarioError(
      'unreadable',
      `${dir}: cannot read scenario folder: ${(error as Error).message}`,
      {
        file: dir,
      },
    );
  }
  const scenarios = await Promise.all(names.map((n) => loadScenarioFile(join(dir, n))));
  const seen = new Map<string, string>();
  scenarios.forEach((s, i) => {
    const file = join(dir, names[i] as string);
    const other = seen.get(s.name);
    if (other)
      throw new ScenarioError(
        'duplicate',
        `${file}: scenario "${s.name}" is also defined in ${other}`,
        { file },
      );
    seen.set(s.name, file);
  });
  return scenarios;
}
