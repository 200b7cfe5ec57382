import type { ScenarioStep } from '../generated/types.js';
import { rawStatusLabel } from './raw-template.js';

/** One line for a scenario step, e.g. `not_accepted (file-rejected, file 1), delay 500 ms, ×2`. */
export function describeStep(step: ScenarioStep): string {
  const head =
    step.raw !== undefined
      ? `${rawStatusLabel(step.raw.replace(/\{\{[^}]*\}\}/g, '0'))} (raw body)`
      : String(step.status);
  const details: string[] = [];
  if (step.variant) details.push(step.variant);
  if (step.fileId !== undefined) details.push(`file ${step.fileId}`);
  if (step.packages !== undefined) details.push(`${step.packages} packages`);
  const extras: string[] = [];
  if (step.delay !== undefined) extras.push(`delay ${step.delay} ms`);
  if (step.repeat !== undefined && step.repeat > 1) extras.push(`delivered ${step.repeat}×`);
  if (step.patch !== undefined) extras.push(`patch ${JSON.stringify(step.patch)}`);
  if (step.headers !== undefined) extras.push(`headers ${Object.keys(step.headers).join(', ')}`);
  return [details.length > 0 ? `${head} (${details.join(', ')})` : head, ...extras].join(', ');
}
