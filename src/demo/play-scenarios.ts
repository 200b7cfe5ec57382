import { buildOrder, createOrderContext } from '../fake/index.js';
import { HttpClient } from '../http-client/http-client.js';
import { SCENARIO_HEADER, type RunningMock } from '../mock/index.js';
import type { RunningReceiver } from '../receiver/index.js';
import { loadScenarios, planScenario } from '../scenarios/index.js';
import { timelineRow, unpostedRow, type TimelineRow } from './timeline.js';

/**
 * The demo's first half: one order per built-in scenario posted through the mock's real HTTP
 * API (the scenario named by header), every callback delivered to the receiver, then each order
 * graded against its scenario's plan (every step delivered, the receiver's state the expected one).
 */
export async function playScenarios(
  mock: RunningMock,
  receiver: RunningReceiver,
  seed: number,
): Promise<TimelineRow[]> {
  const registry = await loadScenarios();
  const client = new HttpClient();
  try {
    const posted = await Promise.all(
      registry.names().map(async (scenario, i) => {
        const order = buildOrder(seed + i, {
          id: `demo-${scenario}`,
          callbackUrls: [receiver.callbackUrl],
          // Files in the post, never the uploader flow: an uploader order waits at queued for
          // sessions the demo does not confirm, so its scenario would never play.
          product: i % 2 === 0 ? 'configured' : 'composed',
        });
        const x = await client.send(`${mock.url}/order`, {
          body: JSON.stringify(order),
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer demo',
            [SCENARIO_HEADER]: scenario,
          },
          timeoutMs: 10_000,
        });
        const error = x.error
          ? x.error.message
          : x.status === 202
            ? undefined
            : `answered ${x.status}`;
        return { id: order.id, scenario, error };
      }),
    );
    await mock.idle();
    return posted.map(({ id, scenario, error }) => {
      if (error !== undefined) return unpostedRow(id, scenario, error);
      // Which status each step delivers; a shuffled plan is graded in the order it was delivered.
      const plan = planScenario(registry.get(scenario), createOrderContext({ id }, seed), { seed });
      return timelineRow(
        id,
        scenario,
        plan,
        mock.journal.query({ order: id }),
        receiver.orders.get(id)?.status ?? null,
      );
    });
  } finally {
    await client.close();
  }
}
