/** A workshop's design as a file: round trips byte for byte, and a bad file is refused whole, naming line and field. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_MAX_BYTES,
  designJsonSchema,
  designOf,
  serializeDesign,
  templateOfDesign,
} from '../../shared/design.ts';
import { catalogs } from '../../client/src/i18n/catalog.ts';
import { DESIGN_ISSUE_CODES, readDesign } from '../../shared/design-import.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { initialState } from '../../server/domain/initial-state.ts';

/** Export the design of a workshop made from `template`. */
const exported = (id: 'ilo-coop-2018' | 'blank') => {
  const t = loadTemplate(id);
  return serializeDesign(designOf(initialState(t, 'ABCDEF', t.title).pub));
};

describe('design files', () => {
  it.each(['ilo-coop-2018', 'blank'] as const)('%s: export → import → export is byte-identical', (id) => {
    const first = exported(id);
    const read = readDesign(first);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const again = initialState(templateOfDesign(read.design), 'GHJKLM', read.design.title).pub;
    expect(serializeDesign(designOf(again))).toBe(first);
  });

  it('carries no people and nothing they wrote', () => {
    const t = loadTemplate('ilo-coop-2018');
    const pub = initialState(t, 'ABCDEF', t.title).pub;
    pub.notes = { n1: { id: 'n1', text: 'A participant’s note' } as (typeof pub.notes)[string] };
    expect(serializeDesign(designOf(pub))).not.toContain('participant’s note');
    expect(Object.keys(JSON.parse(serializeDesign(designOf(pub))))).toEqual([
      'schema',
      'version',
      'title',
      'date',
      'timezone',
      'venue',
      'boards',
      'agenda',
    ]);
  });

  const ilo = exported('ilo-coop-2018');
  const edit = (f: (d: Record<string, unknown> & { agenda: { segments: Array<Record<string, unknown>> } }) => void) => {
    const d = JSON.parse(ilo);
    f(d);
    return JSON.stringify(d, null, 2);
  };
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it.each([
    ['not JSON', '{ "schema": "plenary.workshop-design", ', { field: '', reason: /not JSON/, code: 'not_json' }],
    ['an empty file', '', { field: '', reason: /not JSON/, code: 'not_json' }],
    [
      'another kind of file',
      '{"name":"package"}',
      { field: 'schema', reason: /not a Plenary design/, code: 'not_a_design' },
    ],
    [
      'another version',
      ilo.replace('"version": 1', '"version": 2'),
      { field: 'version', reason: /version 2/, code: 'wrong_version' },
    ],
    [
      'a time out of range',
      edit((d) => (d.agenda.segments[2]!.end = '48:30')),
      { field: 'agenda.segments.2.end', reason: /HH:MM/, code: 'bad_format' },
    ],
    [
      'overlapping segments',
      edit((d) => (d.agenda.segments[1]!.start = '08:00')),
      { field: 'agenda.segments', reason: /do not overlap/, code: 'segments_overlap' },
    ],
    [
      'a step using a board that does not exist',
      edit((d) => ((d.boards as unknown[]).length = 1)),
      { field: 'agenda', reason: /every board an agenda step uses exists/, code: 'board_missing' },
    ],
    ['an unknown field', edit((d) => (d.extra = true)), { field: '', reason: /extra/, code: 'unknown_field' }],
    ['a title too long', edit((d) => (d.title = 'x'.repeat(5000))), { field: 'title', reason: /./, code: 'too_long' }],
  ])('refuses %s, naming the field and the reason', (_name, text, expected) => {
    const read = readDesign(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]).toMatchObject({
      field: expected.field,
      reason: expect.stringMatching(expected.reason),
      code: expected.code,
    });
    expect(read.issues[0]!.line === null || read.issues[0]!.line >= 1).toBe(true);
  });

  it('names the line of the field at fault', () => {
    const text = edit((d) => (d.agenda.segments[2]!.end = '48:30'));
    const read = readDesign(text);
    expect(read.ok ? null : read.issues[0]!.line).toBe(lineOf(text, '"48:30"'));
  });

  it('refuses a file that is too large before reading it', () => {
    const read = readDesign(`${ilo.slice(0, -2)}${' '.repeat(DESIGN_MAX_BYTES)}}`);
    expect(read.ok ? null : read.issues[0]!.reason).toMatch(/larger than 256 KB/);
  });
});

describe('the published schema', () => {
  it('docs/workshop-design.schema.json is the schema the server reads (WRITE_SCHEMA=1 rewrites it)', () => {
    const file = path.resolve('docs/workshop-design.schema.json');
    if (process.env.WRITE_SCHEMA === '1') fs.writeFileSync(file, `${JSON.stringify(designJsonSchema(), null, 2)}\n`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(designJsonSchema());
  });
});

describe('the reasons of a refused design file', () => {
  it.each(['en', 'fr', 'es'] as const)(
    'are each a sentence of their own in %s, with their figures filled in',
    (locale) => {
      const sentences = DESIGN_ISSUE_CODES.map((code) => catalogs[locale][`files.reason.${code}`]);
      expect(sentences.every((x) => typeof x === 'string' && x.length > 0)).toBe(true);
      expect(new Set(sentences).size).toBe(DESIGN_ISSUE_CODES.length);
      if (locale !== 'en')
        expect(
          DESIGN_ISSUE_CODES.filter((c) => catalogs[locale][`files.reason.${c}`] === catalogs.en[`files.reason.${c}`]),
        ).toEqual([]);
    },
  );
});
