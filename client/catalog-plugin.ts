/**
 * Build-time message catalogs: one language per chunk, and for the follow and participant routes
 * only the messages their code can show (their own, and those of the parts they load later).
 * Modules reached from `src/i18n/locales/[<screen>-]<lang>.ts` load as
 * `<module>?locale=<lang>[&keys=<screen>]`; in those copies each `defineMessages(en, fr, es, pt)`
 * keeps one language's argument (the others become `{}`), and for a screen's variant only the
 * keys that screen's source names (found by walking its imports) survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = ['en', 'fr', 'es', 'pt'] as const;
const ENTRY = /\/src\/i18n\/locales\/(?:(follow|participant)-)?(en|fr|es|pt)\.ts$/;
const QUERY = /\?locale=(en|fr|es|pt)(?:&keys=(follow|participant))?$/;

/** The screens whose catalog is trimmed to their own keys, each to its entry module. */
export type TrimmedScreens = Record<'follow' | 'participant', string>;

interface Node {
  type: string;
  start: number;
  end: number;
  name?: string;
  callee?: { type: string; name?: string };
  arguments?: Node[];
  properties?: Array<Node & { key?: { type: string; value?: string; name?: string } }>;
  id?: Node;
  init?: Node;
}

/** The object literal each `const name = {…}` of a module holds (errors.ts passes its English as `en`). */
function objectConsts(node: unknown, out = new Map<string, Node>()): Map<string, Node> {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (n.type === 'VariableDeclarator' && n.id?.type === 'Identifier' && n.init?.type === 'ObjectExpression')
    out.set(n.id.name!, n.init);
  for (const value of Object.values(n)) if (value && typeof value === 'object') objectConsts(value, out);
  return out;
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

export function catalogPerLocale(screens: TrimmedScreens): Plugin[] {
  const resolver: Plugin = {
    name: 'plenary-catalog:resolve',
    // Before Vite's own resolver, which would otherwise answer first without the query.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const entry = importer ? ENTRY.exec(importer) : null;
      const query = importer && !entry ? QUERY.exec(importer) : null;
      const locale = entry?.[2] ?? query?.[1];
      if (!locale || !source.startsWith('.')) return null;
      const trimmed = entry ? entry[1] : query?.[2];
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external
        ? `${resolved.id}?locale=${locale}${trimmed ? `&keys=${trimmed}` : ''}`
        : resolved;
    },
    load(id) {
      return QUERY.test(id) ? fs.readFileSync(id.replace(QUERY, ''), 'utf8') : null;
    },
  };
  let named: Record<keyof TrimmedScreens, ReturnType<typeof keysNamedFrom>> | null = null;
  // A named key brings its singular variant (`key.one`, picked by count at run time) along.
  const wanted = (screen: keyof TrimmedScreens, key: string) =>
    named![screen].exact.has(key.replace(/\.one$/, '')) || named![screen].prefixes.some((p) => key.startsWith(p));
  // After TypeScript is stripped, so the module parses as JavaScript.
  const picker: Plugin = {
    name: 'plenary-catalog:pick',
    buildStart() {
      named = { follow: keysNamedFrom(screens.follow), participant: keysNamedFrom(screens.participant) };
    },
    transform(code, id) {
      const query = QUERY.exec(id);
      if (!query || !code.includes('defineMessages(')) return null;
      const keep = LOCALES.indexOf(query[1] as (typeof LOCALES)[number]);
      const cuts: Array<[number, number, string]> = [];
      const ast = this.parse(code);
      const consts = objectConsts(ast);
      for (const call of messageCalls(ast)) {
        call.arguments!.forEach((arg, i) => {
          if (i !== keep) cuts.push([arg.start, arg.end, '{}']);
          else if (query[2]) {
            // A language given by name is trimmed where its object is written.
            const messages = arg.type === 'Identifier' ? consts.get(arg.name!) : arg;
            if (!messages)
              throw new Error(`catalog: ${id} passes ${arg.name} to defineMessages, not an object literal`);
            const screen = query[2] as keyof TrimmedScreens;
            const kept = (messages.properties ?? []).filter((p) => wanted(screen, String(p.key?.value ?? p.key?.name)));
            cuts.push([messages.start, messages.end, `{${kept.map((p) => code.slice(p.start, p.end)).join(',')}}`]);
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
