import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/conformance/index.js';
import { CLIENT_CHECK_IDS } from '../../src/conformance/types.js';
import { runCli } from '../support/mock-cli.js';

/** Where each built-in scenario leaves a correct receiver. */
const END_STATE: Record<string, string> = {
  canceled: 'canceled',
  'carrier-trouble': 'shipment_delivered',
  'duplicate-order': 'not_accepted',
  'file-rejected': 'not_accepted',
  'happy-path': 'shipment_delivered',
  'legacy-prefix': 'shipment_delivered',
  'multi-package': 'shipment_delivered',
  'out-of-order': 'shipment_delivered',
  'pickup-point': 'shipment_picked_up',
  redelivery: 'shipment_delivered',
  returned: 'shipment_returned',
  'test-order': 'canceled',
};

describe('probo-mock demo', () => {
  for (const seed of ['1', '2']) {
    it(`with seed ${seed}, prints every scenario delivered and in its end state, then a passing verify report and a passing verify-client report, exit 0`, async () => {
      const run = await runCli(['demo', '--seed', seed], 90_000);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /order\s+scenario\s+statuses delivered\s+answers\s+receiver state/,
      );
      for (const [scenario, state] of Object.entries(END_STATE)) {
        // The row's first line: order, scenario, the first statuses, the answers, the state ✓.
        expect(run.stdout, scenario).toMatch(
          new RegExp(`^demo-${scenario}\\s+${scenario}\\s+\\S.*\\s200 ×\\d+\\s+${state} ✓$`, 'm'),
        );
      }
      expect(run.stdout).not.toContain('✗');
      expect(run.stdout).not.toContain('nothing delivered');
      expect(run.stdout).toContain(
        `✓ ${Object.keys(END_STATE).length} of ${Object.keys(END_STATE).length} orders: every callback delivered, each receiver state as its scenario says`,
      );
      expect(run.stdout).toContain(`${CATALOG.length} passed, 0 failed, 0 skipped`);
      // Then verify-client against the reference shop.
      expect(run.stdout).toMatch(/probo-mock verify-client http:\/\/127\.0\.0\.1:\d+\/test\/place/);
      expect(run.stdout).toContain(`${CLIENT_CHECK_IDS.length} passed, 0 failed, 0 skipped`);
    });
  }
});
