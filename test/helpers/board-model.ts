/**
 * An independent model of one board for the randomized test: notes and groups as the room
 * should see them, changed only by commands the server acknowledged, with its own undo.
 */
export interface ModelNote {
  text: string;
  authorId: string;
  column: string;
  groupId: string | null;
}

type Undo = () => void;

export class BoardModel {
  notes = new Map<string, ModelNote>();
  /** Notes written while the board was private, not yet revealed. */
  held = new Map<string, ModelNote>();
  groups = new Map<string, string>();
  private undos: Undo[] = [];

  constructor(private readonly undoMax: number) {}

  add(id: string, authorId: string, text: string, column: string, held: boolean): void {
    (held ? this.held : this.notes).set(id, { text, authorId, column, groupId: null });
  }

  edit(id: string, text: string): void {
    const n = this.notes.get(id) ?? this.held.get(id);
    if (n) n.text = text;
  }

  remove(id: string): void {
    this.notes.delete(id);
    this.held.delete(id);
  }

  /** The author's notes, shown or held: the ones they may edit and delete. */
  ownedBy(authorId: string): string[] {
    return [...this.notes, ...this.held].filter(([, n]) => n.authorId === authorId).map(([id]) => id);
  }

  reveal(): void {
    for (const [id, n] of this.held) this.notes.set(id, n);
    this.held.clear();
  }

  createGroup(id: string, title: string): void {
    this.groups.set(id, title);
  }

  /** Moves notes; answers how many changed (an unchanged move is not undoable, as on the server). */
  move(ids: string[], groupId: string | null, column?: string): number {
    const previous: Array<[string, Partial<ModelNote>]> = [];
    for (const id of new Set(ids)) {
      const n = this.notes.get(id)!;
      const next = { groupId, column: column ?? n.column };
      const changed: Partial<ModelNote> = {};
      if (n.groupId !== next.groupId) changed.groupId = n.groupId;
      if (n.column !== next.column) changed.column = n.column;
      if (Object.keys(changed).length === 0) continue;
      previous.push([id, changed]);
      Object.assign(n, next);
    }
    if (previous.length > 0)
      this.pushUndo(() => {
        for (const [id, fields] of previous) this.setFields(id, fields);
      });
    return previous.length;
  }

  deleteGroup(id: string): void {
    const title = this.groups.get(id)!;
    const members = [...this.notes].filter(([, n]) => n.groupId === id).map(([noteId]) => noteId);
    this.groups.delete(id);
    for (const m of members) this.notes.get(m)!.groupId = null;
    this.pushUndo(() => {
      this.groups.set(id, title);
      for (const m of members) this.setFields(m, { groupId: id });
    });
  }

  /** Hide and delete look alike on the board: the note goes, and undo brings it back as it was. */
  takeAway(id: string): void {
    const note = { ...this.notes.get(id)! };
    this.notes.delete(id);
    this.pushUndo(() => this.notes.set(id, note));
  }

  /** Undoes the newest facilitator action; false when there was none. */
  undo(): boolean {
    const last = this.undos.pop();
    last?.();
    return last !== undefined;
  }

  snapshot(): { notes: Record<string, ModelNote>; held: Record<string, ModelNote>; groups: Record<string, string> } {
    const plain = (m: Map<string, ModelNote>) => Object.fromEntries([...m].map(([id, n]) => [id, { ...n }]));
    return { notes: plain(this.notes), held: plain(this.held), groups: Object.fromEntries(this.groups) };
  }

  private setFields(id: string, fields: Partial<ModelNote>): void {
    const n = this.notes.get(id);
    if (n) Object.assign(n, fields);
  }

  private pushUndo(u: Undo): void {
    this.undos.push(u);
    if (this.undos.length > this.undoMax) this.undos.shift();
  }
}
