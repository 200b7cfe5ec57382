import type { Check } from '../check.js';
import type { CheckContext, OrderRef } from '../check-context.js';
import { headerVariable } from '../curl.js';
import { describeAnswer, type AlteredHeader, type Exchange } from '../exchange.js';
import { describeState } from '../state-probe.js';
import { bodyFor, steps } from './story.js';

/** One forged delivery: what was wrong with its headers, and the headers it carried. */
interface Forgery {
  what: string;
  headers: Record<string, AlteredHeader>;
}

const real = (name: string, value: string): AlteredHeader => ({
  value,
  shown: '[redacted]',
  shell: `\${${headerVariable(name)}}`,
});

/**
 * The forgeries of a secret made of `headers`: none of them sent; then each header reversed (when
 * that changes it) and with its last character changed, the others as given. The report and the
 * curl replay never show a value: the replay computes each altered value from its variable.
 */
export function forgeries(headers: Record<string, string>): Forgery[] {
  const names = Object.keys(headers);
  const list: Forgery[] = [{ what: `no ${names.join(', no ')}`, headers: {} }];
  const withOne = (name: string, altered: AlteredHeader): Record<string, AlteredHeader> =>
    Object.fromEntries(names.map((n) => [n, n === name ? altered : real(n, headers[n]!)]));
  for (const name of names) {
    const value = headers[name]!;
    const variable = headerVariable(name);
    const reversed = [...value].reverse().join('');
    if (reversed !== value) {
      list.push({
        what: `${name} reversed`,
        headers: withOne(name, {
          value: reversed,
          shown: '[redacted, reversed]',
          shell: `$(printf %s "\${${variable}}" | rev)`,
        }),
      });
    }
    const other = value.endsWith('x') ? 'y' : 'x';
    list.push({
      what: `${name} with its last character changed`,
      headers: withOne(name, {
        value: `${[...value].slice(0, -1).join('')}${other}`,
        shown: '[redacted, last character changed]',
        shell: `\${${variable}%?}${other}`,
      }),
    });
  }
  return list;
}

const HINT =
  'Check the shared secret (X-Security-Header, or the headers you gave with --header) before anything else, and refuse a callback without it or with another value (401) without changing the order; refuse every callback when no secret is configured, never accept them all.';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long after the forgeries were answered the state is read a second time. */
const LATE_READ_MS = 1000;

export const rejectsForgedCallback: Check = {
  id: 'rejects-forged-callback',
  title: 'Refuses a callback without the shared secret',
  sends:
    'queued and accepted with the --header secret to a fresh order, then canceled without the headers, and with each header value reversed and with one character changed',
  expects:
    'with --state-url: the order is still accepted when the forgeries are answered and 1 s later (the answer code is reported, not graded); without it: each forgery gets 401 or 403',
  hint: HINT,
  bug: 'A shop checks X-Security-Header, but the same code accepts every callback when the secret is not configured: anyone can mark any order canceled or delivered.',
  skipReason: (o) =>
    Object.keys(o.headers).length > 0
      ? undefined
      : 'needs --header (the shared secret the receiver checks, e.g. --header "X-Security-Header: …")',
  async run(ctx) {
    const order = await ctx.newOrder();
    for (const step of steps('queued', 'accepted')) {
      const x = await ctx.deliverTo(order, bodyFor(order, step), step.status);
      if (!x.ok) {
        ctx.fail(
          `${step.status} with the --header secret for order ${order.id}: ${describeAnswer(x)}, expected a 2xx answer (a forgery proves nothing while the genuine callback is refused)`,
          x,
          {
            hint: 'The receiver refused a callback that carries the secret: check that --header gives the header name and value the receiver expects.',
          },
        );
        return;
      }
    }
    const hook = ctx.env.stateHook;
    if (hook && !(await ctx.expectState(order, 'accepted', 'queued → accepted with the secret')))
      return;
    const body = bodyFor(order, { status: 'canceled' });
    const sent: Array<{ what: string; x: Exchange }> = [];
    for (const forgery of forgeries(ctx.env.settings.userHeaders)) {
      const x = await ctx.deliverTo(order, body, `canceled (forged: ${forgery.what})`, {
        userHeaders: forgery.headers,
      });
      sent.push({ what: forgery.what, x });
    }
    if (hook) await stateStillAccepted(ctx, order, sent);
    else {
      for (const { what, x } of sent) {
        const status = x.outcome.status;
        if (status === 401 || status === 403) continue;
        ctx.fail(
          `canceled with ${what} for order ${order.id}: ${describeAnswer(x)}, expected 401 or 403 (without --state-url the answer is all verify can see; give it to grade the state instead)`,
          x,
          { hint: HINT },
        );
      }
    }
  },
};

async function stateStillAccepted(
  ctx: CheckContext,
  order: OrderRef,
  sent: ReadonlyArray<{ what: string; x: Exchange }>,
): Promise<void> {
  const answers = sent
    .map(({ what, x }) => `${what}: ${x.outcome.status ?? x.outcome.error?.code ?? '?'}`)
    .join('; ');
  for (const [when, delay] of [
    ['when they were answered', 0],
    [`${LATE_READ_MS / 1000} s later`, LATE_READ_MS],
  ] as const) {
    if (delay > 0) await wait(delay);
    const reading = await ctx.readState(order);
    if (reading.statuses?.includes('accepted') === true) continue;
    ctx.failState(
      order,
      `after ${sent.length} forged canceled callbacks (${answers}; answers not graded), order ${order.id} is ${describeState(reading)} ${when}, expected accepted: a callback without the secret changed the order`,
      reading,
      reading.problem === undefined ? HINT : undefined,
    );
    return;
  }
}
