import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/conformance/options.js';

const target = 'http://127.0.0.1:3000/webhooks/probo';
const stateUrl = 'http://127.0.0.1:3000/orders/{id}';

describe('verify --explore options', () => {
  it('selects explores-histories only with --explore N above 0 and the state hook', () => {
    const on = resolveOptions({ target, stateUrl, explore: 10 });
    expect(on.selected.map((c) => c.id)).toContain('explores-histories');
    expect(on.explore).toEqual({ histories: 10 });
    const off = resolveOptions({ target, stateUrl });
    expect(off.skipped.get('explores-histories')).toBe('off (--explore N turns it on)');
    const noHook = resolveOptions({ target, explore: 10 });
    expect(noHook.skipped.get('explores-histories')).toBe('needs the state hook (--state-url)');
  });

  it('refuses a count that is not a whole number from 0 to 100,000', () => {
    expect(() => resolveOptions({ target, stateUrl, explore: -1 })).toThrow(
      'bad options: explore must be an integer from 0 to 100000 (got -1)',
    );
    expect(() => resolveOptions({ target, stateUrl, explore: 2.5 })).toThrow(/explore must be/);
    expect(() => resolveOptions({ target, stateUrl, explore: 100_001 })).toThrow(/explore must be/);
  });

  it('refuses --save-failures without --explore, and an empty folder name', () => {
    expect(() => resolveOptions({ target, stateUrl, saveFailures: 'out' })).toThrow(
      '--save-failures needs --explore N',
    );
    expect(() => resolveOptions({ target, stateUrl, explore: 5, saveFailures: '' })).toThrow(
      'bad options: saveFailures must be a non-empty string (got "")',
    );
    expect(resolveOptions({ target, stateUrl, explore: 5, saveFailures: 'out' }).explore).toEqual({
      histories: 5,
      saveFailures: 'out',
    });
  });
});
