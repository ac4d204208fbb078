/** The closing review: participants rate their expectations, the facilitator steers and records verdicts. */
import type { EXPECTATIONS_COMMANDS } from '../../shared/commands/expectations.ts';
import { rateExpectation, recordVerdict, setReview } from '../domain/expectations.ts';
import { byCommandId, handle, type Handlers } from './handler.ts';

const review = { action: 'expectation.review', by: 'staff' } as const;

export const EXPECTATIONS_HANDLERS: Handlers<keyof typeof EXPECTATIONS_COMMANDS> = {
  'review:set': handle({ ...review, commandId: byCommandId, decide: (s, _, i) => setReview(s, i) }),
  'expectation:verdict': handle({
    ...review,
    commandId: byCommandId,
    decide: (s, _, i, now) => recordVerdict(s, i, now),
  }),
  'expectation:rate': handle({
    action: 'expectation.rate',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => rateExpectation(s, who.participant, i, now),
  }),
};
