/** What a reaction sent now is on: the note in the spotlight, else the live step. */
import { noteReactionKey, stepReactionKey, type ReactionTarget } from '../../../../shared/reactions.ts';
import { stepKey } from '../../../../shared/speakers-queue.ts';
import type { RoomState } from '../../../../shared/model.ts';

export function reactionTarget(room: RoomState): { target: ReactionTarget; key: string } | null {
  if (room.focus?.kind === 'note')
    return { target: { kind: 'note', noteId: room.focus.noteId }, key: noteReactionKey(room.focus.noteId) };
  const step = stepKey(room.live);
  return step === null ? null : { target: { kind: 'step' }, key: stepReactionKey(step) };
}
