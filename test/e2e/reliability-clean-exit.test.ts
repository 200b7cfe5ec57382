import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';
import { refusedUrl } from '../support/reliability-hostile-servers.js';

const LIBRARY = pathToFileURL(join(packageRoot, 'dist/index.js')).href;

/**
 * Runs `body` as an ES module in a fresh Node process (the built library imported as `lib`) and
 * resolves with its exit code; a process that does not exit by itself within `boundMs` is
 * killed (code null): something was left open.
 */
function runAlone(
  body: string,
  boundMs = 30_000,
): Promise<{ code: number | null; output: string }> {
  const script = `import * as lib from ${JSON.stringify(LIBRARY)};\n${body}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), boundMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Receivers that misbehave, written inline: the child process has no test helpers.
const HOSTILE = `
import { createServer } from 'node:net';
const sockets = new Set();
function hostile(act) {
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', () => act(socket));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const url = (server) => 'http://127.0.0.1:' + server.address().port + '/cb';
const hang = await hostile(() => {});
const reset = await hostile((s) => { s.write('HTTP/1.1 200 OK\\r\\ncontent-length: 50\\r\\n\\r\\n{'); setImmediate(() => s.resetAndDestroy()); });
const endless = await hostile((s) => { s.write('HTTP/1.1 200 OK\\r\\ntransfer-encoding: chunked\\r\\n\\r\\n'); const pump = () => { while (!s.destroyed && s.write('4000\\r\\n' + 'x'.repeat(0x4000) + '\\r\\n')); }; s.on('drain', pump); pump(); });
// Unref, not close: the receivers' side stays up, so only what the mock left open can keep this process alive.
const closeAll = async () => { for (const s of sockets) s.unref(); for (const s of [hang, reset, endless]) s.unref(); };
process.on('unhandledRejection', (e) => { console.log('UNHANDLED', e); process.exitCode = 3; });
`;

describe('nothing is left open after close()', () => {
  it('a mock with deliveries stuck on hanging, resetting, endless and refused receivers exits by itself after close()', async () => {
    const { code, output } = await runAlone(`${HOSTILE}
const refusedUrl = ${JSON.stringify(await refusedUrl())};
const mock = await lib.startMock({ port: 0, stepDelayMs: 0, retries: 2, retryBaseMs: 5, timeoutMs: 5000, rateLimit: 0 });
const order = (id, urls) => ({ id, reference: 'exit test', callback_urls: urls, deliveries: [{ address: { first_name: 'A', last_name: 'B', street: 'S', house_number: '1', postal_code: '1015 CJ', city: 'Amsterdam', country: 'NL' }, shipping_method_preset: 'cheapest', delivery_date_preset: 'cheapest' }], products: [{ code: 'banner-510', options: [{ code: 'width', value: 100 }], files: [{ uri: 'https://files.example/a.pdf' }] }] });
for (let i = 0; i < 5; i++) {
  const res = await fetch(mock.url + '/order', { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify(order('exit-' + i, [url(hang), url(reset), url(endless), refusedUrl])) });
  if (res.status !== 202) throw new Error('post answered ' + res.status);
}
await new Promise((r) => setTimeout(r, 300)); // attempts in flight, retries sleeping
await mock.close();
await closeAll();
console.log('closed with', mock.journal.total, 'attempts journaled');
`);
    expect(code, output).toBe(0);
    expect(output).toMatch(/closed with \d+ attempts journaled/);
    expect(output).not.toContain('UNHANDLED');
  }, 40_000);

  it('a verify run against a hanging target (graded: every check times out) exits by itself', async () => {
    const { code, output } = await runAlone(`${HOSTILE}
const report = await lib.verifyReceiver({ target: url(hang), timeoutMs: 200 }).catch((e) => e);
console.log('verify ended:', report.name ?? 'report');
await closeAll();
`);
    expect(code, output).toBe(0);
    expect(output).toContain('verify ended: report');
  }, 40_000);
});
