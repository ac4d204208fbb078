/** Roles matrix and commitment handlers: participants propose for their own organisation, the facilitator manages. */
import type { ROLES_COMMANDS } from '../../shared/commands/roles.ts';
import { confirmCommitment, editCommitment, proposeCommitment, removeCommitment } from '../domain/commitments.ts';
import { importOrganisations, setColumns, setRows } from '../domain/roles.ts';
import { byCommandId, byCreatedId, handle, type Handlers } from './handler.ts';

const manage = { action: 'commitment.manage', by: 'staff' } as const;
const edit = { action: 'roles.edit', by: 'staff' } as const;

export const ROLES_HANDLERS: Handlers<keyof typeof ROLES_COMMANDS> = {
  'commitment:propose': handle({
    action: 'commitment.propose',
    by: 'participant',
    commandId: byCreatedId,
    decide: (s, who, i, now) => proposeCommitment(s, who.participant, i, now),
  }),
  'commitment:confirm': handle({
    ...manage,
    commandId: byCommandId,
    decide: (s, _, i, now) => confirmCommitment(s, i.id, now),
  }),
  'commitment:edit': handle({ ...manage, commandId: byCommandId, decide: (s, _, i, now) => editCommitment(s, i, now) }),
  'commitment:remove': handle({
    ...manage,
    commandId: byCommandId,
    decide: (s, _, i, now) => removeCommitment(s, i.id, now),
  }),
  'roles:setRows': handle({
    ...edit,
    commandId: byCommandId,
    decide: (s, _, i) => setRows(s, i.boardId, i.organisations),
  }),
  'roles:setColumns': handle({
    ...edit,
    commandId: byCommandId,
    decide: (s, _, i) => setColumns(s, i.boardId, i.columns),
  }),
  'roles:importOrganisations': handle({
    ...edit,
    commandId: byCommandId,
    decide: (s, _, i) => importOrganisations(s, i.boardId),
  }),
};
