import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/contract/statuses.js';
import { startCli, type RunningCli } from '../support/mock-cli.js';

// `probo-mock serve` as a user runs it: the inspector at /, the docs at /docs/.
describe('probo-mock serve, for people', () => {
  let cli: RunningCli;
  let url: string;

  beforeAll(async () => {
    cli = startCli(['serve', '--port', '0', '--quiet']);
    [, url = ''] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
  });
  afterAll(async () => {
    // SIGTERM ends cleanly even with an event stream open (the inspector's).
    expect(await cli?.stop()).toBe(0);
  });

  it('shows the inspector at / and streams its events', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('probo-mock inspector');
    const events = await fetch(`${url}/__mock/events`);
    const reader = events.body!.getReader();
    let text = '';
    while (!text.includes('event: snapshot')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('event: snapshot');
    // Left open on purpose: stopping the server must not wait for it.
  });

  it('serves the docs at /docs/ with every status on the index', async () => {
    const html = await (await fetch(`${url}/docs/`)).text();
    for (const status of STATUSES) expect(html).toContain(`id="status-${status}"`);
  });
});
