import { expectedState, type ProboStatus } from '../../contract/index.js';
import type { Check } from '../check.js';
import { deliverStory, storyText, type Step } from './story.js';

/** One order's story and the state a correct receiver ends in. */
export interface OrderStory {
  story: Step[];
  expected: ProboStatus;
  why?: string;
}

interface StateStory {
  id: Check['id'];
  title: string;
  /** One story, or several, each delivered to its own fresh order. */
  stories: OrderStory[];
  hint: string;
  /** Which real receiver bug the check stands for (README and docs). */
  bug?: string;
}

const expectation = (s: OrderStory): string =>
  `the state is ${s.expected}${s.why ? ` (${s.why})` : ''}`;

/** A state check: deliver each story to a fresh order, then the state hook must show its `expected`. */
export function stateStoryCheck(spec: StateStory): Check {
  // One truth: the state a fixed check expects is the lifecycle model's (expectedState).
  for (const { story, expected } of spec.stories) {
    const model = expectedState(story);
    if (model !== expected) {
      throw new Error(`${spec.id} expects ${expected}, the lifecycle model says ${model}`);
    }
  }
  const one = spec.stories.length === 1;
  return {
    id: spec.id,
    title: spec.title,
    sends: one
      ? `${storyText(spec.stories[0]!.story)} for one order, then reads the state hook`
      : `${spec.stories.map((s) => storyText(s.story)).join('; and ')}, each for its own order, then reads the state hook`,
    expects: one
      ? expectation(spec.stories[0]!)
      : spec.stories.map((s, i) => `order ${i + 1}: ${expectation(s)}`).join('; '),
    hint: spec.hint,
    ...(spec.bug !== undefined ? { bug: spec.bug } : {}),
    needsState: true,
    async run(ctx) {
      for (const { story, expected } of spec.stories) {
        const order = await ctx.newOrder();
        // The answers are graded by the other checks; here only the resulting state counts.
        await deliverStory(ctx, order, story, { graded: false });
        await ctx.expectState(order, expected, storyText(story));
      }
    },
  };
}
