import { stateStoryCheck } from './state-story-check.js';

export const stateKeepsOriginalOnDuplicateOrder = stateStoryCheck({
  id: 'state-keeps-original-on-duplicate-order',
  title: 'Keeps the order when a second post with its id is refused',
  stories: [
    {
      story: [
        { status: 'queued' },
        { status: 'accepted' },
        { status: 'in_production' },
        { status: 'not_accepted', variant: 'duplicate-order' },
      ],
      expected: 'in_production',
      why: 'the not_accepted refuses another post with the same id, not this order',
    },
  ],
  hint: 'Take not_accepted only while the order is queued; after acceptance it refuses a duplicate post, and the original order goes on.',
  bug: '"A rejection always wins": a retried order post is refused as a duplicate, and the shop cancels the order that is being printed.',
});
