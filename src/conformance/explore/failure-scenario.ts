import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario } from '../../generated/types.js';
import { parseScenario } from '../../scenarios/index.js';
import { historyText } from './history-bodies.js';
import type { HistoryRun } from './replay-history.js';
import { prepareOutDir } from '../../shared/out-path.js';

const MAX_DESCRIPTION = 200;

/**
 * The failing history as a scenario file (schemas/scenario.schema.json): every callback as the
 * exact bytes sent (a `raw` step; consecutive copies as `repeat`), with the order id written as
 * `{{order.id}}`, so `probo-mock trigger FILE --order-id ID` sends the same bytes again.
 */
export function failureScenario(run: HistoryRun, name: string, actual: string): Scenario {
  const steps: Scenario['steps'] = [];
  let last: string | undefined;
  for (const { body } of run.sent) {
    const raw = body.replaceAll(JSON.stringify(run.order.id).slice(1, -1), '{{order.id}}');
    const previous = steps.at(-1);
    if (previous && raw === last) previous.repeat = (previous.repeat ?? 1) + 1;
    else steps.push({ raw });
    last = raw;
  }
  let description = `Found by probo-mock verify --explore: ${historyText(run.history.deliveries)}; a correct receiver ends in ${run.expected ?? 'no status'}, this one reported ${actual}.`;
  if (description.length > MAX_DESCRIPTION)
    description = `${description.slice(0, MAX_DESCRIPTION - 1)}…`;
  return parseScenario({ name, description, steps }, name);
}

/** Writes the scenario to `dir/<name>.json` (the folder is made when missing); resolves to the path. */
export async function saveScenario(dir: string, scenario: Scenario): Promise<string> {
  await prepareOutDir(dir);
  const file = join(dir, `${scenario.name}.json`);
  await writeFile(file, `${JSON.stringify(scenario, null, 2)}\n`);
  return file;
}
