import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { EXPLORE_FLAWED_RECEIVERS } from '../support/receivers/explore-flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { runCli } from '../support/mock-cli.js';

// The built CLI (npm test builds first): verify --explore finds a failure, saves it, and trigger
// replays the saved file to a fresh receiver with the same flaw.
describe('probo-mock verify --explore and trigger FILE', () => {
  let good: RunningReceiver;
  const toys: ToyReceiver[] = [];
  let dir: string;
  const stuck = EXPLORE_FLAWED_RECEIVERS.find((r) => r.name === 'is stuck when a step is skipped')!;

  beforeAll(async () => {
    good = await startReceiver({ port: 0 });
    dir = await mkdtemp(join(tmpdir(), 'pm-explore-'));
  });
  afterAll(async () => {
    await good.close();
    await Promise.all(toys.map((t) => t.close()));
  });

  it('passes against the reference receiver and says how many histories ran and what they covered', async () => {
    const run = await runCli([
      'verify',
      '--target',
      good.callbackUrl,
      '--state-url',
      good.stateUrl,
      '--only',
      'explores-histories',
      '--explore',
      '100',
      '--seed',
      '3',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /✓ explores-histories\s+\d+ ms {2}100 histories, lifecycle edges covered \d+ of 40 \(\d+ %\), \d+\.\d s/,
    );
  });

  it('exits 1 with the shrunk story, saves it, and trigger replays the file into the same wrong state', async () => {
    const flawed = await startToyReceiver(stuck.flaws);
    toys.push(flawed);
    const saved = join(dir, 'failures');
    const run = await runCli(
      [
        'verify',
        '--target',
        flawed.callbackUrl,
        '--state-url',
        flawed.stateUrl,
        '--only',
        'explores-histories',
        '--explore',
        '200',
        '--seed',
        '4',
        '--save-failures',
        saved,
      ],
      120_000,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ explores-histories/);
    expect(run.stdout).toMatch(/ended in the wrong state; shrunk from \d+ to [1-4] deliveries/);
    expect(run.stdout).toMatch(/story: .+/);
    expect(run.stdout).toMatch(/expected \S+ \(the lifecycle model\), got \S+/);
    const [file] = await readdir(saved);
    expect(file).toBe('explores-histories-4.json');
    const orderId = /--order-id (\S+)/.exec(run.stdout)![1]!;
    const wrong = flawed.orders.get(orderId)!.state;
    expect(run.stdout).toContain(`got ${wrong}`);

    const fresh = await startToyReceiver(stuck.flaws);
    toys.push(fresh);
    const replay = await runCli([
      'trigger',
      join(saved, file!),
      '--target',
      fresh.callbackUrl,
      '--order-id',
      orderId,
      '--step-delay',
      '0',
      '--retries',
      '0',
    ]);
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(
      /explores-histories-4 for order \S+: (\d+) of \1 deliveries answered 2xx/,
    );
    expect(fresh.orders.get(orderId)!.state).toBe(wrong);
  });
});
