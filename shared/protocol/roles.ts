/** The roles matrix and commitments: participants propose for their own organisation, the facilitator manages. */
import type { Ack } from '../errors.ts';
import type { CommitmentId } from '../model.ts';
import type {
  CommitmentEditInput,
  CommitmentProposeInput,
  CommitmentRef,
  RolesBoardRef,
  RolesColumnsInput,
  RolesRowsInput,
} from '../schemas/roles.ts';

export interface RolesCommands {
  'commitment:propose': (input: CommitmentProposeInput, ack: Ack<{ id: CommitmentId }>) => void;
  'commitment:confirm': (input: CommitmentRef, ack: Ack<null>) => void;
  'commitment:edit': (input: CommitmentEditInput, ack: Ack<null>) => void;
  'commitment:remove': (input: CommitmentRef, ack: Ack<null>) => void;
  'roles:setRows': (input: RolesRowsInput, ack: Ack<null>) => void;
  'roles:setColumns': (input: RolesColumnsInput, ack: Ack<null>) => void;
  /** Adds every participant's organisation as a row (participants themselves stay private). */
  'roles:importOrganisations': (input: RolesBoardRef, ack: Ack<{ added: number }>) => void;
}
