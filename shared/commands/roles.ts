/** The roles matrix and commitments: participants propose for their own organisation, the facilitator manages. */
import type { CommitmentId } from '../model.ts';
import {
  CommitmentEditInput,
  CommitmentProposeInput,
  CommitmentRef,
  RolesBoardRef,
  RolesColumnsInput,
  RolesRowsInput,
} from '../schemas/roles.ts';
import { answers, command, creating } from './define.ts';

export const ROLES_COMMANDS = {
  'commitment:propose': creating(CommitmentProposeInput, answers<{ id: CommitmentId }>()),
  'commitment:confirm': command(CommitmentRef, answers<null>()),
  'commitment:edit': command(CommitmentEditInput, answers<null>()),
  'commitment:remove': command(CommitmentRef, answers<null>()),
  'roles:setRows': command(RolesRowsInput, answers<null>()),
  'roles:setColumns': command(RolesColumnsInput, answers<null>()),
  /** Adds every participant's organisation as a row (participants themselves stay private). */
  'roles:importOrganisations': command(RolesBoardRef, answers<{ added: number }>()),
};
