import { stateStoryCheck } from './state-story-check.js';

export const stateRecordsRejection = stateStoryCheck({
  id: 'state-records-rejection',
  title: 'Records a rejected file as not accepted',
  stories: [
    {
      story: [{ status: 'queued' }, { status: 'not_accepted', variant: 'file-rejected' }],
      expected: 'not_accepted',
    },
  ],
  hint: 'Match statuses exactly, never by substring: "not_accepted" contains "accept", and a known shop integration records it as accepted.',
  bug: 'Statuses matched by substring: not_accepted contains "accept", so a rejected file is booked as accepted and nobody fixes it.',
});
