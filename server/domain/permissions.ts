/** The one table of who may do what. Every Socket.IO event and REST route checks it. */
import type { Role } from '../../shared/model.ts';

const FACILITATOR = ['facilitator'] as const;
const PARTICIPANT = ['participant'] as const;
const ANYONE = ['facilitator', 'participant', 'follower', 'guest'] as const;

const PERMISSIONS = {
  'session.join': ['guest', 'participant'],
  'clock.ping': ANYONE,
  // agenda and timer
  'agenda.navigate': FACILITATOR,
  'agenda.edit': FACILITATOR,
  'room.display': FACILITATOR,
  'timer.control': FACILITATOR,
  // boards
  'board.control': FACILITATOR,
  // Whether a board's notes carry their authors: chosen by the facilitator before anything is written.
  'board.anonymity': FACILITATOR,
  // Both write notes; the board rules then let the facilitator moderate any note, a participant only their own.
  'note.write': ['facilitator', 'participant'],
  'note.moderate': FACILITATOR,
  'group.manage': FACILITATOR,
  'vote.control': FACILITATOR,
  'vote.cast': PARTICIPANT,
  'focus.set': FACILITATOR,
  undo: FACILITATOR,
  // roles, expectations, questions, report
  'commitment.propose': PARTICIPANT,
  'commitment.manage': FACILITATOR,
  'roles.edit': FACILITATOR,
  'expectation.rate': PARTICIPANT,
  'expectation.review': FACILITATOR,
  'question.ask': PARTICIPANT,
  'question.upvote': PARTICIPANT,
  'question.moderate': FACILITATOR,
  'report.read': FACILITATOR,
  'design.export': FACILITATOR,
  // Deleting a whole workshop needs the key itself (REST): a co-facilitator cannot.
  'workshop.delete': FACILITATOR,
  // So is replacing the key (REST): the old facilitator link stops working at once.
  'workshop.rotateKey': FACILITATOR,
  // people
  'people.manage': FACILITATOR,
  'session.leave': PARTICIPANT,
  // the room's signals
  'hand.raise': PARTICIPANT,
  'step.done': PARTICIPANT,
  'reaction.add': PARTICIPANT,
  'queue.manage': FACILITATOR,
  'people.merge': FACILITATOR,
  // breakout groups: the facilitator runs them; a rapporteur (a participant) speaks for a group
  'breakout.run': FACILITATOR,
  'breakout.rapporteur': ['facilitator', 'participant'],
  'breakout.join': PARTICIPANT,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
