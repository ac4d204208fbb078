/** What a byte search over a data directory finds: every file, the SQLite file, its WAL and its index included. */
import fs from 'node:fs';
import path from 'node:path';

/** Which of `texts` appear, as UTF-8 bytes, in any file under `dir`. */
export function foundOnDisk(dir: string, texts: string[]): string[] {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
  const bytes = Buffer.concat(files.filter((f) => fs.statSync(f).isFile()).map((f) => fs.readFileSync(f)));
  return texts.filter((t) => bytes.includes(Buffer.from(t, 'utf8')));
}

/** Whether `text` appears in any file under `dir`. */
export const onDisk = (dir: string, text: string): boolean => foundOnDisk(dir, [text]).length > 0;
