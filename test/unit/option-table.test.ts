import { describe, expect, it } from 'vitest';
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
});
