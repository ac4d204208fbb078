/** The facilitator manages people: co-facilitators, removing someone, merging one person's two identities; a participant may leave. */
import { LeaveInput, PeopleMerge, PersonRef } from '../schemas/people.ts';
import { answers, command } from './define.ts';

export const PEOPLE_COMMANDS = {
  /** The participant acts with the facilitator's rights from their next message on. */
  'people:promote': command(PersonRef, answers<null>()),
  'people:demote': command(PersonRef, answers<null>()),
  /** Removes a participant: their sockets are closed and their device token stops working. */
  'people:kick': command(PersonRef, answers<null>()),
  /** A participant removes themselves: name, organisation and contacts go; their notes stay anonymous or go too. */
  'session:leave': command(LeaveInput, answers<null>()),
  /** One person, two identities: the duplicate's contributions become the kept person's, each once-per-person fact counted once. */
  'people:merge': command(PeopleMerge, answers<null>()),
};
