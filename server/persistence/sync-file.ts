/** Making a file, and its name in its directory, reach the disk before a tool says it is done. */
import fs from 'node:fs';
import path from 'node:path';

/** fsyncs `file`'s contents. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsyncs the directory holding `file`, so a rename into it survives a power cut (a no-op where unsupported). */
export function syncDirOf(file: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(path.dirname(file), 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems (a USB stick's FAT, Windows) cannot open or sync a directory; the file itself is synced.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
