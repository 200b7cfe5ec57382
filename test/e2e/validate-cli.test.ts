import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { orderWarnings } from '../../src/mock/engine/order-warnings.js';
import type { OrderPost } from '../../src/generated/types.js';
import { packageRoot } from '../../src/shared/paths.js';

// Runs the built CLI (npm test builds first), on bodies written here from the guide and facts page.
const cli = join(packageRoot, 'dist/cli/main.js');
let dir: string;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, 'validate', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const write = (name: string, body: unknown): string => {
  writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return name;
};

const accepted = {
  status: 'accepted',
  message: 'Order accepted',
  order: {
    id: 'my_weborder_1234',
    supplier_order_number: 202012345,
    reference: 'Banner 510 for customer X',
  },
};
const order = {
  id: 'my_weborder_1234',
  reference: 'Banner 510 for customer X', // required by the specification
  callback_urls: ['https://my.callback.url'],
  deliveries: [
    {
      address: {
        first_name: 'Jan',
        last_name: 'Jansen',
        street: 'Dorpsstraat',
        house_number: '1',
        postal_code: '1234 AB',
        city: 'Utrecht',
        country: 'NL',
      },
      shipping_method_preset: 'cheapest',
      delivery_date_preset: 'cheapest',
    },
  ],
  products: [{ code: 'banner-510', options: [], files: [{ uri: 'https://files.example/a.pdf' }] }],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probo-mock validate', () => {
  test('exits 0 and prints "valid <kind>" for a documented callback and an order post', () => {
    const r = run([write('accepted.json', accepted), write('order.json', order)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('accepted.json: valid callback accepted\norder.json: valid order\n');
    expect(r.code).toBe(0);
  });

  test('exits 0 on every fixture under fixtures/callbacks and fixtures/orders', () => {
    const files = ['callbacks', 'orders'].flatMap((sub) =>
      readdirSync(join(packageRoot, 'fixtures', sub))
        .filter((n) => n.endsWith('.json'))
        .map((n) => join(packageRoot, 'fixtures', sub, n)),
    );
    const result = spawnSync(process.execPath, [cli, 'validate', ...files], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toHaveLength(files.length);
    expect(result.status).toBe(0);
  });

  test('exits 1 naming /order/supplier_order_number for a wrong type, with the kind it was judged as', () => {
    const r = run([
      write('wrong-type.json', {
        ...accepted,
        order: { ...accepted.order, supplier_order_number: '202012345' },
      }),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'wrong-type.json: /order/supplier_order_number: must be integer (as callback accepted)\n',
    );
  });

  test('exits 1 naming /order/id when a required field is missing', () => {
    const r = run([
      write('missing.json', {
        status: 'queued',
        message: 'Order queued',
        order: { reference: 'x' },
      }),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'missing.json: /order/id: is required but missing (as callback queued)',
    );
  });

  test('exits 1 with one line on /status for an unknown status', () => {
    const r = run([write('unknown.json', { ...accepted, status: 'printed' })]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^unknown\.json: \/status: unknown status 'printed'/);
  });

  test('warns about the legacy order_accepted status and judges the body as accepted: exit 0, 1 with --strict', () => {
    const r = run([write('legacy.json', { ...accepted, status: 'order_accepted' })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "legacy.json: warning: /status: 'order_accepted' is a legacy status: Probo removed the 'order_' prefix, it is now 'accepted'\nlegacy.json: valid callback accepted\n",
    );
    expect(run(['--strict', 'legacy.json']).code).toBe(1);
  });

  test('warns that cancelled is not canceled, and says which it meant', () => {
    const r = run([
      write('cancelled.json', {
        status: 'cancelled',
        message: 'Order canceled',
        order: { id: 'my_weborder_1234', reference: 'R' },
      }),
    ]);
    expect(r.stdout).toContain(
      "cancelled.json: warning: /status: 'cancelled' is not a Probo status: did you mean 'canceled'?",
    );
    expect(r.stdout).toContain('cancelled.json: valid callback canceled\n');
    expect(r.code).toBe(0);
    expect(run(['--strict', 'cancelled.json']).code).toBe(1);
  });

  test('warns, in the words serve uses, about each callback_urls near-miss of an order that is valid: exit 0, 1 with --strict', () => {
    const withoutUrls: Record<string, unknown> = { ...order };
    delete withoutUrls.callback_urls;
    const cases: Record<string, object> = {
      'singular.json': { ...withoutUrls, callback_url: 'https://shop.example/probo' },
      'string.json': { ...withoutUrls, callback_urls: 'https://shop.example/probo' },
      'empty.json': { ...withoutUrls, callback_urls: [] },
    };
    for (const [name, body] of Object.entries(cases)) {
      const r = run([write(name, body)]);
      // serve's warnings for the same post: one source of the texts.
      const said = orderWarnings(body as OrderPost);
      expect(said).toHaveLength(1);
      expect(r.stdout, name).toBe(
        `${name}: warning: ${said[0]!.pointer}: ${said[0]!.message}\n${name}: valid order\n`,
      );
      expect(r.code, name).toBe(0);
      expect(run(['--strict', name]).code, name).toBe(1);
    }
    expect(orderWarnings(cases['singular.json'] as OrderPost)[0]!.message).toMatch(
      /^callback_url \(singular\) is not a Probo field/,
    );
  });

  test('exits 1 naming the tracking URL that is not a URI', () => {
    const body = {
      status: 'shipment_in_transit',
      message: 'Shipment In Transit',
      order: { id: 'my_weborder_1234' },
      shipped_packages: [
        { id: '1', tracking_url: 'JVGL88888888888881', barcode: 'JVGL88888888888881' },
      ],
    };
    const r = run([write('bad-url.json', body)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'bad-url.json: /shipped_packages/0/tracking_url: must be an http or https URL (as callback shipment_in_transit)\n',
    );
  });

  test('exits 1 naming an extra property', () => {
    const r = run([write('extra.json', { ...accepted, customer: 'X' })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('extra.json: /customer: is not allowed here');
  });

  test('exits 1 naming /deliveries/0/address/postal_code for an order without a postal code', () => {
    const address: Partial<(typeof order.deliveries)[0]['address']> = {
      ...order.deliveries[0]!.address,
    };
    delete address.postal_code;
    const bad = { ...order, deliveries: [{ ...order.deliveries[0], address }] };
    const r = run([write('order-bad.json', bad)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'order-bad.json: /deliveries/0/address/postal_code: is required but missing (as order)\n',
    );
  });

  test('validates as the kind given with --kind, whatever the body looks like', () => {
    const r = run(['--kind', 'order', write('as-order.json', accepted)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(as order)');
  });

  test('reads - from stdin', () => {
    const ok = run(['-'], JSON.stringify(accepted));
    expect(ok.stdout).toBe('-: valid callback accepted\n');
    expect(ok.code).toBe(0);
    const bad = run(['-'], JSON.stringify({ ...accepted, status: 'printed' }));
    expect(bad.code).toBe(1);
  });

  test('exits 2 with a one-line message and no stack for a missing file or a body that is not JSON', () => {
    const missing = run(['does-not-exist.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('does-not-exist.json: cannot read: no such file\n');
    const broken = run([write('broken.json', '{"status": "queued",')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.json: not JSON: .+\n$/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  test('exits 2 when one file is unreadable even if the others are valid, still judging the others', () => {
    const r = run([write('fine.json', accepted), 'nope.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('fine.json: valid callback accepted\n');
  });

  test('exits 2 with usage help when no file is named', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('probo-mock');
  });

  test('validates each body of a JSON array, naming it by its index', () => {
    const r = run([write('many.json', [accepted, { ...accepted, status: 'printed' }, order])]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('many.json[0]: valid callback accepted');
    expect(lines[1]).toMatch(/^many\.json\[1\]: \/status: unknown status 'printed'/);
    expect(lines[2]).toBe('many.json[2]: valid order');
  });

  test('validates NDJSON line by line, naming each by its line number', () => {
    const text = `${JSON.stringify(accepted)}\n\n${JSON.stringify(order)}\n{"status":\n`;
    const r = run([write('log.ndjson', text)]);
    expect(r.stdout).toBe('log.ndjson:1: valid callback accepted\nlog.ndjson:3: valid order\n');
    expect(r.stderr).toMatch(/^log\.ndjson:4: not JSON: /);
    expect(r.code).toBe(2);
  });

  test('validates every JSON and NDJSON file under a folder, recursively, in sorted order', () => {
    mkdirSync(join(dir, 'tree', 'b', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'tree', 'a'), { recursive: true });
    write('tree/b/deeper/z.json', accepted);
    write('tree/a/y.ndjson', `${JSON.stringify(order)}\n`);
    write('tree/notes.txt', 'not a body');
    const r = run(['tree']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'tree/a/y.ndjson:1: valid order\ntree/b/deeper/z.json: valid callback accepted\n',
    );
    expect(r.code).toBe(0);
  });

  test('expands a quoted glob itself', () => {
    mkdirSync(join(dir, 'globbed', 'x'), { recursive: true });
    write('globbed/x/one.json', accepted);
    write('globbed/two.json', { ...accepted, status: 'order_accepted' });
    write('globbed/x/skip.txt', '{}');
    const r = run(['globbed/**/*.json']);
    expect(r.stdout).toMatch(
      /^globbed\/two\.json: warning: \/status: 'order_accepted' is a legacy status/m,
    );
    expect(r.stdout).toMatch(/^globbed\/x\/one\.json: valid callback accepted$/m);
    expect(r.stdout).not.toContain('skip.txt');
    expect(r.code).toBe(0);
    const none = run(['globbed/**/*.nothing']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('globbed/**/*.nothing: no file matches this pattern\n');
  });
});
