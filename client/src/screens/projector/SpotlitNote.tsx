/** A note the facilitator put in the spotlight, as large as the room screen allows. */
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { ProjectorNote } from './NotesFlow.tsx';

export function SpotlitNote({ noteId }: { noteId: string }) {
  const t = useT();
  const tc = useContent();
  const note = useWorkshop((s) => s.state?.notes[noteId] ?? null);
  const board = useWorkshop((s) => (note ? s.state?.boards[note.boardId] : null));
  if (!note) return null;
  return (
    <section className="spotlit" data-testid="spotlit-note">
      <p className="pboard-prompt">
        {t('board.inFocus')}
        {board && ` · ${tc(board.title)}`}
      </p>
      <div className="spotlit-note">
        <ProjectorNote note={note} />
      </div>
    </section>
  );
}
