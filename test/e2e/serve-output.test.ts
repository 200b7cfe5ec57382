import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';
import { startHostileServer } from '../support/reliability-hostile-servers.js';
import type { HostileServer } from '../support/reliability-hostile-servers.js';

let cli: RunningCli | undefined;
let rx: TestReceiver | undefined;
let hostile: HostileServer | undefined;
afterEach(async () => {
  await cli?.stop('SIGKILL');
  await rx?.close();
  await hostile?.close();
  cli = undefined;
  rx = undefined;
  hostile = undefined;
});

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function exited(running: RunningCli): Promise<number | null> {
  if (running.child.exitCode !== null) return Promise.resolve(running.child.exitCode);
  return new Promise((resolve) => running.child.on('close', resolve));
}

/** A serve whose one order's first delivery is on the wire to a receiver that never answers. */
async function serveWithAttemptOnTheWire(extra: string[]): Promise<RunningCli> {
  hostile = await startHostileServer('hang');
  const running = startCli(['serve', '--port', '0', '--timeout', '600000', ...extra]);
  const [, url] = await running.waitFor(LISTENING);
  const answer = await postJson(
    `${url}/order`,
    shopOrder({ id: 'stuck-1', callbackUrls: [hostile.url] }),
  );
  expect(answer.status).toBe(202);
  await until(() => (hostile as HostileServer).hits() > 0);
  return running;
}

describe('probo-mock serve output', () => {
  it('starts every delivery line with the ISO time of the attempt', async () => {
    rx = await startTestReceiver();
    cli = startCli(['serve', '--port', '0', '--step-delay', '0']);
    const [, url] = await cli.waitFor(LISTENING);
    await postJson(`${url}/order`, shopOrder({ id: 'ts-1', callbackUrls: [rx.url] }));
    const [line] = await cli.waitFor(/^.*#1 queued → 200.*$/m);
    expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z #1 queued → 200 in /);
  });

  it('prints one JSON object per line with --log-format json', async () => {
    rx = await startTestReceiver();
    cli = startCli(['serve', '--port', '0', '--step-delay', '0', '--log-format', 'json']);
    const [, url] = await cli.waitFor(/"event":"listening".*"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    await postJson(`${url}/order`, shopOrder({ id: 'json-1', callbackUrls: [rx.url] }));
    await cli.waitFor(/"status":"shipment_delivered"/);
    expect(await cli.stop('SIGTERM')).toBe(0);
    const records = cli
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ event: 'listening', url, scenario: 'happy-path' });
    const attempts = records.filter((r) => r.event === 'attempt');
    expect(attempts.map((a) => a.status)).toContain('shipment_delivered');
    expect(attempts[0]).toMatchObject({
      orderId: 'json-1',
      status: 'queued',
      responseStatus: 200,
      outcome: 'delivered',
      attempt: 1,
    });
    expect(typeof attempts[0]!.at).toBe('string');
    expect(records.map((r) => r.event).slice(-2)).toEqual(['stopping', 'stopped']);
  });

  it('says what it waits for on Ctrl-C, and journals the attempt it cut off as interrupted, not retrying', async () => {
    cli = await serveWithAttemptOnTheWire(['--shutdown-grace', '200']);
    cli.child.kill('SIGINT');
    await cli.waitFor(/^stopping: waiting up to 200 ms for 1 delivery in flight/m);
    const [line] = await cli.waitFor(/^.*#1 queued → no answer.*$/m);
    expect(line).toContain('(interrupted)');
    expect(line).not.toContain('retrying');
    expect(await exited(cli)).toBe(0);
    expect(cli.output()).toContain('probo-mock stopped');
  });

  it('exits at once on a second Ctrl-C, saying so', async () => {
    cli = await serveWithAttemptOnTheWire(['--shutdown-grace', '600000']);
    cli.child.kill('SIGINT');
    await cli.waitFor(/^stopping: waiting up to 600000 ms for 1 delivery/m);
    cli.child.kill('SIGINT');
    expect(await exited(cli)).toBe(130);
    expect(cli.output()).toMatch(/SIGINT again: exiting now/);
  });

  it('prints, at a terminal, an inspector URL with the admin token that opens the inspector', async () => {
    // `script` (util-linux) runs the CLI on a pseudo-terminal, as a person's shell would.
    const command = [process.execPath, CLI, 'serve', '--port', '0', '--quiet']
      .concat(['--admin-token', 's3cret t'])
      .map((word) => `'${word}'`)
      .join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    try {
      let printed = '';
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      await until(() => /inspector \S+/.test(printed));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
      const inspector = /inspector (\S+)/.exec(printed)![1]!;
      expect(inspector).toBe(`${url}/?admin_token=s3cret%20t`);
      expect((await fetch(`${url}/`)).status).toBe(401);
      const first = await fetch(inspector, { redirect: 'manual' });
      expect(first.status).toBe(303);
      const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(`${url}/`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/^<!doctype html>/i);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('keeps the admin token out of output that is not a terminal, showing where it goes', async () => {
    cli = startCli(['serve', '--port', '0', '--quiet', '--admin-token', 's3cret']);
    const [, url] = await cli.waitFor(LISTENING);
    const [, inspector] = await cli.waitFor(/^ {2}inspector (\S+)$/m);
    expect(inspector).toBe(`${url}/?admin_token=<--admin-token>`);
    expect(cli.output()).not.toContain('s3cret');
  });
});
