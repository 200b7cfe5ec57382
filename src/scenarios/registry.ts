import { join } from 'node:path';
import { fixturesDir } from '../shared/paths.js';
import type { Scenario } from '../generated/types.js';
import { loadScenarioDir } from './load.js';
import { ScenarioError } from './scenario-error.js';

export const BUILT_IN_SCENARIOS_DIR = join(fixturesDir, 'scenarios');
export { DEFAULT_SCENARIO } from './run-options.js';

export interface ScenarioEntry {
  scenario: Scenario;
  /** `built-in`, or `user` for a file of `--scenarios DIR` (which may replace a built-in). */
  source: 'built-in' | 'user';
}

/** The scenarios a mock or a trigger run can use, by name. */
export class ScenarioRegistry {
  readonly #entries = new Map<string, ScenarioEntry>();

  add(scenario: Scenario, source: ScenarioEntry['source']): void {
    this.#entries.set(scenario.name, { scenario, source });
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The scenario, or a ScenarioError naming the known ones. */
  get(name: string): Scenario {
    const entry = this.#entries.get(name);
    if (!entry) {
      throw new ScenarioError(
        'unknown',
        `unknown scenario "${name}"; known: ${this.names().join(', ')}`,
      );
    }
    return entry.scenario;
  }

  names(): string[] {
    return [...this.#entries.keys()].sort();
  }

  list(): ScenarioEntry[] {
    return this.names().map((n) => this.#entries.get(n) as ScenarioEntry);
  }
}

/** The built-in scenarios plus those of `scenariosDir` (whose files win on a name clash). */
export async function loadScenarios(scenariosDir?: string): Promise<ScenarioRegistry> {
  const registry = new ScenarioRegistry();
  for (const s of await loadScenarioDir(BUILT_IN_SCENARIOS_DIR)) registry.add(s, 'built-in');
  if (scenariosDir !== undefined)
    for (const s of await loadScenarioDir(scenariosDir)) registry.add(s, 'user');
  return registry;
}
