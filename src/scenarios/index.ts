export {
  loadScenarios,
  ScenarioRegistry,
  BUILT_IN_SCENARIOS_DIR,
  DEFAULT_SCENARIO,
} from './registry.js';
export type { ScenarioEntry } from './registry.js';
export { loadScenarioFile, loadScenarioDir, parseScenario, SCENARIO_SCHEMA_ID } from './load.js';
export { ScenarioError } from './scenario-error.js';
export { planScenario } from './plan.js';
export type { PlannedStep, PlanOptions, BodyOptions } from './plan.js';
export { ScenarioRun } from './runner.js';
export type { RunOptions } from './runner.js';
export { applyMergePatch } from './merge-patch.js';
export { triggerScenario, TargetUnreachable } from './trigger.js';
export { findScenario, looksLikePath } from './find-scenario.js';
export type { FoundScenario } from './find-scenario.js';
export { RUN_OPTIONS } from './run-options.js';
export { TRIGGER_OPTIONS } from './trigger-options.js';
export type { TriggerOptions, TriggerResult, TriggerDelivery } from './trigger.js';
export { describeStep } from './describe.js';
