/**
 * The built client as Vite's manifest describes it: which files a module needs before it runs.
 * The follow page reads it to inline and preload what its screen needs; the size report reads
 * it to count what each route downloads.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Source paths of the build's entries and screens, as the manifest keys them. */
export const BUILD_KEYS = {
  index: 'index.html',
  firstView: 'src/first-view/tick.ts',
  follow: 'src/screens/Follow.tsx',
} as const;

export function readManifest(clientDir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(clientDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Files `keys` need before they run: their own, every chunk they import statically, and all their CSS. */
export function filesBefore(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`client build: ${key} is not in the manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...files];
}
