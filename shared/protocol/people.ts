/** The facilitator manages people: co-facilitators, and removing someone from the workshop. */
import type { Ack } from '../errors.ts';
import type { PersonRef } from '../schemas/people.ts';

export interface PeopleCommands {
  /** The participant acts with the facilitator's rights from their next message on. */
  'people:promote': (input: PersonRef, ack: Ack<null>) => void;
  'people:demote': (input: PersonRef, ack: Ack<null>) => void;
  /** Removes a participant: their sockets are closed and their device token stops working. */
  'people:kick': (input: PersonRef, ack: Ack<null>) => void;
}
