import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { schemaId, validateWith } from '../../src/contract/index.js';
import { createMockServer, mockEngineOf, startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import {
  applyMergePatch,
  loadScenarioFile,
  parseScenario,
  ScenarioError,
  triggerScenario,
} from '../../src/scenarios/index.js';
import { patchProblem } from '../../src/scenarios/merge-patch.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';
import type { TestReceiver } from '../support/mock-receiver.js';

/** `{"a":{"a":…{"a":1}}}`, `levels` objects deep, built without recursion. */
function deep(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { a: 1 };
  for (let i = 1; i < levels; i++) node = { a: node };
  return node;
}
const deepText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const JSON_TYPE = { 'content-type': 'application/json' };

function expectProboError(status: number, body: unknown, want: number, reason?: string): void {
  expect(status).toBe(want);
  expect(body).toMatchObject({ status: 'error', ...(reason ? { reason } : {}) });
  expect(validateWith(schemaId('api/error-answer'), body).valid).toBe(true);
}

describe('merge patch limits', () => {
  it('says why a patch is refused: not an object, over 64 levels, over 1,000 items, over 1 MiB', () => {
    expect(patchProblem([1], '--patch')).toBe('--patch must be a JSON object (a merge patch)');
    expect(patchProblem(deep(64), '--patch')).toBeUndefined();
    expect(patchProblem(deep(20_000), '--patch')).toMatch(
      /^--patch is nested more than 64 levels deep \(at \/a\/a\/.*\); a limit of the mock$/,
    );
    expect(patchProblem({ list: Array(1001).fill(0) }, '/patch')).toBe(
      '/patch: /list has 1001 items; the mock accepts at most 1000 in one array',
    );
    expect(patchProblem({ pad: 'x'.repeat(1024 * 1024) }, 'patch')).toMatch(
      /^patch is 1048586 bytes as JSON; the mock accepts at most 1048576$/,
    );
  });

  it('applyMergePatch throws a TypeError for a patch nested too deep, not a stack overflow', () => {
    expect(() => applyMergePatch({}, deep(20_000))).toThrow(TypeError);
    expect(() => applyMergePatch({}, deep(20_000))).toThrow(/more than 64 levels/);
    expect(applyMergePatch({}, deep(3))).toEqual({ a: { a: { a: 1 } } });
  });
});

describe('a scenario with a patch past the limits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused when its file is loaded, naming the step: 20,000 levels deep, or over 1 MiB', async () => {
    const file = join(dir, 'deep.json');
    writeFileSync(
      file,
      `{"name":"deep","description":"a deep patch","steps":[{"status":"queued"},{"status":"accepted","patch":${deepText(20_000)}}]}`,
    );
    const error = await loadScenarioFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(
      /deep\.json: invalid scenario: \/steps\/1\/patch is nested more than 64 levels deep/,
    );
    expect(() =>
      parseScenario({
        name: 'big',
        description: 'a big patch',
        steps: [{ status: 'queued', patch: { pad: 'x'.repeat(1024 * 1024) } }],
      }),
    ).toThrow(/\/steps\/0\/patch is \d+ bytes as JSON/);
  });

  it('never reaches serve: startMock with such a scenario folder fails at start, with the reason', async () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(
      join(folder, 'deep.json'),
      JSON.stringify({
        name: 'deep-two',
        description: 'a deep patch',
        steps: [{ status: 'queued', patch: deep(100) }],
      }),
    );
    await expect(createMockServer({ port: 0, scenariosDir: folder })).rejects.toThrow(
      /\/steps\/0\/patch is nested more than 64 levels deep/,
    );
  });

  it('triggerScenario refuses it before anything is sent', async () => {
    const rx = await startTestReceiver();
    try {
      await expect(
        triggerScenario({ scenario: 'happy-path', target: rx.url, patch: deep(20_000) }),
      ).rejects.toThrow(/^bad options: patch is nested more than 64 levels deep/);
      expect(rx.calls).toEqual([]);
    } finally {
      await rx.close();
    }
  });
});

describe('the admin routes', () => {
  let mock: RunningMock;
  let rx: TestReceiver;
  beforeAll(async () => {
    rx = await startTestReceiver();
    mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
    await postJson(`${mock.url}/order`, shopOrder({ id: 'lim-1', callbackUrls: [rx.url] }));
    mockEngineOf(mock.server).advance('lim-1');
    await rx.waitFor(1);
  });
  afterAll(async () => {
    await mock?.close();
    await rx?.close();
  });
  afterEach(async () => mock.idle());

  it('answer a push with a 5,000-level patch 400, and one with a 1,001-item patch 400, sending nothing', async () => {
    const before = rx.calls.length;
    const deepPush = await postJson(
      `${mock.url}/__mock/orders/lim-1/push`,
      `{"status":"accepted","patch":${deepText(5_000)}}`,
      JSON_TYPE,
    );
    expectProboError(deepPush.status, deepPush.body, 400, 'too_deep');
    const wide = await postJson(
      `${mock.url}/__mock/orders/lim-1/push`,
      { status: 'accepted', patch: { list: Array(1001).fill(0) } },
      JSON_TYPE,
    );
    expectProboError(wide.status, wide.body, 400, 'too_many_items');
    await mock.idle();
    expect(rx.calls.length).toBe(before);
    const fine = await postJson(
      `${mock.url}/__mock/orders/lim-1/push`,
      { status: 'accepted', patch: deep(10) },
      JSON_TYPE,
    );
    expect(fine.status).toBe(202);
  });

  /** Writes a request's head, then `chunks` with Transfer-Encoding: chunked; the raw answer. */
  function chunked(path: string, chunks: string[]): Promise<string> {
    const port = Number(new URL(mock.url).port);
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString()));
      socket.on('error', (e) => (answer ? resolve(answer) : reject(e)));
      socket.on('close', () => resolve(answer));
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer k\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n`,
      );
      for (const c of chunks) socket.write(`${Buffer.byteLength(c).toString(16)}\r\n${c}\r\n`);
      socket.write('0\r\n\r\n');
    });
  }

  it('answer a 2 MB chunked body 413 in Probo shape, as /order does', async () => {
    const piece = 'x'.repeat(64 * 1024);
    const chunks = [`{"pad":"`, ...Array<string>(32).fill(piece), '"}'];
    for (const path of [
      '/order',
      '/__mock/orders/lim-1/push',
      '/__mock/faults',
      '/__mock/reset',
      '/__mock/orders/lim-1/advance',
      '/__mock/deliveries/dlv_x/resend',
      '/__mock/orders/lim-1/resend-failed',
    ]) {
      const answer = await chunked(path, chunks);
      expect(answer, path).toMatch(/^HTTP\/1\.1 413 /);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
      expectProboError(413, body, 413, 'payload_too_large');
    }
    expect(mock.orders.list()).toHaveLength(1);
  });

  it('answer a body that stops coming 408 in Probo shape, with the same timeout as /order', async () => {
    const server = await createMockServer({ port: 0, manual: true });
    const table = server.table();
    const timeoutOf = (method: string, path: string) =>
      table.find((r) => r.method === method && r.path === path)?.settings.payload?.timeout;
    const order = timeoutOf('post', '/order');
    expect(order).toBeGreaterThan(0);
    const admin = [
      ['post', '/__mock/orders/{id}/push'],
      ['post', '/__mock/orders/{id}/advance'],
      ['post', '/__mock/reset'],
      ['post', '/__mock/faults'],
      ['delete', '/__mock/faults'],
      ['post', '/__mock/deliveries/{id}/resend'],
      ['post', '/__mock/orders/{id}/resend-failed'],
    ] as const;
    for (const [method, path] of admin) expect(timeoutOf(method, path), path).toBe(order);
    // The same routes with a short timeout, so that the test need not wait hapi's 10 s.
    for (const route of table) if (route.settings.payload) route.settings.payload.timeout = 200;
    await server.start();
    try {
      const port = server.info.port as number;
      for (const [method, path] of admin) {
        const concrete = path.replace('{id}', 'lim-x');
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(port, '127.0.0.1');
          let text = '';
          socket.on('data', (c: Buffer) => (text += c.toString()));
          socket.on('close', () => resolve(text));
          socket.write(
            `${method.toUpperCase()} ${concrete} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\nconnection: close\r\n\r\n{"status":`,
          );
        });
        expect(answer, path).toMatch(/^HTTP\/1\.1 408 /);
        const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
        expectProboError(408, body, 408, 'payload_timeout');
      }
    } finally {
      await server.stop();
    }
  });
});

describe('404s and 5xx in Probo shape', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0 });
  });
  afterAll(async () => mock?.close());

  it('answers the inspector and docs 404s in Probo shape, and looks up own asset names only', async () => {
    for (const path of [
      '/inspector/__proto__',
      '/inspector/constructor',
      '/inspector/toString',
      '/inspector/nope.js',
      '/docs/nope.html',
      '/docs/__proto__',
      '/nothing/here',
    ]) {
      const res = await fetch(`${mock.url}${path}`);
      expectProboError(res.status, await res.json(), 404, 'not_found');
    }
    expect((await fetch(`${mock.url}/inspector/inspector.js`)).status).toBe(200);
  });

  it("answers a path that cannot be decoded 400 in Probo shape, not hapi's", async () => {
    for (const path of ['/%', '/__mock/orders/%E0%A4%A', '/docs/%ZZ', '/order%']) {
      const { status, text } = await new Promise<{ status: number; text: string }>(
        (resolve, reject) => {
          const req = request(`${mock.url}/`, { path, method: 'GET' }, (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          });
          req.on('error', reject);
          req.end();
        },
      );
      expectProboError(status, JSON.parse(text), 400, 'invalid_url');
    }
  });
});
