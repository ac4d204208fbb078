/**
 * The facilitator manages people: promote to co-facilitator, demote, remove, merge two identities. Rights follow
 * from state on every command (domain/sender.ts), so these only change the state; the
 * transport tells the sockets concerned (realtime/people.ts).
 */
import type { PEOPLE_COMMANDS } from '../../shared/commands/people.ts';
import { leaveWorkshop } from '../domain/leaving.ts';
import { mergePeople } from '../domain/merge.ts';
import { kickParticipant, setCofacilitator } from '../domain/people.ts';
import { byCommandId, handle, type Handlers } from './handler.ts';

const manage = { action: 'people.manage', by: 'staff' } as const;

export const PEOPLE_HANDLERS: Handlers<keyof typeof PEOPLE_COMMANDS> = {
  'people:promote': handle({
    ...manage,
    commandId: byCommandId,
    decide: (s, _, i) => setCofacilitator(s, i.participantId, true),
  }),
  'people:demote': handle({
    ...manage,
    commandId: byCommandId,
    decide: (s, _, i) => setCofacilitator(s, i.participantId, false),
  }),
  'people:kick': handle({
    ...manage,
    commandId: byCommandId,
    decide: (s, _, i, now) => kickParticipant(s, i.participantId, now),
  }),
  'session:leave': handle({
    action: 'session.leave',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => leaveWorkshop(s, who.id, i.notes, now),
  }),
  'people:merge': handle({
    action: 'people.merge',
    by: 'staff',
    commandId: byCommandId,
    decide: (s, _, i) => mergePeople(s, i.keepId, i.duplicateId),
  }),
};
