import type {
  AvailableOption,
  CatalogOption,
  OrderOption,
  SelectedOption,
} from '../generated/types.js';
import type { CatalogProblem } from './problem.js';
import { kindOf, textIn } from './product-index.js';
import type { ProductIndex } from './product-index.js';

/** What the options given for one product amount to. */
export interface Evaluation {
  index: ProductIndex;
  /** Problems that make the request wrong (unknown codes, values out of range, exclusions). */
  problems: CatalogProblem[];
  /** Input values by code (given, or the input's default). */
  values: Map<string, number>;
  /** The choices made, in tree order of the request. */
  chosen: string[];
  /** Required groups without a choice or a value: nothing to order yet. */
  missing: CatalogOption[];
  canOrder: boolean;
  amount: number;
  width: number;
  height: number;
  length: number;
}

const EPSILON = 1e-9;

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * Evaluates the options of one product against its tree. `at` is the JSON pointer of the
 * product in the request, for the problems (`/products/0`).
 */
export function evaluate(
  index: ProductIndex,
  options: readonly OrderOption[],
  at: string,
): Evaluation {
  const problems: CatalogProblem[] = [];
  const values = new Map<string, number>();
  const chosen: string[] = [];
  const choiceOfGroup = new Map<CatalogOption, string>();
  const code = index.product.code;
  options.forEach((option, i) => {
    const here = `${at}/options/${i}`;
    const found = index.options.get(option.code);
    if (!found) {
      problems.push({
        pointer: `${here}/code`,
        message: `unknown option code "${option.code}" for product "${code}"`,
      });
      return;
    }
    const { node, kind, group } = found;
    if (kind === 'group') return; // naming a group chooses nothing; tolerated
    if (kind === 'input') {
      const value = numberOf(option.value);
      if (value === undefined) {
        problems.push({
          pointer: `${here}/value`,
          message: `option "${node.code}" needs a number as value`,
        });
        return;
      }
      const min = node.min_value ?? -Infinity;
      const max = node.max_value ?? Infinity;
      if (value < min || value > max) {
        problems.push({
          pointer: `${here}/value`,
          message: `option "${node.code}" must be from ${min} to ${max} (got ${value})`,
        });
        return;
      }
      if (node.step_size !== undefined) {
        const steps = (value - (node.min_value ?? 0)) / node.step_size;
        if (Math.abs(steps - Math.round(steps)) > EPSILON) {
          problems.push({
            pointer: `${here}/value`,
            message: `option "${node.code}" goes in steps of ${node.step_size} from ${node.min_value ?? 0} (got ${value})`,
          });
          return;
        }
      }
      if (values.has(node.code)) {
        problems.push({ pointer: here, message: `option "${node.code}" is given twice` });
        return;
      }
      values.set(node.code, value);
      return;
    }
    if (group) {
      const other = choiceOfGroup.get(group);
      if (other !== undefined) {
        problems.push({
          pointer: `${here}/code`,
          message:
            other === node.code
              ? `option "${node.code}" is given twice`
              : `option "${node.code}" and "${other}" exclude each other (one choice of "${group.code}")`,
        });
        return;
      }
      choiceOfGroup.set(group, node.code);
    }
    chosen.push(node.code);
  });
  // Exclusions and reachability, once every choice is known.
  const made = new Set(chosen);
  options.forEach((option, i) => {
    const found = index.options.get(option.code);
    if (!found || found.kind === 'group') return;
    const here = `${at}/options/${i}/code`;
    if (found.under !== undefined && !made.has(found.under))
      problems.push({
        pointer: here,
        message: `option "${option.code}" needs option "${found.under}"`,
      });
    const against = found.node.disabled_for_options?.find((c) => made.has(c));
    if (against !== undefined)
      problems.push({
        pointer: here,
        message: `option "${option.code}" cannot be combined with "${against}"`,
      });
  });
  // Defaults of inputs that were not given, and the groups still to choose.
  const missing: CatalogOption[] = [];
  const visit = (nodes: readonly CatalogOption[]): void => {
    for (const node of nodes) {
      if (kindOf(node) !== 'group') continue;
      const children = node.children ?? [];
      const choices = children.filter((c) => c.type_code === 'radio');
      const inputs = children.filter((c) => c.type_code !== 'radio' && kindOf(c) === 'input');
      let complete = true;
      for (const input of inputs) {
        if (values.has(input.code)) continue;
        if (input.default_value !== undefined) values.set(input.code, input.default_value);
        else complete = false;
      }
      const choice = choices.find((c) => made.has(c.code));
      if (choices.length > 0 && !choice) complete = false;
      if (!complete && node.required !== false) missing.push(node);
      if (choice?.children) visit(choice.children);
    }
  };
  visit(index.product.options);
  const typed = (type: string): number => {
    for (const [optionCode, value] of values) {
      if (index.options.get(optionCode)?.node.type_code === type) return value;
    }
    return 0;
  };
  return {
    index,
    problems,
    values,
    chosen,
    missing,
    canOrder: problems.length === 0 && missing.length === 0,
    amount: typed('amount'),
    width: typed('width'),
    height: typed('height'),
    length: typed('length'),
  };
}

const twoDecimals = (n: number | undefined): string | null =>
  n === undefined ? null : n.toFixed(2);

/** The options of an evaluation, as the configure answer lists them (spec example). */
export function selectedOptions(
  evaluation: Evaluation,
  language: string | undefined,
): SelectedOption[] {
  const out: SelectedOption[] = [];
  for (const [code, value] of evaluation.values) {
    const node = evaluation.index.options.get(code)!.node;
    const text = textIn(node.translations, language);
    out.push({
      type_code: node.type_code,
      code,
      name: text?.name ?? null,
      description: text?.description ?? null,
      value: String(value),
      default_value: node.default_value ?? null,
      min_value: twoDecimals(node.min_value),
      max_value: twoDecimals(node.max_value),
      step_size: node.step_size ?? null,
      scale: node.scale ?? null,
      reversible: node.reversible ?? null,
    });
  }
  for (const code of evaluation.chosen) {
    const node = evaluation.index.options.get(code)!.node;
    const text = textIn(node.translations, language);
    out.push({
      type_code: node.type_code,
      code,
      name: text?.name ?? null,
      description: text?.description ?? null,
      value: null,
      default_value: null,
      min_value: null,
      max_value: null,
      step_size: null,
      scale: null,
      reversible: null,
    });
  }
  return out;
}

/** The groups still to choose, with their children and whether each can be chosen now. */
export function availableOptions(
  evaluation: Evaluation,
  language: string | undefined,
): AvailableOption[] {
  const made = new Set(evaluation.chosen);
  const describe = (node: CatalogOption, group: boolean): AvailableOption => {
    const text = textIn(node.translations, language);
    const blocked = node.disabled_for_options?.some((c) => made.has(c)) === true;
    const option: AvailableOption = {
      code: node.code,
      type_code: node.type_code,
      name: text?.name ?? null,
      description: text?.description ?? null,
      available: !blocked,
      value: evaluation.values.get(node.code) ?? null,
      min_value: node.min_value ?? null,
      max_value: node.max_value ?? null,
      step_size: node.step_size ?? null,
      default_value: node.default_value ?? null,
      children: group ? (node.children ?? []).map((c) => describe(c, kindOf(c) === 'group')) : [],
    };
    if (group) option.required = node.required !== false;
    return option;
  };
  return evaluation.missing.map((g) => describe(g, true));
}
