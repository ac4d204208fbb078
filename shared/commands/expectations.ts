/** The closing review: the facilitator steers and records verdicts; participants rate. */
import type { Rating } from '../model.ts';
import { RateInput, ReviewSetInput, VerdictInput } from '../schemas/expectations.ts';
import { answers, command } from './define.ts';

export const EXPECTATIONS_COMMANDS = {
  'review:set': command(ReviewSetInput, answers<null>()),
  /** Answers with the caller's rating, so a device can show it after a reload. */
  'expectation:rate': command(RateInput, answers<{ rating: Rating }>()),
  'expectation:verdict': command(VerdictInput, answers<null>()),
};
