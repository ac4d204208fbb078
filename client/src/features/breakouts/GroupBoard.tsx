/**
 * The participant's group's copies of the step's boards: the ordinary composer and own notes on
 * the copy (private writing and reveal work as on plenary boards), and the group's notes as the
 * server tells them to members (`breakout:boards`), never the other groups'.
 */
import { useState } from 'react';
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../../../shared/breakouts.ts';
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { MyNotes } from '../board/MyNotes.tsx';
import { NoteComposer } from '../board/NoteComposer.tsx';
import { GroupNotes } from './GroupNotes.tsx';

interface Props {
  breakout: Breakout;
  group: BreakoutGroup;
  rapporteur: boolean;
}

export function GroupBoard({ breakout, group, rapporteur }: Props) {
  const t = useT();
  const tc = useContent();
  const boards = useWorkshop((s) => s.state?.boards);
  const ids = breakout.boardIds.map((id) => copyBoardId(id, group.id)).filter((id) => boards?.[id]);
  const [picked, setPicked] = useState<string | null>(null);
  const current = picked && ids.includes(picked) ? picked : ids[0];
  if (!current) return null;
  return (
    <div className="active-boards">
      {ids.length > 1 && (
        <div className="board-tabs" role="group" aria-label={t('section.boards')}>
          {ids.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === current}
              onClick={() => setPicked(id)}
              data-testid={`board-tab-${id}`}
            >
              {tc(boards?.[id]?.title ?? id)}
            </button>
          ))}
        </div>
      )}
      <NoteComposer boardId={current} />
      <MyNotes boardId={current} />
      <GroupNotes boardId={current} group={group} rapporteur={rapporteur} title={t('breakouts.groupNotes')} />
    </div>
  );
}
