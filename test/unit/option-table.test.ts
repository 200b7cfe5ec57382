import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { commandsFor } from '../../src/cli/commands/index.js';
import { DOCS_FLAGS } from '../../src/cli/commands/docs.js';
import { OPENAPI_FLAGS } from '../../src/cli/commands/openapi.js';
import { RECEIVER_FLAGS } from '../../src/cli/commands/receiver.js';
import { SCENARIOS_FLAGS } from '../../src/cli/commands/scenarios.js';
import { SERVE_FLAGS } from '../../src/cli/commands/serve.js';
import { VALIDATE_FLAGS } from '../../src/cli/commands/validate.js';
import { inOurWords, nearestFlag } from '../../src/cli/usage-error.js';
import { VERIFY_OPTIONS } from '../../src/conformance/option-table.js';
import { VERIFY_CLIENT_OPTIONS } from '../../src/conformance/client/option-table.js';
import { DEMO_OPTIONS } from '../../src/demo/option-table.js';
import { MOCK_OPTIONS } from '../../src/mock/engine/option-table.js';
import { MOCK_DEFAULTS, resolveMockOptions } from '../../src/mock/engine/options.js';
import { RUN_OPTIONS } from '../../src/scenarios/run-options.js';
import { TRIGGER_OPTIONS } from '../../src/scenarios/trigger-options.js';
import {
  FlagError,
  keepsRule,
  parseFlagValue,
  resolveOptions,
} from '../../src/shared/option-spec.js';
import type { OptionSpec } from '../../src/shared/option-spec.js';

const TABLES: Record<string, Record<string, OptionSpec>> = {
  MOCK_OPTIONS,
  TRIGGER_OPTIONS,
  RUN_OPTIONS,
  VERIFY_OPTIONS,
  VERIFY_CLIENT_OPTIONS,
  DEMO_OPTIONS,
  SERVE_FLAGS,
  RECEIVER_FLAGS,
  VALIDATE_FLAGS,
  SCENARIOS_FLAGS,
  DOCS_FLAGS,
  OPENAPI_FLAGS,
};

describe('the option tables', () => {
  for (const [table, specs] of Object.entries(TABLES)) {
    it(`${table}: every option has a library name or a flag, a help line, and a default that keeps its own rule`, () => {
      for (const [key, spec] of Object.entries(specs)) {
        expect(spec.name ?? spec.flag, key).toBeDefined();
        if (spec.name !== undefined) expect(spec.name, key).toBe(key);
        expect(spec.help.length, key).toBeGreaterThan(10);
        if (spec.default !== undefined) expect(keepsRule(spec, spec.default), key).toBe(true);
      }
    });
  }

  it('gives the mock and trigger the same declaration for the options they share', () => {
    for (const key of ['seed', 'stepDelayMs', 'retries', 'timeoutMs', 'retryBaseMs'] as const) {
      expect(TRIGGER_OPTIONS[key]).toBe(MOCK_OPTIONS[key]);
      expect(MOCK_OPTIONS[key]).toBe(RUN_OPTIONS[key]);
    }
  });

  it('defaults the library from the table: what serve shows in --help is what startMock uses', () => {
    const resolved = resolveMockOptions({});
    for (const spec of Object.values(MOCK_OPTIONS)) {
      if (!('name' in spec) || spec.name === 'port' || spec.name === 'host') continue;
      expect(resolved[spec.name as keyof typeof resolved], spec.name).toEqual(
        'default' in spec ? spec.default : undefined,
      );
    }
    expect(resolved.shutdownGraceMs).toBe(5000);
    expect(MOCK_DEFAULTS.shutdownGraceMs).toBe(5000);
  });

  it('names the library option in a library error and the flag in a CLI error, from one rule', () => {
    expect(() => resolveMockOptions({ stepDelayMs: -1, allowCallbackHosts: ['a b'] })).toThrow(
      'bad options: stepDelayMs must be an integer of 0 or more (got -1); allowCallbackHosts must be a list of host names (e.g. shop.example or *.shop.example) (got ["a b"])',
    );
    expect(() => parseFlagValue(MOCK_OPTIONS.stepDelayMs, '-1')).toThrow(
      new FlagError('--step-delay must be an integer of 0 or more (got "-1")'),
    );
    expect(() => parseFlagValue(MOCK_OPTIONS.allowCallbackHosts, ['ok.example', 'a b'])).toThrow(
      '--allow-callback-host must be a list of host names (e.g. shop.example or *.shop.example) (got "a b")',
    );
  });

  it('reads repeated header flags into one map, and names the option or the flag when one is bad', () => {
    expect(
      parseFlagValue(MOCK_OPTIONS.callbackHeaders, ['X-Security-Header: s3cret', 'X-Shop: a']),
    ).toEqual({ 'x-security-header': 's3cret', 'x-shop': 'a' });
    expect(() => parseFlagValue(MOCK_OPTIONS.callbackHeaders, ['oops'])).toThrow(
      '--callback-header must look like "Name: value" (got "oops")',
    );
    expect(() => resolveMockOptions({ callbackHeaders: { 'bad name': 'x' } })).toThrow(
      /callbackHeaders must map header names to one-line string values/,
    );
  });

  it('reads a flag as typed: whole numbers only, one value, never empty', () => {
    expect(parseFlagValue(MOCK_OPTIONS.port, '4011')).toBe(4011);
    expect(parseFlagValue(MOCK_OPTIONS.allowCallbackHosts, 'shop.example')).toEqual([
      'shop.example',
    ]);
    for (const [raw, message] of [
      ['abc', '--port must be a port number 0–65535 (got "abc")'],
      ['0x10', '--port must be a port number 0–65535 (got "0x10")'],
      ['1e3', '--port must be a port number 0–65535 (got "1e3")'],
      ['', '--port needs a value'],
      [['1', '2'], '--port was given 2 times ("1", "2"); give it once'],
    ] as const) {
      expect(() => parseFlagValue(MOCK_OPTIONS.port, raw)).toThrow(message);
    }
  });

  it('refuses a required option that is absent, naming it', () => {
    expect(() => resolveOptions(TRIGGER_OPTIONS, {})).toThrow('bad options: target is required');
  });

  it('refuses a bad number in one wording whatever the command: the flag, the rule, the input quoted', () => {
    for (const raw of ['1s', '0', '-3', '2.5']) {
      expect(() => parseFlagValue(VERIFY_OPTIONS.timeoutMs, raw)).toThrow(
        new FlagError(`--timeout must be an integer from 1 to 600000 (got "${raw}")`),
      );
      expect(() => parseFlagValue(MOCK_OPTIONS.timeoutMs, raw)).toThrow(
        new FlagError(`--timeout must be an integer of 1 or more (got "${raw}")`),
      );
    }
    expect(() => parseFlagValue(DEMO_OPTIONS.seed, 'x')).toThrow(
      '--seed must be an integer of 0 or more (got "x")',
    );
  });

  it('checks URLs, URL templates, JSON pointers and comma lists by their kind', () => {
    expect(parseFlagValue(VERIFY_OPTIONS.target, 'https://shop.example/probo')).toBe(
      'https://shop.example/probo',
    );
    expect(() => parseFlagValue(VERIFY_OPTIONS.target, 'shop.example/probo')).toThrow(
      '--target must be an http:// or https:// URL (got "shop.example/probo")',
    );
    expect(parseFlagValue(VERIFY_OPTIONS.stateUrl, 'http://h/orders/{id}')).toBe(
      'http://h/orders/{id}',
    );
    expect(() => parseFlagValue(VERIFY_OPTIONS.stateUrl, 'http://h/orders')).toThrow(
      '--state-url must be an http:// or https:// URL with {id} in it (got "http://h/orders")',
    );
    expect(() => parseFlagValue(VERIFY_OPTIONS.statePointer, 'status')).toThrow(
      '--state-pointer must be a JSON pointer ("" or starting with "/", e.g. /status) (got "status")',
    );
    expect(parseFlagValue(VERIFY_OPTIONS.only, ['handles-unicode, responds-in-time', 'x'])).toEqual(
      ['handles-unicode', 'responds-in-time', 'x'],
    );
    expect(() => parseFlagValue(VERIFY_OPTIONS.only, ',')).toThrow('--only needs a value');
    expect(keepsRule(VERIFY_OPTIONS.runId, 'run_1-a')).toBe(true);
    expect(keepsRule(VERIFY_OPTIONS.runId, 'a/b')).toBe(false);
  });

  it('declares every flag of every command from an option table, so each is checked by it', async () => {
    for (const command of await commandsFor([])) {
      const y = yargs([]);
      const built = (command.builder as (y: unknown) => unknown)(y) as typeof y;
      const declared = (
        built as unknown as {
          getOptions(): {
            key: Record<string, unknown>;
            boolean: string[];
            narg: Record<string, number>;
          };
        }
      ).getOptions();
      const positional = [...String(command.command).matchAll(/[<[]([\w-]+)/g)].map((m) => m[1]);
      for (const key of Object.keys(declared.key)) {
        if (['help', 'version', ...positional].includes(key)) continue;
        const inTable = Object.values(TABLES).some((t) =>
          Object.values(t).some((spec) => spec.flag === key),
        );
        expect(inTable, `${String(command.command)} --${key}`).toBe(true);
        // A value flag from a table takes exactly one value (requiresArg).
        if (!declared.boolean.includes(key))
          expect(Object.keys(declared.narg), `${String(command.command)} --${key}`).toContain(key);
      }
    }
  });
});

describe('usage errors', () => {
  const serveFlags = Object.values({ ...MOCK_OPTIONS, ...SERVE_FLAGS }).flatMap((s) =>
    'flag' in s ? [s.flag] : [],
  );

  it('suggest the flag that holds the word typed, or the one a few edits away', () => {
    expect(nearestFlag('delay', serveFlags)).toBe('step-delay');
    expect(nearestFlag('timout', serveFlags)).toBe('timeout');
    expect(nearestFlag('prot', serveFlags)).toBe('port');
    expect(nearestFlag('callback-headers', serveFlags)).toBe('callback-header');
    expect(nearestFlag('zebra', serveFlags)).toBeUndefined();
  });

  it("say yargs's refusals in the words of the option tables", () => {
    const context = { argv: ['serve', '--delay', '1', 'extra'], flags: serveFlags };
    expect(inOurWords('Unknown arguments: delay, extra', context)).toBe(
      'unknown flag --delay (did you mean --step-delay?); unexpected argument "extra"',
    );
    expect(
      inOurWords('Unknown argument: color', { argv: ['serve', '--no-color'], flags: serveFlags }),
    ).toBe('unknown flag --no-color');
    expect(inOurWords('Missing required argument: target', context)).toBe('--target is required');
    expect(inOurWords('Not enough arguments following: port', context)).toBe(
      '--port needs a value',
    );
  });
});
