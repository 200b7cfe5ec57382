import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Runs a composite action's steps the way a GitHub runner does, as far as a composite action of
 * `run:` steps can tell: `${{ }}` expressions in `env:` and `outputs:` evaluated (inputs with
 * their defaults, `github.*`, `runner.*`, `steps.<id>.outputs.*`; anything else is refused, so an
 * action cannot lean on what this runner does not do), each step's script in a file run with
 * `bash --noprofile --norc -eo pipefail`, the runner's variables set (GITHUB_ACTIONS, CI,
 * GITHUB_WORKSPACE, GITHUB_ACTION_PATH, RUNNER_TEMP, and per step fresh GITHUB_OUTPUT,
 * GITHUB_ENV and GITHUB_STEP_SUMMARY files, read back after the step), and the steps after a
 * failed one skipped. Workflow commands (`::error …::…`) are collected from the output.
 */

export interface ActionRun {
  /** The exit code of the first step that failed, or 0. */
  code: number;
  /** Each step's summary file, as GitHub joins them into the job summary. */
  summary: string;
  /** `::error` commands, properties and message decoded. */
  errors: { title?: string; message: string }[];
  /** The action's outputs. */
  outputs: Record<string, string>;
  /** Everything the steps printed, stdout and stderr, in step order. */
  log: string;
  /** The step ids (or names) that ran, in order. */
  ran: string[];
}

export interface ActionRunOptions {
  /** The folder holding action.yml. */
  actionPath: string;
  /** The workflow's `with:`. */
  inputs: Record<string, string>;
  /** The job's working directory (default: a fresh temp folder). */
  workspace?: string;
  /** Leave GITHUB_STEP_SUMMARY unset (as outside GitHub). */
  noSummary?: true;
  /** GITHUB_STEP_SUMMARY points at this path instead of a fresh file. */
  summaryPath?: string;
  /** Bound on each step, in ms (default 120 s). */
  stepTimeoutMs?: number;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: {
    using: string;
    steps: {
      id?: string;
      name?: string;
      shell?: string;
      run?: string;
      env?: Record<string, string>;
      if?: string;
      uses?: string;
    }[];
  };
}

export async function runCompositeAction(options: ActionRunOptions): Promise<ActionRun> {
  const action = parse(
    await readFile(join(options.actionPath, 'action.yml'), 'utf8'),
  ) as ActionYaml;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const given = options.inputs[name];
    if (given === undefined && spec.required) throw new Error(`input ${name} is required`);
    inputs[name] = given ?? spec.default ?? '';
  }
  for (const name of Object.keys(options.inputs)) {
    if (!(name in inputs)) throw new Error(`the action has no input ${name}`);
  }
  const temp = await mkdtemp(join(tmpdir(), 'pm-action-runner-'));
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'pm-action-ws-')));
  const stepOutputs: Record<string, Record<string, string>> = {};
  const context = {
    github: { action_path: options.actionPath, workspace },
    runner: { temp: join(temp, 'runner-temp'), os: 'Linux' },
  };
  await mkdir(context.runner.temp, { recursive: true });
  const evaluate = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      const path = expr.split('.');
      if (path[0] === 'inputs' && path.length === 2) return inputs[path[1]!] ?? '';
      if (path[0] === 'steps' && path.length === 4 && path[2] === 'outputs')
        return stepOutputs[path[1]!]?.[path[3]!] ?? '';
      if ((path[0] === 'github' || path[0] === 'runner') && path.length === 2) {
        const value = (context[path[0]] as Record<string, string>)[path[1]!];
        if (value !== undefined) return value;
      }
      throw new Error(`this runner does not evaluate \${{ ${expr} }}`);
    });

  let env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: options.actionPath,
    RUNNER_TEMP: context.runner.temp,
    RUNNER_OS: 'Linux',
  };
  let code = 0;
  let log = '';
  let summary = '';
  const ran: string[] = [];
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined || step.if !== undefined)
      throw new Error('this runner runs `run:` steps with no `if:` only');
    if (step.shell !== 'bash' || step.run === undefined)
      throw new Error(`step ${i} must be a run: step with shell: bash`);
    if (/\$\{\{/.test(step.run))
      throw new Error(`step ${i} pastes an expression into its script: pass it through env:`);
    const files = {
      GITHUB_OUTPUT: join(temp, `output-${i}`),
      GITHUB_ENV: join(temp, `env-${i}`),
      GITHUB_PATH: join(temp, `path-${i}`),
      GITHUB_STEP_SUMMARY: options.summaryPath ?? join(temp, `summary-${i}`),
    };
    for (const [name, file] of Object.entries(files)) {
      if (name === 'GITHUB_STEP_SUMMARY' && options.summaryPath !== undefined) continue;
      await writeFile(file, '');
    }
    const script = join(temp, `step-${i}.sh`);
    await writeFile(script, step.run);
    const stepEnv: Record<string, string> = { ...env, ...files };
    if (options.noSummary) delete stepEnv.GITHUB_STEP_SUMMARY;
    for (const [name, value] of Object.entries(step.env ?? {}))
      stepEnv[name] = evaluate(String(value));
    ran.push(step.id ?? step.name ?? String(i));
    const result = await runBash(script, stepEnv, workspace, options.stepTimeoutMs ?? 120_000);
    log += result.output;
    if (step.id !== undefined)
      stepOutputs[step.id] = parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8'));
    env = { ...env, ...parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8')) };
    if (!options.noSummary && options.summaryPath === undefined)
      summary += await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
    if (result.code !== 0) {
      code = result.code;
      break;
    }
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {}))
    outputs[name] = evaluate(spec.value);
  return { code, summary, errors: workflowErrors(log), outputs, log, ran };
}

function runBash(
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** `name=value` lines and `name<<DELIM` … `DELIM` blocks, as GitHub reads GITHUB_OUTPUT/ENV. */
function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const at = line.indexOf('=');
    out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

const decode = (s: string): string =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** `::error title=…::message` lines, decoded as GitHub decodes them. */
function workflowErrors(log: string): { title?: string; message: string }[] {
  const out: { title?: string; message: string }[] = [];
  for (const line of log.split('\n')) {
    const m = /^::error(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries(
      (m[1] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => {
          const at = p.indexOf('=');
          return [p.slice(0, at), decode(p.slice(at + 1))];
        }),
    );
    out.push({
      ...(props.title !== undefined ? { title: props.title } : {}),
      message: decode(m[2]!),
    });
  }
  return out;
}
