import type { ProboStatus } from '../../contract/index.js';
import type { Check } from '../check.js';
import { deliverStory, storyText, type Step } from './story.js';

interface StateStory {
  id: Check['id'];
  title: string;
  story: Step[];
  expected: ProboStatus;
  why?: string;
  hint: string;
}

/** A state check: deliver a story to a fresh order, then the state hook must show `expected`. */
export function stateStoryCheck(spec: StateStory): Check {
  return {
    id: spec.id,
    title: spec.title,
    sends: `${storyText(spec.story)} for one order, then reads the state hook`,
    expects: `the state is ${spec.expected}${spec.why ? ` (${spec.why})` : ''}`,
    hint: spec.hint,
    needsState: true,
    async run(ctx) {
      const order = await ctx.newOrder();
      // The answers are graded by the other checks; here only the resulting state counts.
      await deliverStory(ctx, order, spec.story, { graded: false });
      await ctx.expectState(order, spec.expected, storyText(spec.story));
    },
  };
}
