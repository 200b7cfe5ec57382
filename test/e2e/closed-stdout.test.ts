import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/conformance/reporters/names.js';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { CLI } from '../support/mock-cli.js';

// `probo-mock verify … | head -1` under `set -o pipefail`: the reader goes away after one line
// (or before any), and the command must still exit with its result's code, never 0 for a
// failed run and never a crash.

/** Runs the CLI with a reader that closes stdout after `lines` lines; resolves with the exit code. */
function runIntoClosingReader(
  args: string[],
  lines: number,
): Promise<{ code: number | null; read: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let read = '';
    let stderr = '';
    const close = (): void => {
      child.stdout.removeAllListeners('data');
      child.stdout.destroy();
    };
    if (lines === 0) close();
    else
      child.stdout.on('data', (chunk: Buffer) => {
        read += chunk.toString();
        const cut = read.split('\n');
        if (cut.length > lines) {
          read = cut.slice(0, lines).join('\n');
          close();
        }
      });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, read, stderr });
    });
  });
}

let failing: Server;
let failingUrl: string;
let reference: RunningReceiver;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-closed-stdout-'));
  // Answers 500 to everything: most checks fail, each with its story, so the reports are long.
  failing = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = 500;
      res.end('nope');
    });
  });
  await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r));
  failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/probo`;
  reference = await startReceiver({ port: 0 });
});

afterAll(async () => {
  await new Promise((r) => failing.close(r));
  await reference.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a command whose reader closes stdout early', () => {
  for (const reporter of REPORTERS) {
    it(`verify --reporter ${reporter} still exits 1 when a check failed and the reader left after one line`, async () => {
      const result = await runIntoClosingReader(
        ['verify', '--target', failingUrl, '--reporter', reporter, '--timeout', '2000'],
        1,
      );
      expect(result.read.length).toBeGreaterThan(0);
      expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(result.code).toBe(1);
    });
  }

  it('verify --reporter json exits 1 with a report larger than a pipe buffer, the reader gone before any byte', async () => {
    const copy = join(dir, 'report.json');
    const result = await runIntoClosingReader(
      ['verify', '--target', failingUrl, '--reporter', 'json', '--json', copy, '--timeout', '2000'],
      0,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    // What stdout was to carry, written to the file too: more than 64 KiB.
    expect(statSync(copy).size).toBeGreaterThan(64 * 1024);
  });

  it('verify exits 0 when every check passed, though the reader left after one line', async () => {
    const result = await runIntoClosingReader(['verify', '--target', reference.callbackUrl], 1);
    expect(result.code).toBe(0);
  });

  it('validate exits 1 for an invalid file, though the reader left after one line', async () => {
    const result = await runIntoClosingReader(
      ['validate', 'fixtures/orders/invalid', 'fixtures/callbacks'],
      1,
    );
    expect(result.read).toMatch(/^fixtures\//);
    expect(result.code).toBe(1);
  });
});
