/**
 * The participant's group's copies of the step's boards, one at a time behind tabs as plenary
 * boards are. On a notes copy, the ordinary composer and own notes (private writing and reveal
 * work as on plenary boards), and the group's notes as the server tells them to members
 * (`breakout:boards`), never the other groups'. On a roles copy, the roles matrix: proposals for
 * their own organisation, and the group's commitments, told the same way.
 */
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { ActiveBoards } from '../../ui/ActiveBoards.tsx';
import { MyNotes } from '../board/MyNotes.tsx';
import { NoteComposer } from '../board/NoteComposer.tsx';
import { RolesMatrix } from '../roles/RolesMatrix.tsx';
import { GroupNotes } from './GroupNotes.tsx';

interface Props {
  breakout: Breakout;
  group: BreakoutGroup;
  rapporteur: boolean;
}

export function GroupBoard({ breakout, group, rapporteur }: Props) {
  const t = useT();
  const boards = useWorkshop((s) => s.state?.boards);
  const ids = breakout.boardIds.map((id) => copyBoardId(id, group.id)).filter((id) => boards?.[id]);
  return (
    <ActiveBoards label={t('section.boards')} ids={ids}>
      {(id) =>
        boards?.[id]?.kind === 'roles' ? (
          <RolesMatrix boardId={id} />
        ) : (
          <>
            <NoteComposer boardId={id} />
            <MyNotes boardId={id} />
            <GroupNotes boardId={id} group={group} rapporteur={rapporteur} title={t('breakouts.groupNotes')} />
          </>
        )
      }
    </ActiveBoards>
  );
}
