/** What the store tests write: a workshop's record, and a commit that changes nothing. */
import type { Commit, WorkshopRecord } from '../../server/persistence/port.ts';

/** A blank workshop's record under `code`. */
export const record = (code: string): WorkshopRecord => ({
  code,
  template: 'blank',
  title: 'T',
  facilitatorKeyHash: 'ab'.repeat(32),
  createdAt: 1,
});

export const emptyCommit: Commit = { docUpdate: null, privateChanges: [], command: null };
