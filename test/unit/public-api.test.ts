import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { packageRoot } from '../../src/shared/paths.js';

// The runtime names of the package's one entry point. Adding or removing one is a change of the
// public surface: do it on purpose, here and in src/index.ts (and the README).
const PUBLIC_NAMES = [
  'CATALOG',
  'CHECK_IDS',
  'CLIENT_CATALOG',
  'CLIENT_CHECK_IDS',
  'ConformanceUsageError',
  'Dispatcher',
  'HAPPY_PATH',
  'ProboClient',
  'Journal',
  'REPORTERS',
  'STATUSES',
  'STATUS_CATALOG',
  'ScenarioError',
  'TargetUnreachableError',
  'buildCallback',
  'buildOpenApi',
  'buildOrder',
  'buildSite',
  'canTransition',
  'createMockServer',
  'createOrderContext',
  'formatHtml',
  'formatJson',
  'formatJunit',
  'formatMarkdown',
  'formatPretty',
  'formatReport',
  'isProboStatus',
  'loadScenarios',
  'minimalCallback',
  'planScenario',
  'proboMockPlugin',
  'runDemo',
  'schemaId',
  'shippedPackage',
  'startMock',
  'startReceiver',
  'startReferenceShop',
  'triggerScenario',
  'validateCallback',
  'validateDocument',
  'validateOrder',
  'validateWith',
  'verifyClient',
  'verifyReceiver',
  'writeSite',
];

const indexSource = readFileSync(join(packageRoot, 'src/index.ts'), 'utf8');

describe('the public API (src/index.ts)', () => {
  it('exports exactly the listed runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_NAMES].sort());
  });

  it('keeps internals out (hashSeed, getAjv, ScenarioRun, the stores, the engine)', () => {
    for (const name of ['hashSeed', 'getAjv', 'ScenarioRun', 'MemoryOrderStore', 'MockEngine']) {
      expect(Object.keys(api), name).not.toContain(name);
    }
  });

  it('names every export: no `export *` of a module of values', () => {
    expect(indexSource).not.toMatch(/^export \* from/m);
  });

  it('documents every runtime name with a TSDoc line', () => {
    for (const name of PUBLIC_NAMES) {
      const documented = new RegExp(
        `/\\*\\*[^*]*(?:\\*(?!/)[^*]*)*\\*/\\s*export (?:const |\\{[^}]*\\b)${name}\\b`,
      );
      expect(indexSource, name).toMatch(documented);
    }
  });

  it('keeps every name the README imports from probo-mock', () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    const imported = [...readme.matchAll(/import \{([^}]*)\} from 'probo-mock'/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('type ')),
    );
    expect(imported.length).toBeGreaterThan(0);
    for (const name of imported) expect(PUBLIC_NAMES, name).toContain(name);
  });
});
