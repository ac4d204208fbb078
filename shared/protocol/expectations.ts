/** The closing review: the facilitator steers and records verdicts; participants rate. */
import type { Ack } from '../errors.ts';
import type { NoteId, Rating } from '../model.ts';
import type { RateInput, ReviewSetInput, VerdictInput } from '../schemas/expectations.ts';

export interface ExpectationsCommands {
  'review:set': (input: ReviewSetInput, ack: Ack<null>) => void;
  /** Answers with the caller's rating, so a device can show it after a reload. */
  'expectation:rate': (input: RateInput, ack: Ack<{ rating: Rating }>) => void;
  'expectation:verdict': (input: VerdictInput, ack: Ack<null>) => void;
}

export interface ExpectationsFacts {
  /** This participant's own ratings, on connect (each rate ack carries later changes). Never broadcast. */
  'ratings:mine': (ratings: Record<NoteId, Rating>) => void;
}
