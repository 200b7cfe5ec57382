import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { Journal } from '../../src/delivery/journal.js';
import { startHostileServer } from '../support/reliability-hostile-servers.js';
import type { HostileServer } from '../support/reliability-hostile-servers.js';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('an attempt cut off by closing the dispatcher', () => {
  it('is journaled as interrupted, not retrying, and its delivery resolves interrupted', async () => {
    server = await startHostileServer('hang');
    const journal = new Journal();
    const dispatcher = new Dispatcher({ journal, retries: 3, timeoutMs: 600_000 });
    const delivery = dispatcher.enqueue({
      orderId: 'o-1',
      url: server.url,
      status: 'queued',
      step: 0,
      body: '{}',
    });
    await until(() => (server as HostileServer).hits() > 0);
    expect(dispatcher.inFlight).toBe(1);
    await dispatcher.close(0);
    const result = await delivery;
    expect(result).toMatchObject({ outcome: 'failed', interrupted: true, attempts: 1 });
    expect(journal.query().map((e) => e.outcome)).toEqual(['interrupted']);
    expect(dispatcher.inFlight).toBe(0);
  });

  it('still journals an attempt that fails for good while open as failed', async () => {
    server = await startHostileServer({ status: 410 });
    const journal = new Journal();
    const dispatcher = new Dispatcher({ journal, retries: 3, timeoutMs: 10_000 });
    const result = await dispatcher.enqueue({
      orderId: 'o-2',
      url: server.url,
      status: 'queued',
      step: 0,
      body: '{}',
    });
    await dispatcher.close();
    expect(result.outcome).toBe('failed');
    expect(journal.query().map((e) => e.outcome)).toEqual(['failed']);
  });
});
