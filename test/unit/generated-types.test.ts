import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot, schemasDir } from '../../src/shared/paths.js';
import { listSchemaFiles } from '../../src/shared/schema-files.js';
import type {
  ProboCallback,
  OrderPost,
  ShipmentInTransitCallback,
} from '../../src/generated/types.js';
import { buildCallback, buildOrder, createOrderContext } from '../../src/fake/index.js';

const typesFile = join(packageRoot, 'src/generated/types.ts');

describe('src/generated/types.ts', () => {
  test('is what regenerating from schemas/ writes, byte for byte', () => {
    const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  test('carries the do-not-edit banner', () => {
    expect(readFileSync(typesFile, 'utf8')).toContain('generated from schemas/, do not edit');
  });

  test('declares one named type per message and the ProboCallback union of every message schema', () => {
    const text = readFileSync(typesFile, 'utf8');
    for (const name of [
      'QueuedCallback',
      'NotAcceptedDuplicateOrderCallback',
      'NotAcceptedFileRejectedCallback',
      'ShipmentInTransitCallback',
      'CanceledCallback',
      'OrderReference',
      'ShippedPackage',
      'FileReference',
      'Address',
      'OrderPost',
      'OrderStatusRequest',
      'ErrorBody',
      'RateLimitErrorBody',
    ]) {
      expect(text).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
    }
    const union = /export type ProboCallback =([^;]*);/.exec(text)?.[1] ?? '';
    // One member per message schema of schemas/callbacks/ (all but the union itself).
    const messages = listSchemaFiles(join(schemasDir, 'callbacks')).filter(
      (f) => !f.endsWith('/callback.schema.json'),
    );
    expect(union.match(/\|\s*\w+Callback/g)).toHaveLength(messages.length);
  });

  test('narrows the callback union by status (a compile-time check run as a test)', () => {
    const body: ProboCallback = buildCallback(
      createOrderContext({ id: 'a' }, 1),
      'shipment_in_transit',
    );
    const order: OrderPost = buildOrder(1);
    if (body.status === 'shipment_in_transit') {
      const narrowed: ShipmentInTransitCallback = body;
      expect(narrowed.shipped_packages?.[0]?.barcode).toBeTypeOf('string');
    } else {
      expect.unreachable('built the wrong status');
    }
    expect(order.deliveries[0]!.address.postal_code).toBeTypeOf('string');
  });
});
