import { steps } from './story.js';
import { stateStoryCheck } from './state-story-check.js';

const TO_TRANSIT = [
  'queued',
  'accepted',
  'in_production',
  'logistics',
  'shipment_created',
  'shipment_in_transit',
] as const;

export const stateRecordsFailedDelivery = stateStoryCheck({
  id: 'state-records-failed-delivery',
  title:
    'Records a returned shipment and a carrier exception as such, and what the carrier says after one',
  stories: [
    { story: steps(...TO_TRANSIT, 'shipment_returned'), expected: 'shipment_returned' },
    { story: steps(...TO_TRANSIT, 'shipment_exception'), expected: 'shipment_exception' },
    {
      story: steps(...TO_TRANSIT, 'shipment_exception', 'shipment_in_transit'),
      expected: 'shipment_in_transit',
      why: "the carrier's statuses follow each other in any order: the latest one counts",
    },
  ],
  hint: 'Keep the carrier outcomes apart: shipment_returned and shipment_exception need someone to act, they are not "shipped" or "delivered"; and take the latest carrier status: after an exception the parcel may be in transit again.',
  bug: 'One word for every shipment status (a real shop records returned, exception, not at home and delayed all as the final "shipped"): a returned parcel is never noticed.',
});
