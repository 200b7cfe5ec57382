// Store faults answered, never a crash, with the built CLI and real processes. The two-process
// case runs everywhere; the full-disk and read-only cases need a small tmpfs (`mount`, as root),
// and are skipped where the machine cannot mount one. A file system cannot be made read-only
// under a process that has a file open on it (the remount is refused as busy), and as root a
// chmod does not stop writes: the injected failing store of
// test/integration/durability-store-faults.test.ts covers a store going read-only while serving.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

let dir: string;
let clis: RunningCli[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-faults-'));
});
afterEach(async () => {
  for (const cli of clis) await cli.stop('SIGKILL');
  clis = [];
  rmSync(dir, { recursive: true, force: true });
});

function serveOn(file: string): RunningCli {
  const cli = startCli([
    'serve',
    '--port',
    '0',
    '--quiet',
    '--rate-limit',
    '0',
    '--manual',
    '--store',
    `sqlite:${file}`,
  ]);
  clis.push(cli);
  return cli;
}

async function urlOf(cli: RunningCli): Promise<string> {
  return (await cli.waitFor(LISTENING))[1] as string;
}

async function healthOf(url: string): Promise<{ status: number; message?: string }> {
  const res = await fetch(`${url}/__mock/health`);
  const body = (await res.json()) as { message?: string };
  return body.message === undefined
    ? { status: res.status }
    : { status: res.status, message: body.message };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ids of the orders a mock on `file` has, read by a fresh process. */
async function storedIds(file: string): Promise<string[]> {
  const cli = serveOn(file);
  const url = await urlOf(cli);
  const res = await fetch(`${url}/__mock/orders`);
  const { orders } = (await res.json()) as { orders: Array<{ key: string }> };
  await cli.stop('SIGTERM');
  clis = clis.filter((c) => c !== cli);
  return orders.map((o) => o.key);
}

describe('two serve processes on one SQLite file', () => {
  it('the second exits 2 naming the file and the process that holds it, and the first keeps serving', async () => {
    const file = join(dir, 'shared.db');
    const first = serveOn(file);
    const url = await urlOf(first);
    expect((await postJson(`${url}/order`, shopOrder({ id: 'one' }))).status).toBe(202);

    const second = await runCli(['serve', '--port', '0', '--quiet', '--store', `sqlite:${file}`]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`sqlite:${file}`);
    expect(second.stderr).toContain(`process ${first.child.pid}`);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace

    expect((await postJson(`${url}/order`, shopOrder({ id: 'two' }))).status).toBe(202);
    expect((await healthOf(url)).status).toBe(200);
    expect(await first.stop('SIGTERM')).toBe(0);
    clis = clis.filter((c) => c !== first);
    expect(await storedIds(file)).toEqual(['one', 'two']);
  });
});

/** Mounts a small tmpfs at a fresh folder; undefined where the machine does not allow it. */
function mountTmpfs(size: string): string | undefined {
  const at = mkdtempSync(join(tmpdir(), 'probo-mock-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
    return at;
  } catch {
    rmSync(at, { recursive: true, force: true });
    return undefined;
  }
}

const probe = mountTmpfs('64k');
if (probe) {
  execFileSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
}

describe.skipIf(!probe)('serve --store sqlite: on a small file system (tmpfs)', () => {
  let mnt: string;
  beforeAll(() => {
    mnt = mountTmpfs('2m') as string;
  });
  afterAll(() => {
    execFileSync('umount', ['-l', mnt]);
    rmSync(mnt, { recursive: true, force: true });
  });
  afterEach(() => {
    execFileSync('mount', ['-o', 'remount,rw', mnt]);
    rmSync(join(mnt, 'mock.db'), { force: true });
    rmSync(join(mnt, 'filler'), { force: true });
  });

  /** Fills the file system: a file that takes every free byte. */
  function fill(): void {
    const fd = openSync(join(mnt, 'filler'), 'w');
    const chunk = Buffer.alloc(4096, 1);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      // ENOSPC: full.
    } finally {
      closeSync(fd);
    }
  }

  it('on a full disk answers posts 503 store_unavailable (never a reset), keeps serving, and once space is freed takes orders again, losing none it took', async () => {
    const file = join(mnt, 'mock.db');
    const cli = serveOn(file);
    const url = await urlOf(cli);
    const taken: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = `before-${i}`;
      expect((await postJson(`${url}/order`, shopOrder({ id }))).status).toBe(202);
      taken.push(id);
    }
    fill();
    const statuses = new Set<number>();
    for (let i = 0; i < 200 && !statuses.has(503); i++) {
      const id = `full-${i}`;
      const answer = await postJson(`${url}/order`, shopOrder({ id })); // a reset would throw
      statuses.add(answer.status);
      if (answer.status === 202) taken.push(id);
      else expect(answer.body).toMatchObject({ reason: 'store_unavailable' });
    }
    expect(statuses.has(503)).toBe(true);
    expect([...statuses].every((s) => s === 202 || s === 503)).toBe(true);
    const sick = await healthOf(url);
    expect(sick.status).toBe(503);
    expect(sick.message).toContain(`sqlite:${file}`);
    expect(cli.child.exitCode).toBeNull();
    expect(cli.output()).toMatch(/store-unavailable: sqlite:.*mock\.db/);

    rmSync(join(mnt, 'filler'));
    await until(async () => (await healthOf(url)).status === 200, 'the store to recover');
    expect((await postJson(`${url}/order`, shopOrder({ id: 'after' }))).status).toBe(202);
    taken.push('after');
    expect(await cli.stop('SIGTERM')).toBe(0);
    clis = clis.filter((c) => c !== cli);
    expect(await storedIds(file)).toEqual(taken);
  });

  it('refuses to start on a read-only file system with exit 2, naming the file', async () => {
    const file = join(mnt, 'mock.db');
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    const result = await runCli(['serve', '--port', '0', '--store', `sqlite:${file}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`sqlite:${file}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
