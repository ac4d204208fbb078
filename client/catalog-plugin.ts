/**
 * Build-time message catalogs: one language per chunk, and for the follow route only the
 * messages its code can show (its own, and those of the parts it loads later). Modules reached from `src/i18n/locales/[follow-]<lang>.ts` load
 * as `<module>?locale=<lang>[&keys=follow]`; in those copies each `defineMessages(en, fr, es, pt)`
 * keeps one language's argument (the others become `{}`), and for the follow variant only the
 * keys the follow screen's source names (found by walking its imports) survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = ['en', 'fr', 'es', 'pt'] as const;
const ENTRY = /\/src\/i18n\/locales\/(follow-)?(en|fr|es|pt)\.ts$/;
const QUERY = /\?locale=(en|fr|es|pt)(&keys=follow)?$/;

interface Node {
  type: string;
  start: number;
  end: number;
  callee?: { type: string; name?: string };
  arguments?: Node[];
  properties?: Array<Node & { key?: { type: string; value?: string; name?: string } }>;
}

/** Every `defineMessages(en, fr, es, pt)` call in a parsed module. */
function messageCalls(node: unknown, out: Node[] = []): Node[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (
    n.type === 'CallExpression' &&
    n.callee?.type === 'Identifier' &&
    n.callee.name === 'defineMessages' &&
    n.arguments?.length === LOCALES.length
  )
    out.push(n);
  for (const value of Object.values(n)) if (value && typeof value === 'object') messageCalls(value, out);
  return out;
}

/** Message keys named in a screen's source and everything it imports: literals, and `prefix.${…}` templates. */
export function keysNamedFrom(entry: string): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"]([a-z]+(?:\.[A-Za-z_]+)+)['"]/g)) exact.add(m[1]!);
    for (const m of code.matchAll(/`([a-z]+(?:\.[A-Za-z_]+)*\.)\$\{/g)) prefixes.push(m[1]!);
    // Static imports, and the panels the screen loads later (`import('./x.tsx')`), which show messages too.
    for (const m of code.matchAll(/^import (?!type )[^;]*?from '(\.[^']+\.tsx?)';|\bimport\('(\.[^']+\.tsx?)'\)/gm))
      visit(path.resolve(path.dirname(file), (m[1] ?? m[2])!));
  };
  visit(entry);
  return { exact, prefixes };
}

export function catalogPerLocale(followScreen: string): Plugin[] {
  const resolver: Plugin = {
    name: 'plenary-catalog:resolve',
    // Before Vite's own resolver, which would otherwise answer first without the query.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const entry = importer ? ENTRY.exec(importer) : null;
      const query = importer && !entry ? QUERY.exec(importer) : null;
      const locale = entry?.[2] ?? query?.[1];
      if (!locale || !source.startsWith('.')) return null;
      const follow = entry ? !!entry[1] : !!query?.[2];
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external
        ? `${resolved.id}?locale=${locale}${follow ? '&keys=follow' : ''}`
        : resolved;
    },
    load(id) {
      return QUERY.test(id) ? fs.readFileSync(id.replace(QUERY, ''), 'utf8') : null;
    },
  };
  let followKeys: ReturnType<typeof keysNamedFrom> | null = null;
  // A named key brings its singular variant (`key.one`, picked by count at run time) along.
  const wanted = (key: string) =>
    followKeys!.exact.has(key.replace(/\.one$/, '')) || followKeys!.prefixes.some((p) => key.startsWith(p));
  // After TypeScript is stripped, so the module parses as JavaScript.
  const picker: Plugin = {
    name: 'plenary-catalog:pick',
    buildStart() {
      followKeys = keysNamedFrom(followScreen);
    },
    transform(code, id) {
      const query = QUERY.exec(id);
      if (!query || !code.includes('defineMessages(')) return null;
      const keep = LOCALES.indexOf(query[1] as (typeof LOCALES)[number]);
      const cuts: Array<[number, number, string]> = [];
      for (const call of messageCalls(this.parse(code))) {
        call.arguments!.forEach((arg, i) => {
          if (i !== keep) cuts.push([arg.start, arg.end, '{}']);
          else if (query[2]) {
            const kept = (arg.properties ?? []).filter((p) => wanted(String(p.key?.value ?? p.key?.name)));
            cuts.push([arg.start, arg.end, `{${kept.map((p) => code.slice(p.start, p.end)).join(',')}}`]);
          }
        });
      }
      // Splice from the end so earlier offsets stay valid.
      let out = code;
      for (const [start, end, text] of cuts.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
  return [resolver, picker];
}
