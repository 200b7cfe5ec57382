import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';

// The published declarations (dist/**/*.d.ts, from `npm run build`) copied into a consumer folder
// outside the repo, so no dependency of probo-mock (hapi, undici, ajv, faker, …) resolves from
// there: only @types/node, which any TypeScript project on Node has.
let dir: string;

const CONSUMER = `
import {
  startMock, createMockServer, verifyReceiver, formatReport, CATALOG, validateCallback,
  validateOrder, buildCallback, buildOrder, createOrderContext, startReceiver, runDemo,
  triggerScenario, buildSite, writeSite, buildOpenApi, STATUSES,
  type RunningMock, type MockOptions, type Report, type VerifyOptions, type ProboCallback,
  type OrderPost, type ValidationResult, type ProboStatus,
} from 'probo-mock';

export async function use(): Promise<void> {
  const options: MockOptions = { port: 0, stepDelayMs: 5 };
  const mock: RunningMock = await startMock(options);
  const server = await createMockServer({ manual: true });
  const answer = await server.inject({ method: 'GET', url: '/__mock/health' });
  const code: number = answer.statusCode;
  const entries = mock.journal.query({ order: 'a' });
  const verify: VerifyOptions = { target: mock.url + '/hook', seed: 1 };
  const report: Report = await verifyReceiver(verify);
  const text: string = formatReport(report, 'junit');
  const order: OrderPost = buildOrder(1);
  const body: ProboCallback = buildCallback(createOrderContext({ id: 'x' }, 1), 'accepted');
  const result: ValidationResult = validateCallback(body);
  const status: ProboStatus = STATUSES[0];
  void [code, entries, text, order, result, status, CATALOG, validateOrder, startReceiver, runDemo,
    triggerScenario, buildSite, writeSite, buildOpenApi];
  await mock.close();
}
`;

/** Every diagnostic of one program of these files, as `file: message`. */
function compile(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => join(dir, name)),
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      typeRoots: [join(packageRoot, 'node_modules/@types')],
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? d.file.fileName.slice(dir.length + 1) : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-consumer-'));
  const pkg = join(dir, 'node_modules/probo-mock');
  cpSync(join(packageRoot, 'dist'), join(pkg, 'dist'), {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || path.endsWith('.d.ts'),
  });
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({
      name: 'probo-mock',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    }),
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the published types', () => {
  it('compile in a consumer with skipLibCheck off and no dependency types installed', () => {
    // One program (a compile takes seconds): the consumer, and a control file that needs hapi's
    // types, to show that they really do not resolve there.
    const errors = compile({
      'consumer.ts': CONSUMER,
      'needs-hapi.ts': `import type { Server } from '@hapi/hapi';\nexport type S = Server;\n`,
    });
    expect(errors.filter((e) => !e.startsWith('needs-hapi.ts:'))).toEqual([]);
    expect(errors.join('\n')).toMatch(/^needs-hapi\.ts: Cannot find module '@hapi\/hapi'/m);
  }, 120_000);
});
