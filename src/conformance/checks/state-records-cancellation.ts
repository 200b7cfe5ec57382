import { steps } from './story.js';
import { stateStoryCheck } from './state-story-check.js';

export const stateRecordsCancellation = stateStoryCheck({
  id: 'state-records-cancellation',
  title: 'Records a cancellation',
  stories: [{ story: steps('queued', 'accepted', 'canceled'), expected: 'canceled' }],
  hint: 'Handle "canceled" (Probo spells it with one "l") as a final state before production.',
  bug: 'Matching "cancelled" with two l: the cancellation is never recorded and the order is still fulfilled.',
});
