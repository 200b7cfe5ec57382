import { steps } from './story.js';
import { stateStoryCheck } from './state-story-check.js';

export const stateAdvancesPastSkippedSteps = stateStoryCheck({
  id: 'state-advances-past-skipped-steps',
  title: 'Moves on when a step is skipped or comes late',
  stories: [
    {
      story: steps(
        'queued',
        'accepted',
        'shipment_created',
        'shipment_in_transit',
        'shipment_delivered',
      ),
      expected: 'shipment_delivered',
      why: 'in_production and logistics never came',
    },
    {
      story: steps('queued', 'in_production', 'accepted'),
      expected: 'in_production',
      why: 'the accepted arrived after the later in_production',
    },
  ],
  hint: 'Apply any later status by lifecycle rank, not only the next step of a fixed sequence: Probo does not promise to send every step, nor in order.',
  bug: 'A state machine that only goes accepted → in_production: a real shop\'s order stays "accepted" forever when in_production is skipped or arrives first.',
});
