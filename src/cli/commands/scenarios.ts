import type { Argv, CommandModule } from 'yargs';
import type { ScenarioStep } from '../../generated/types.js';
import type { OptionSpec } from '../../shared/option-spec.js';
import { declareFlags } from '../flags.js';

export const SCENARIOS_FLAGS = {
  scenarios: {
    flag: 'scenarios',
    kind: 'string',
    help: 'Also list the scenario files of this folder',
  },
  json: { flag: 'json', kind: 'boolean', default: false, help: 'Print JSON instead of text' },
} as const satisfies Record<string, OptionSpec>;

interface ScenariosArgs {
  name: string | undefined;
  scenarios: string | undefined;
  json: boolean;
}

export const scenariosCommand: CommandModule<object, ScenariosArgs> = {
  command: 'scenarios [name]',
  describe: 'List the built-in scenarios, or show one',
  builder: (yargs) =>
    declareFlags(
      yargs.positional('name', { type: 'string', describe: 'Scenario to show' }),
      SCENARIOS_FLAGS,
    ) as unknown as Argv<ScenariosArgs>,
  handler: async (args) => {
    // Loaded here, not at the top: other commands start without the scenario loader.
    const { describeStep } = await import('../../scenarios/describe.js');
    const { loadScenarios } = await import('../../scenarios/registry.js');
    const registry = await loadScenarios(args.scenarios);
    if (args.name === undefined) {
      const entries = registry.list();
      if (args.json) {
        const list = entries.map(({ scenario: s, source }) => ({
          name: s.name,
          description: s.description,
          steps: s.steps.length,
          source,
        }));
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const width = Math.max(...entries.map((e) => e.scenario.name.length));
      for (const { scenario: s, source } of entries) {
        const steps = `${s.steps.length} steps`.padEnd(9);
        process.stdout.write(
          `${s.name.padEnd(width)}  ${steps} ${s.description}${source === 'user' ? ' (yours)' : ''}\n`,
        );
      }
      return;
    }
    const scenario = registry.get(args.name);
    if (args.json) {
      process.stdout.write(`${JSON.stringify(scenario, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${scenario.name}: ${scenario.description}\n`);
    if (scenario.shuffle)
      process.stdout.write('steps are delivered in an order shuffled by the seed\n');
    scenario.steps.forEach((step, i) =>
      process.stdout.write(`${String(i + 1).padStart(3)}. ${describeStep(step as ScenarioStep)}\n`),
    );
  },
};
