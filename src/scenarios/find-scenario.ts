import { stat } from 'node:fs/promises';
import type { Scenario } from '../generated/types.js';
import { loadScenarioFile } from './load.js';
import { loadScenarios } from './registry.js';
import type { ScenarioEntry } from './registry.js';

export interface FoundScenario {
  scenario: Scenario;
  /** `built-in`, `user` (from `scenariosDir`) or `file` (named by its path). */
  source: ScenarioEntry['source'] | 'file';
}

/** True when SCENARIO reads as a path rather than a name: it has a slash or ends in `.json`. */
export function looksLikePath(nameOrPath: string): boolean {
  return /[\\/]/.test(nameOrPath) || nameOrPath.endsWith('.json');
}

/**
 * A scenario by name (built-in, or from `scenariosDir`) or by the path of a scenario file. A
 * known name wins; a path that is a file is loaded and validated; anything else is an unknown
 * scenario (a ScenarioError naming the known ones, or the file's own error).
 */
export async function findScenario(
  nameOrPath: string,
  scenariosDir?: string,
): Promise<FoundScenario> {
  const registry = await loadScenarios(scenariosDir);
  if (registry.has(nameOrPath)) {
    const entry = registry.list().find((e) => e.scenario.name === nameOrPath) as ScenarioEntry;
    return { scenario: entry.scenario, source: entry.source };
  }
  const isFile = await stat(nameOrPath).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile || looksLikePath(nameOrPath)) {
    return { scenario: await loadScenarioFile(nameOrPath), source: 'file' };
  }
  return { scenario: registry.get(nameOrPath), source: 'built-in' }; // throws: unknown, with the list
}
