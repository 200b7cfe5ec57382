import { steps } from './story.js';
import { stateStoryCheck } from './state-story-check.js';

export const stateIgnoresStaleUpdates = stateStoryCheck({
  id: 'state-ignores-stale-updates',
  title: 'Ignores a status that arrives after a later one',
  stories: [
    {
      story: steps('queued', 'accepted', 'in_production', 'shipment_in_transit', 'accepted'),
      expected: 'shipment_in_transit',
      why: 'the late accepted is stale',
    },
  ],
  hint: 'Apply a status only when it moves the order forward in the lifecycle (compare ranks; the carrier statuses of the transport band follow each other in any order); acknowledge and drop the rest.',
  bug: '"The last message wins": a retried accepted arriving late puts a shipped order back to accepted.',
});
