import { HAPPY_PATH } from '../../contract/index.js';
import { steps } from './story.js';
import { stateStoryCheck } from './state-story-check.js';

export const stateFollowsLifecycle = stateStoryCheck({
  id: 'state-follows-lifecycle',
  title: 'Records each status of a happy path',
  stories: [{ story: steps(...HAPPY_PATH), expected: 'shipment_delivered' }],
  hint: 'Map every status of the catalog, the carrier statuses included, to a state of your own.',
  bug: 'An outdated copy of the status list: the order never leaves transit, the customer never sees "delivered".',
});
