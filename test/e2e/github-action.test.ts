import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/conformance/index.js';
import { startReferenceShop } from '../../src/receiver/reference-shop.js';
import { packageRoot } from '../../src/shared/paths.js';
import { runCompositeAction } from '../support/action-runner.js';
import { COARSE_STATE_MAP, coarseWord } from '../support/receivers/flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';
import { SAMPLE_CHECKS, SAMPLE_FLAWS } from '../support/report-samples.js';
import { freePort } from '../support/shops/toy-shop.js';

// action.yml run as a GitHub runner runs a composite action (test/support/action-runner.ts),
// with the built CLI of this checkout (npm test builds first): the action finds dist/ in its
// own folder and does not build.

const md = new MarkdownIt();
const only = `--only ${SAMPLE_CHECKS.join(',')}`;

describe('the GitHub Action (action.yml)', () => {
  let flawed: ToyReceiver;
  let good: ToyReceiver;

  beforeAll(async () => {
    flawed = await startToyReceiver(SAMPLE_FLAWS);
    // A correct shop that checks a shared secret and reports its own coarse words.
    good = await startToyReceiver({
      secret: { header: 'x-shop-secret', value: 's3cret' },
      stateWord: coarseWord,
    });
  });
  afterAll(async () => {
    await flawed?.close();
    await good?.close();
  });

  it('against a flawed receiver: fails the step, one ::error per failed check, the summary and the reports written', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'pm-action-'));
    const run = await runCompositeAction({
      actionPath: packageRoot,
      workspace,
      inputs: {
        target: flawed.callbackUrl,
        'state-url': flawed.stateUrl,
        args: `${only} --seed 3 --run-id action`,
      },
    });
    expect(run.code, run.log).toBe(1);
    expect(run.ran).toEqual(['setup', 'verify', 'verify-client', 'finish']);

    const report = JSON.parse(await readFile(join(workspace, run.outputs.json!), 'utf8')) as Report;
    const failed = report.checks.filter((c) => c.outcome === 'failed');
    expect(failed.map((c) => c.id)).toEqual([
      'accepts-every-status',
      'rejects-malformed-body',
      'state-ignores-stale-updates',
      'state-ignores-unknown-status',
    ]);
    // One annotation per failed check, titled with its id, carrying its first failure.
    expect(run.errors.map((e) => e.title)).toEqual(failed.map((c) => `probo-mock verify: ${c.id}`));
    for (const [i, check] of failed.entries())
      expect(run.errors[i]!.message.split('\n')[0]).toBe(check.failures[0]!.message);
    expect(run.errors[1]!.message).toContain('and 1 more (see the job summary)');

    // The job summary: the verdict, the table of checks, each failure's story and replay.
    expect(run.summary.split('\n')[0]).toBe(
      `## ❌ probo-mock verify: 4 failed, ${report.summary.passed} passed, ${report.summary.skipped} skipped`,
    );
    const html = md.render(run.summary);
    expect(html.match(/<tr>/g)).toHaveLength(SAMPLE_CHECKS.length + 1);
    for (const check of failed) expect(html).toContain(`<h4>❌ <code>${check.id}</code>`);
    expect(run.summary).toContain('Story (every request sent for this order, in order):');
    expect(run.summary).toContain('<details><summary>Replay with curl</summary>');
    // The log shows the pretty report as it runs.
    expect(run.log).toContain('✗ state-ignores-stale-updates');

    // The reports a later step uploads, at the paths the outputs name.
    expect(run.outputs).toMatchObject({
      junit: 'probo-mock-reports/verify.junit.xml',
      json: 'probo-mock-reports/verify.json',
      html: 'probo-mock-reports/verify.html',
      'exit-code': '1',
      'client-json': '',
    });
    expect(XMLValidator.validate(await readFile(join(workspace, run.outputs.junit!), 'utf8'))).toBe(
      true,
    );
    expect(await readFile(join(workspace, run.outputs.html!), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('against a correct receiver with a secret, coarse words and a state map: passes with no annotation', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'pm-action-'));
    await writeFile(join(workspace, 'state-map.json'), JSON.stringify(COARSE_STATE_MAP));
    const run = await runCompositeAction({
      actionPath: packageRoot,
      workspace,
      inputs: {
        target: good.callbackUrl,
        'state-url': good.stateUrl,
        'state-map': 'state-map.json',
        headers: 'X-Shop-Secret: s3cret\n',
        args: only,
        'report-dir': 'out/reports',
      },
    });
    expect(run.code, run.log).toBe(0);
    expect(run.errors).toEqual([]);
    const report = JSON.parse(await readFile(join(workspace, run.outputs.json!), 'utf8')) as Report;
    expect(run.outputs.json).toBe('out/reports/verify.json');
    expect(report.summary.failed).toBe(0);
    expect(report.summary.passed).toBe(SAMPLE_CHECKS.length - 1); // state-records-tracking: skipped
    expect(run.summary.split('\n')[0]).toBe(
      `## ✅ probo-mock verify: 0 failed, ${report.summary.passed} passed, 1 skipped`,
    );
    expect(run.summary).not.toContain('### Failures');
    // The secret went with every request, and appears in no report.
    expect(good.requests.every((r) => r.headers['x-shop-secret'] === 's3cret')).toBe(true);
    expect(
      run.summary + (await readFile(join(workspace, run.outputs.json!), 'utf8')),
    ).not.toContain('s3cret');
  });

  it('prints the summary on stdout when GITHUB_STEP_SUMMARY is not set, with no error', async () => {
    const run = await runCompositeAction({
      actionPath: packageRoot,
      noSummary: true,
      inputs: { target: flawed.callbackUrl, args: '--only rejects-malformed-body' },
    });
    expect(run.code, run.log).toBe(1);
    expect(run.log).toContain('## ❌ probo-mock verify: 1 failed, 0 passed, 0 skipped');
    expect(run.errors.map((e) => e.title)).toEqual(['probo-mock verify: rejects-malformed-body']);
  });

  it('exits 2 before any check runs when the summary file cannot be written', async () => {
    const receiver = await startToyReceiver();
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'pm-action-'));
      await writeFile(join(workspace, 'a-file'), '');
      const run = await runCompositeAction({
        actionPath: packageRoot,
        workspace,
        summaryPath: join(workspace, 'a-file', 'summary.md'),
        inputs: { target: receiver.callbackUrl },
      });
      expect(run.code, run.log).toBe(2);
      expect(run.log).toMatch(/--output: cannot write .*summary\.md/);
      expect(run.errors).toEqual([
        {
          title: 'probo-mock verify',
          message: 'verify exited 2 before grading any check (see its log above)',
        },
      ]);
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it('refuses to run with neither a target nor a place-url', async () => {
    const run = await runCompositeAction({ actionPath: packageRoot, inputs: {} });
    expect(run.code).toBe(2);
    expect(run.ran).toEqual(['setup']);
    expect(run.errors[0]!.message).toMatch(/give the action a target .* or a place-url/);
  });

  it('runs verify and verify-client against a correct shop: both summaries, both reports, exit 0', async () => {
    const port = await freePort();
    const shop = await startReferenceShop({ proboUrl: `http://127.0.0.1:${port}` });
    try {
      const workspace = await mkdtemp(join(tmpdir(), 'pm-action-'));
      const hooks = shop.verifyClientOptions;
      const run = await runCompositeAction({
        actionPath: packageRoot,
        workspace,
        inputs: {
          target: shop.callbackUrl,
          args: '--only accepts-documented-examples,handles-unicode',
          'place-url': hooks.placeUrl,
          'state-url': hooks.stateUrl,
          'poll-url': hooks.pollUrl,
          'cancel-url': hooks.cancelUrl,
          'client-args': `--port ${port} --only client-posts-valid-order,client-cancels-order`,
        },
      });
      expect(run.code, run.log).toBe(0);
      expect(run.errors).toEqual([]);
      const heads = run.summary.split('\n').filter((l) => l.startsWith('## '));
      expect(heads).toEqual([
        '## ✅ probo-mock verify: 0 failed, 2 passed, 0 skipped',
        '## ✅ probo-mock verify-client: 0 failed, 2 passed, 0 skipped',
      ]);
      const client = JSON.parse(
        await readFile(join(workspace, run.outputs['client-json']!), 'utf8'),
      ) as Report;
      expect(client.checks.map((c) => [c.id, c.outcome])).toEqual([
        ['client-posts-valid-order', 'passed'],
        ['client-cancels-order', 'passed'],
      ]);
      expect(await readFile(join(workspace, run.outputs['client-html']!), 'utf8')).toContain(
        '<p class="tool">probo-mock verify-client</p>',
      );
    } finally {
      await shop.close();
    }
  });

  it('runs verify-client with the client inputs when place-url is given, and annotates its report', async () => {
    // A stand-in CLI (the `command` input) that records its arguments and writes a report in the
    // shape verify-client writes, with one failed check.
    const workspace = await mkdtemp(join(tmpdir(), 'pm-action-'));
    const fake = join(workspace, 'fake-probo-mock.sh');
    await writeFile(
      fake,
      `#!/usr/bin/env bash
[ "$1" = --version ] && { echo 0.0.0-fake; exit 0; }
printf '%s\\n' "$@" > "$GITHUB_WORKSPACE/args-$1.txt"
json=$(awk '/^--json$/{getline; print}' "$GITHUB_WORKSPACE/args-$1.txt")
mkdir -p "$(dirname "$json")"
cat > "$json" <<'EOF'
{"target":"http://127.0.0.1:4010","seed":1,"runId":"r","durationMs":5,"summary":{"passed":0,"failed":1,"skipped":0},
 "checks":[{"id":"client-posts-valid-order","title":"Posts a valid order","outcome":"failed","durationMs":3,
 "failures":[{"message":"callback_url (singular): Probo sends no callbacks, 50% of shops, a:b","hint":"post callback_urls"}]}]}
EOF
exit 1
`,
    );
    await chmod(fake, 0o755);
    const run = await runCompositeAction({
      actionPath: packageRoot,
      workspace,
      inputs: {
        command: fake,
        'place-url': 'http://127.0.0.1:3000/test/place',
        'poll-url': 'http://127.0.0.1:3000/test/poll',
        'cancel-url': 'http://127.0.0.1:3000/test/cancel',
        'state-url': 'http://127.0.0.1:3000/test/orders/{id}',
        headers: 'X-Shop-Secret: s3cret',
        'client-args': '--port 4011 --settle 8000',
      },
    });
    expect(run.code, run.log).toBe(1);
    const args = (await readFile(join(workspace, 'args-verify-client.txt'), 'utf8')).split('\n');
    expect(args).toEqual([
      'verify-client',
      '--place-url',
      'http://127.0.0.1:3000/test/place',
      '--junit',
      'probo-mock-reports/verify-client.junit.xml',
      '--json',
      'probo-mock-reports/verify-client.json',
      '--html',
      'probo-mock-reports/verify-client.html',
      '--state-url',
      'http://127.0.0.1:3000/test/orders/{id}',
      '--poll-url',
      'http://127.0.0.1:3000/test/poll',
      '--cancel-url',
      'http://127.0.0.1:3000/test/cancel',
      '--header',
      'X-Shop-Secret: s3cret',
      '--port',
      '4011',
      '--settle',
      '8000',
      '--reporter',
      'markdown',
      '--output',
      expect.stringMatching(/summary-2$/),
      '',
    ]);
    // verify was not run (no target); the client report's failure became one annotation, its
    // %, : and , carried through GitHub's escaping.
    expect(run.log).toContain('No target: verify is not run.');
    expect(run.errors).toEqual([
      {
        title: 'probo-mock verify-client: client-posts-valid-order',
        message:
          'callback_url (singular): Probo sends no callbacks, 50% of shops, a:b\nhint: post callback_urls',
      },
    ]);
    expect(run.outputs['client-json']).toBe('probo-mock-reports/verify-client.json');
    expect(run.outputs['exit-code']).toBe('1');
  });
});
