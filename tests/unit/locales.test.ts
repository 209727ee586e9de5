// Every UI string the extension asks for exists in every locale, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES } from '../../src/corrections/format.ts';
import { SUBSCRIPTION_MESSAGES } from '../../src/packs/subscription.ts';
import { REFUSAL_MESSAGES } from '../../src/packs/update.ts';
import { DELIVERY_MESSAGES } from '../../src/corrections/deliver.ts';
import { templateArity } from '../../src/coded-text.ts';
import { SUMMARY_MESSAGES } from '../../src/match/summary.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales = readdirSync('public/_locales');
const load = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Messages;
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

describe('locales', () => {
  it('ship English and at least one more', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it('are complete: the same keys and placeholders in each', () => {
    const en = load('en');
    for (const l of locales) {
      const m = load(l);
      expect(Object.keys(m).sort(), l).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) {
        expect(Object.keys(m[k].placeholders ?? {}).sort(), `${l}:${k}`).toEqual(Object.keys(v.placeholders ?? {}).sort());
        expect(m[k].message.trim(), `${l}:${k}`).not.toBe('');
      }
    }
  });

  it('hold every key the extension and the manifest use', () => {
    const en = load('en');
    const used = new Set<string>();
    for (const f of walk('extension').filter((x) => /\.tsx?$/.test(x))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]);
      for (const m of readFileSync(f, 'utf8').matchAll(/getMessage\('([A-Za-z]+)'/g)) used.add(m[1]);
    }
    for (const m of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]);
    for (const v of ['Matches', 'Conflicts', 'Revised', 'Misattributed', 'Inconsistent', 'Untracked']) { used.add(`verdict${v}`); used.add(`verdict${v}Explain`); }
    for (const k of ['WrongFigure', 'WrongSource', 'WrongEvent', 'MissingClaim', 'ClaimRevised', 'NotAFigure']) used.add(`kind${k}`);
    for (const c of ['Killed', 'Wounded', 'Missing', 'Captured', 'Casualties']) used.add(`category${c}`);
    for (const st of ['Draft', 'Queued', 'Sent', 'Failed']) used.add(`optStatus${st}`);
    // message codes of the core, shown through t(code)
    for (const k of Object.keys(ERROR_MESSAGES)) used.add(k);
    for (const k of Object.keys(SUBSCRIPTION_MESSAGES)) used.add(k);
    for (const k of Object.keys({ ...REFUSAL_MESSAGES, ...DELIVERY_MESSAGES, ...SUMMARY_MESSAGES })) used.add(k);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('say what the core says in English, with a value for each of its $n', () => {
    const en = load('en');
    for (const [code, template] of Object.entries({ ...REFUSAL_MESSAGES, ...DELIVERY_MESSAGES, ...SUMMARY_MESSAGES })) {
      const m = en[code];
      const placeholders = Object.entries(m.placeholders ?? {});
      expect(placeholders.length, code).toBe(templateArity(template));
      const filled = m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => m.placeholders![name.toLowerCase()].content);
      expect(filled, code).toBe(template);
    }
  });
});
