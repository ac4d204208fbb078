/** The message catalogs: every message exists in French, Spanish and Portuguese, translated, with the same placeholders as English. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogParts, catalogs } from '../../client/src/i18n/catalog.ts';
import { keysNamedFrom } from '../../client/catalog-plugin.ts';

const en = catalogs.en as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const OTHERS = ['fr', 'es', 'pt'] as const;

/** Words spelt as in English: the product's and formats' names, and the same word in that language. */
const SAME_AS_ENGLISH = {
  all: ['Plenary', 'Markdown', 'JSON', '+1'],
  fr: [
    'Code',
    'Date',
    'Discussion',
    'Format',
    'Minutes',
    'Notes',
    'Organisation',
    'Pause',
    'Question',
    'Questions',
    'Verdict',
  ],
  es: ['General'],
  pt: ['Agenda'],
} as const;
/** Placeholders, units and punctuation only (`{h} h {m}`, `{name} · {organisation}`): nothing to translate. */
const wordless = (text: string) => !/\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, '').replace(/\bmin\b/g, ''));

describe('message catalogs', () => {
  it.each(OTHERS)('%s has every English message, filled in, with the same placeholders', (locale) => {
    const other = catalogs[locale] as Record<string, string>;
    const problems = Object.keys(en).flatMap((key) => {
      const text = other[key];
      if (!text?.trim()) return [`${key}: missing`];
      return JSON.stringify(placeholders(text)) === JSON.stringify(placeholders(en[key]!))
        ? []
        : [`${key}: placeholders ${placeholders(text)} vs ${placeholders(en[key]!)}`];
    });
    expect(problems).toEqual([]);
  });

  it.each(OTHERS)('%s leaves no message in English, but for a short list of words spelt the same', (locale) => {
    const other = catalogs[locale] as Record<string, string>;
    const same: readonly string[] = [...SAME_AS_ENGLISH.all, ...SAME_AS_ENGLISH[locale]];
    const untranslated = Object.keys(en).filter(
      (key) => other[key] === en[key] && !wordless(en[key]!) && !same.includes(en[key]!),
    );
    expect(untranslated).toEqual([]);
  });

  it('gives each key to one feature: merged, a second definition would silently replace the first', () => {
    const owners = new Map<string, number>();
    const twice = catalogParts.flatMap((part, index) =>
      Object.keys(part.en).flatMap((key) => {
        const earlier = owners.get(key);
        owners.set(key, index);
        return earlier === undefined ? [] : [key];
      }),
    );
    expect(twice).toEqual([]);
  });

  it('names every undoable action in words, not by its command name', () => {
    const labels = new Set<string>();
    for (const file of fs.readdirSync('server/domain'))
      for (const m of fs.readFileSync(`server/domain/${file}`, 'utf8').matchAll(/recordUndo\([^)]*'([a-z]+:[a-z]+)'/g))
        labels.add(m[1]!);
    expect(labels.size).toBeGreaterThan(5);
    for (const label of labels) expect(en[`undo.what.${label.replace(':', '_')}`], label).toBeTruthy();
  });

  it('finds the keys the follow screen can show by walking its imports, and no console-only ones', () => {
    const { exact, prefixes } = keysNamedFrom('client/src/screens/Follow.tsx');
    for (const key of ['conn.live', 'role.follow', 'timer.over', 'schedule.next', 'feed.empty', 'board.inFocus'])
      expect(exact).toContain(key);
    expect(prefixes).toContain('conn.refused.');
    // The follower may join to write or ask (join.submit), never run the board or see who is here.
    expect(exact).toContain('join.submit');
    for (const key of ['board.reveal', 'votes.start', 'presence.title']) expect(exact).not.toContain(key);
  });

  it('finds the keys the phone can show the same way, and none of the console, projector or home', () => {
    const { exact, prefixes } = keysNamedFrom('client/src/screens/Participate.tsx');
    for (const key of ['role.participant', 'join.submit', 'compose.post', 'mine.title', 'hands.raise', 'done.button'])
      expect(exact).toContain(key);
    for (const prefix of ['error.', 'conn.refused.', 'reaction.']) expect(prefixes).toContain(prefix);
    for (const key of ['presence.title', 'schedule.finish', 'design.title', 'report.title', 'home.create'])
      expect(exact).not.toContain(key);
  });
});
