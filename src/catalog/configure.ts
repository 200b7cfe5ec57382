import type {
  AvailableOption,
  AvailableOptionChild,
  CatalogOption,
  OptionPriceFigures,
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
  /** The groups the choices made reach, in tree order. */
  groups: CatalogOption[];
  /** The groups the request named an option of. */
  touched: Set<CatalogOption>;
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
  const touched = new Set<CatalogOption>();
  const code = index.product.code;
  options.forEach((option, i) => {
    // The pointer is made only for a problem: most options have none.
    const here = (): string => `${at}/options/${i}`;
    const found = index.options.get(option.code);
    if (!found) {
      problems.push({
        pointer: `${here()}/code`,
        message: `unknown option code "${option.code}" for product "${code}"`,
      });
      return;
    }
    const { node, kind, group } = found;
    if (kind === 'group') return; // naming a group chooses nothing; tolerated
    if (group) touched.add(group);
    if (kind === 'input') {
      const value = numberOf(option.value);
      if (value === undefined) {
        problems.push({
          pointer: `${here()}/value`,
          message: `option "${node.code}" needs a number as value`,
        });
        return;
      }
      const min = node.min_value ?? -Infinity;
      const max = node.max_value ?? Infinity;
      if (value < min || value > max) {
        problems.push({
          pointer: `${here()}/value`,
          message: `option "${node.code}" must be from ${min} to ${max} (got ${value})`,
        });
        return;
      }
      if (node.step_size !== undefined) {
        const steps = (value - (node.min_value ?? 0)) / node.step_size;
        if (Math.abs(steps - Math.round(steps)) > EPSILON) {
          problems.push({
            pointer: `${here()}/value`,
            message: `option "${node.code}" goes in steps of ${node.step_size} from ${node.min_value ?? 0} (got ${value})`,
          });
          return;
        }
      }
      if (values.has(node.code)) {
        problems.push({ pointer: here(), message: `option "${node.code}" is given twice` });
        return;
      }
      values.set(node.code, value);
      return;
    }
    if (group) {
      const other = choiceOfGroup.get(group);
      if (other !== undefined) {
        problems.push({
          pointer: `${here()}/code`,
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
    const here = (): string => `${at}/options/${i}/code`;
    if (found.under !== undefined && !made.has(found.under))
      problems.push({
        pointer: here(),
        message: `option "${option.code}" needs option "${found.under}"`,
      });
    const against = found.node.disabled_for_options?.find((c) => made.has(c));
    if (against !== undefined)
      problems.push({
        pointer: here(),
        message: `option "${option.code}" cannot be combined with "${against}"`,
      });
  });
  // Defaults of inputs that were not given, and the groups still to choose.
  const missing: CatalogOption[] = [];
  const groups: CatalogOption[] = [];
  const visit = (nodes: readonly CatalogOption[]): void => {
    for (const node of nodes) {
      if (kindOf(node) !== 'group') continue;
      groups.push(node);
      let complete = true;
      let choices = 0;
      let choice: CatalogOption | undefined;
      // One pass over the children: inputs get their defaults, the first choice made is the one.
      for (const child of node.children ?? []) {
        if (child.type_code === 'radio') {
          choices++;
          if (choice === undefined && made.has(child.code)) choice = child;
        } else if (kindOf(child) === 'input' && !values.has(child.code)) {
          if (child.default_value !== undefined) values.set(child.code, child.default_value);
          else complete = false;
        }
      }
      if (choices > 0 && !choice) complete = false;
      if (!complete && node.required !== false) missing.push(node);
      if (choice?.children) visit(choice.children);
    }
  };
  visit(index.product.options);
  // The first value of each measure's type, in the order the values were set (one pass).
  let amount: number | undefined;
  let width: number | undefined;
  let height: number | undefined;
  let length: number | undefined;
  for (const [optionCode, value] of values) {
    const type = index.options.get(optionCode)?.node.type_code;
    if (type === 'amount') amount ??= value;
    else if (type === 'width') width ??= value;
    else if (type === 'height') height ??= value;
    else if (type === 'length') length ??= value;
  }
  return {
    index,
    problems,
    values,
    chosen,
    missing,
    groups,
    touched,
    canOrder: problems.length === 0 && missing.length === 0,
    amount: amount ?? 0,
    width: width ?? 0,
    height: height ?? 0,
    length: length ?? 0,
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

/** A group of inputs only (size, amount): such groups form one step together. */
function inputsOnly(group: CatalogOption): boolean {
  return (group.children ?? []).every((c) => kindOf(c) === 'input');
}

/**
 * The groups to offer next, each once and in tree order (invented rule, after Probo's
 * configurator, which appends every group it is given as a new step): required groups left behind
 * before the last group the request named, then the first group after it, with the input groups
 * that follow an input group (`size` and `amount` together: the configurator merges them) and the
 * optional groups that follow an optional one.
 */
export function offeredGroups(evaluation: Evaluation): CatalogOption[] {
  const { groups, touched } = evaluation;
  let last = -1;
  groups.forEach((g, i) => {
    if (touched.has(g)) last = i;
  });
  const missing = new Set(evaluation.missing);
  const out = groups.slice(0, last + 1).filter((g) => missing.has(g));
  const next = groups.slice(last + 1);
  const first = next[0];
  if (first === undefined) return out;
  out.push(first);
  const optional = (g: CatalogOption) => g.required === false;
  for (const g of next.slice(1)) {
    if (inputsOnly(first) ? inputsOnly(g) : optional(first) && optional(g)) out.push(g);
    else break;
  }
  return out;
}

/** What the answer needs from the catalog besides the tree: an option's surcharge by price type. */
export type OptionPrice = (
  node: CatalogOption,
  evaluation: Evaluation,
) => OptionPriceFigures | null;

/** Input types measured in the catalog's centimetres. */
const MEASURES = new Set(['width', 'height', 'length']);

/** The next step's groups, with their children as Probo's configurator reads them. */
export function availableOptions(
  evaluation: Evaluation,
  language: string | undefined,
  priceOf: OptionPrice,
): AvailableOption[] {
  const made = new Set(evaluation.chosen);
  const blocked = (node: CatalogOption) =>
    node.disabled_for_options?.some((c) => made.has(c)) === true;
  const child = (node: CatalogOption): AvailableOptionChild => {
    const text = textIn(node.translations, language);
    return {
      code: node.code,
      type_code: node.type_code,
      name: text?.name ?? null,
      label: node.label ?? null,
      description: text?.description ?? null,
      value: evaluation.values.get(node.code) ?? null,
      default_value: node.default_value ?? null,
      min_value: node.min_value ?? null,
      max_value: node.max_value ?? null,
      step_size: node.step_size ?? null,
      scale: node.scale ?? null,
      reversible: node.reversible ?? null,
      unit_code: MEASURES.has(node.type_code) ? 'cm' : null,
      available: !blocked(node),
      images: node.images ?? [],
      price: priceOf(node, evaluation),
      children: [],
    };
  };
  return offeredGroups(evaluation).map((group) => {
    const text = textIn(group.translations, language);
    return {
      code: group.code,
      type_code: group.type_code,
      name: text?.name ?? null,
      label: group.label ?? null,
      description: text?.description ?? null,
      can_order: null,
      amount: null,
      width: null,
      height: null,
      length: null,
      available: !blocked(group),
      required: group.required !== false,
      unit_code: null,
      price: null,
      children: (group.children ?? []).map(child),
    };
  });
}
