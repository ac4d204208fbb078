/**
 * What the Session 3 walk-through checks on every screen: axe-core, untranslated interface
 * text in French and Spanish, layout fit (no scrolling, tap targets, text size, the projector's
 * whole paging cycle read).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { catalogs } from '../../client/src/i18n/catalog.ts';
import { iloCoop2018 } from '../../shared/templates/ilo-coop-2018.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { readWholeCycle } from './fit.ts';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page; answers the serious and critical violations. `enhancedContrast`
 * also applies WCAG AAA's 7:1 text contrast (the projector's requirement), at any impact.
 */
export async function axeViolations(page: Page, opts: { enhancedContrast?: boolean } = {}): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the page's CSP rightly refuses injected script tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const enhanced = !!opts.enhancedContrast;
  return page.evaluate(async (enhancedContrast) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast-enhanced': { enabled: enhancedContrast } },
    });
    return result.violations
      .filter(
        (v) =>
          v.impact === 'serious' || v.impact === 'critical' || (enhancedContrast && v.id === 'color-contrast-enhanced'),
      )
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, enhanced);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English interface strings that must not remain once the page is in `locale`, as anchored patterns. */
function englishPatterns(locale: 'fr' | 'es' | 'pt'): Array<{ key: string; pattern: RegExp }> {
  const en = catalogs.en as Record<string, string>;
  const other = catalogs[locale] as Record<string, string>;
  return Object.keys(en)
    .filter((key) => en[key] !== other[key])
    .map((key) => ({
      key,
      pattern: new RegExp(
        `^${en[key]!.split(/\{\w+\}/)
          .map(escapeRegExp)
          .join('.+?')}$`,
      ),
    }));
}

/** Every string of the workshop's own data (titles, prompts, names): content, not interface text (its translations aside). */
function dataStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (value && typeof value === 'object') for (const v of Object.values(value)) dataStrings(v, out);
  return out;
}
const WORKSHOP_DATA = dataStrings(iloCoop2018);
const TRANSLATED = loadTemplate('ilo-coop-2018').translations;

/** Every piece of interface text in the page: text nodes (hidden ones too) and labelling attributes. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !['SCRIPT', 'STYLE', 'OPTION'].includes(parent.tagName)) out.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      for (const a of ['aria-label', 'placeholder', 'title', 'alt'])
        if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out.map((s) => s.trim()).filter(Boolean);
  });
}

/** Switches the page to `locale` with its language menu, then lists the texts still in English or shown as raw keys. */
export async function untranslatedTexts(page: Page, locale: 'fr' | 'es' | 'pt'): Promise<string[]> {
  await page.getByTestId('language').first().selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  await page.getByText(catalogs[locale]['conn.live']).first().waitFor();
  const patterns = englishPatterns(locale);
  const keys = new Set(Object.keys(catalogs.en));
  return (await pageTexts(page)).filter(
    (text) =>
      // Workshop content the template translates must show translated; the rest of it is as written.
      (TRANSLATED[locale]?.[text] ?? text) !== text ||
      (!WORKSHOP_DATA.has(text) && (keys.has(text) || patterns.some((p) => p.pattern.test(text)))),
  );
}

/** Whether the page scrolls in either direction. */
export function scrolls(page: Page): Promise<{ x: boolean; y: boolean }> {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth > window.innerWidth,
    y: document.documentElement.scrollHeight > window.innerHeight,
  }));
}

/** Visible controls smaller than `min` px in either direction (buttons, fields, menus, summaries). */
export function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((m) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, input:not([type=radio]):not([type=checkbox]), select, textarea, summary, label.choice-option',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.width < m || r.height < m)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, min);
}

/** The smallest computed font size, in px, of the elements matching `selector`. */
export function smallestFont(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((sel) => {
    const sizes = [...document.querySelectorAll(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    return sizes.length ? Math.min(...sizes) : null;
  }, selector);
}

/**
 * A projector at `step`: every text fully visible on some page of its cycle, no scrolling, and
 * (with `axe`) 7:1 contrast. Answers the texts seen over the cycle.
 */
export async function checkProjector(
  { page, name }: { page: Page; name: string },
  step: string,
  axe = false,
): Promise<Set<string>> {
  const cycle = await readWholeCycle(page);
  expect({ step, screen: name, clipped: cycle.clipped }).toEqual({ step, screen: name, clipped: [] });
  await expect(scrolls(page)).resolves.toEqual({ x: false, y: false });
  if (axe) {
    const violations = await axeViolations(page, { enhancedContrast: true });
    expect({ step, screen: name, violations }).toEqual({ step, screen: name, violations: [] });
  }
  return cycle.seen;
}
