/** Socket.IO commands of the roles matrix and commitments: check, decide, store; the document announces. */
import { fail } from '../../shared/errors.ts';
import {
  CommitmentEditInput,
  CommitmentProposeInput,
  CommitmentRef,
  RolesBoardRef,
  RolesColumnsInput,
  RolesRowsInput,
} from '../../shared/schemas/roles.ts';
import { confirmCommitment, editCommitment, proposeCommitment, removeCommitment } from '../domain/commitments.ts';
import { importOrganisations, setColumns, setRows } from '../domain/roles.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the roles and commitment commands on one socket. */
export async function registerRoles(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const code = () => socket.data.code;

  onCommand(
    socket,
    ctx,
    'commitment:propose',
    { schema: CommitmentProposeInput, action: 'commitment.propose' },
    async (input, actor) => {
      const p = actor.participant;
      if (!p) return fail('not_joined');
      return ctx.hub.execute(
        code(),
        { type: 'commitment:propose', actor: p.id, commandId: input.id, payload: input },
        (s, now) => proposeCommitment(s, p, input, now),
      );
    },
  );

  const manage = { action: 'commitment.manage' } as const;
  onCommand(socket, ctx, 'commitment:confirm', { schema: CommitmentRef, ...manage }, async (input) =>
    ctx.hub.execute(code(), { type: 'commitment:confirm', actor: 'facilitator', payload: input }, (s, now) =>
      confirmCommitment(s, input.id, now),
    ),
  );
  onCommand(socket, ctx, 'commitment:edit', { schema: CommitmentEditInput, ...manage }, async (input) =>
    ctx.hub.execute(code(), { type: 'commitment:edit', actor: 'facilitator', payload: input }, (s, now) =>
      editCommitment(s, input, now),
    ),
  );
  onCommand(socket, ctx, 'commitment:remove', { schema: CommitmentRef, ...manage }, async (input) =>
    ctx.hub.execute(code(), { type: 'commitment:remove', actor: 'facilitator', payload: input }, (s, now) =>
      removeCommitment(s, input.id, now),
    ),
  );

  const edit = { action: 'roles.edit' } as const;
  onCommand(socket, ctx, 'roles:setRows', { schema: RolesRowsInput, ...edit }, async (input) =>
    ctx.hub.execute(code(), { type: 'roles:setRows', actor: 'facilitator', payload: input }, (s) =>
      setRows(s, input.boardId, input.organisations),
    ),
  );
  onCommand(socket, ctx, 'roles:setColumns', { schema: RolesColumnsInput, ...edit }, async (input) =>
    ctx.hub.execute(code(), { type: 'roles:setColumns', actor: 'facilitator', payload: input }, (s) =>
      setColumns(s, input.boardId, input.columns),
    ),
  );
  onCommand(socket, ctx, 'roles:importOrganisations', { schema: RolesBoardRef, ...edit }, async (input) =>
    ctx.hub.execute(code(), { type: 'roles:importOrganisations', actor: 'facilitator', payload: input }, (s) =>
      importOrganisations(s, input.boardId),
    ),
  );
}
