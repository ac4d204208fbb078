/** The line under a merged note that says which group wrote it, or which groups a combined note joins. */
import type { NoteProvenance } from '../../../../shared/breakouts.ts';
import type { Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { provenanceLine } from './provenance.ts';

export function NoteOrigin({ provenance, className }: { provenance: NoteProvenance; className: string }) {
  const t = useT();
  const breakouts = useWorkshop((s) => s.state?.breakouts);
  if (!breakouts) return null;
  return (
    <p className={className} data-testid="note-origin">
      {provenanceLine(t, provenance, breakouts)}
    </p>
  );
}

/** The console's note footer (see features/board/note-footer.ts): the origin of a merged note, nothing under others. */
export function MergedNoteOrigin({ note }: { note: Note }) {
  return note.provenance ? <NoteOrigin provenance={note.provenance} className="note-author muted" /> : null;
}
