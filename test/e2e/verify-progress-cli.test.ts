import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/mock-cli.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';

// The built CLI (npm test builds first): `verify --explore` shows a progress line on stderr when
// stderr is a terminal (here a pseudo-terminal made by util-linux `script`), and none in a pipe.
// Both runs explore far more histories than they get through and are stopped with Ctrl-C once
// under way, so the partial report says how many ran.

const HISTORIES = 20_000;
const PROGRESS = /explores-histories: \d+ of 20000 histories, edges covered \d+ of \d+, \d+ s/;
const PARTIAL = /not finished: the run was interrupted after [1-9]\d* of 20000 histories/;

interface Ended {
  code: number | null;
  out: string;
  err: string;
}

describe('probo-mock verify --explore progress', () => {
  let receiver: ToyReceiver;
  let dir: string;
  let args: string[];

  beforeAll(async () => {
    receiver = await startToyReceiver();
    dir = await mkdtemp(join(tmpdir(), 'pm-progress-'));
    args = [
      'verify',
      '--target',
      receiver.callbackUrl,
      '--state-url',
      receiver.stateUrl,
      '--only',
      'explores-histories',
      '--explore',
      String(HISTORIES),
      '--seed',
      '3',
    ];
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('rewrites one progress line on a terminal, on stderr, and a Ctrl-C report says how many histories ran', async () => {
    // stdout to a file, stderr (and stdin) on the pseudo-terminal: what `script` records is stderr.
    const stdoutFile = join(dir, 'tty-stdout.txt');
    const command = [process.execPath, CLI, ...args].map(quote).join(' ');
    const child = spawn('script', ['-qfec', `${command} > ${quote(stdoutFile)}`, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let terminal = '';
    const ended = collect(child, (chunk) => {
      terminal += chunk;
      // Ctrl-C through the terminal once the progress line has shown (at most once a second).
      if (PROGRESS.test(terminal) && child.stdin.writable) child.stdin.end('\u0003');
    });
    const { code } = await ended;
    expect(terminal).toMatch(new RegExp(`\\r\\u001b\\[2K {2}… ${PROGRESS.source}`));
    // Erased before the report's lines and kept off stdout.
    expect(terminal.endsWith('\r\u001b[2K')).toBe(true);
    const stdout = await readFile(stdoutFile, 'utf8');
    expect(stdout).not.toMatch(/histories, edges covered/);
    expect(stdout).toMatch(PARTIAL);
    expect(code).toBe(130);
  });

  it('prints no progress line when stderr is not a terminal', async () => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const ended = collect(child, (chunk) => (out += chunk));
    // Stopped once it has explored for longer than the progress line's second (a terminal would
    // have shown it by then): a wait, not an assertion on time. The callbacks the receiver got
    // tell that histories are under way.
    await until(() => out.includes('repeat:'));
    const probed = receiver.received.length;
    await until(() => receiver.received.length > probed);
    const under = Date.now();
    await until(() => Date.now() - under > 2500);
    child.kill('SIGINT');
    const { code, err } = await ended;
    expect(out).toMatch(PARTIAL);
    expect(err).not.toMatch(/histories/);
    expect(err).not.toContain('\u001b[2K');
    expect(out).not.toMatch(/histories, edges covered/);
    expect(code).toBe(130);
  });
});

/** A POSIX shell word. */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Resolves with the exit code and output once the child has ended; `onOut` sees stdout. */
function collect(
  child: ReturnType<typeof spawn>,
  onOut: (chunk: string) => void,
  timeoutMs = 90_000,
): Promise<Ended> {
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      onOut(c.toString());
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 50));
}
