// The pieces event identity is built from: name folding, dates in the text and the page,
// scope words, page furniture.
import { describe, expect, it } from 'vitest';
import { holdsName, keySet, nameKeys, tokenize, wordKey } from '../../src/match/names.ts';
import { dateFromDateline, dateFromUrl, parseDateValue, relate, textDates } from '../../src/match/dates.ts';
import { cumulativeScope, placesNamed } from '../../src/match/scope.ts';
import { datesFromJsonLd, jsonLdDateFields } from '../../src/page/facts.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { htmlToPageText } from '../../src/page/html.ts';

describe('names folded the way people write them', () => {
  it('gives every spelling of a place one key', () => {
    const groups = [
      ['Olenivka', 'Olenovka', 'Elenovka', 'Yelenovka', 'Оленівка', 'Еленовка'],
      ['Dnipro', 'Dnepr', 'Дніпро'],
      ['Kremenchuk', 'Kremenchug', 'Кременчук', 'Кременчуг'],
      ['Hroza', 'Groza', 'Гроза'],
      ['Makiivka', 'Makeyevka', 'Makeevka', 'Makijiwka', 'Макіївка', 'Макеевка'],
      ['Chaplyne', 'Chaplino', 'Чаплине'],
      ['theatre', 'theater'],
      ['retaliatory', 'retaliation'],
    ];
    for (const g of groups) expect(new Set(g.map(wordKey)).size, g.join('/')).toBe(1);
    expect(wordKey('Bucha')).not.toBe(wordKey('beach'));
    expect(wordKey('Moskva')).not.toBe(wordKey('Moscow'));
  });

  it('matches a name in any word order, and a proper noun only from a capitalized word', () => {
    const name = nameKeys('Kramatorsk retaliatory strike');
    expect(holdsName(keySet(tokenize('Russia claimed a retaliatory strike on Kramatorsk.')), name)).toBe(true);
    expect(holdsName(keySet(tokenize('a strike on the station')), name)).toBe(false);
    expect(holdsName(keySet(tokenize('bucha')), nameKeys('Bucha'))).toBe(false);
    expect(holdsName(keySet(tokenize('Bucha')), nameKeys('Bucha'))).toBe(true);
  });
});

describe('dates', () => {
  it('reads the page date from metadata values, the address and a dateline', () => {
    expect(parseDateValue('2023-01-05T10:00:00Z')).toBe('2023-01-05');
    expect(parseDateValue('Thu, 05 Jan 2023 10:00:00 GMT')).toBe('2023-01-05');
    expect(parseDateValue('20220729')).toBe('2022-07-29');
    expect(parseDateValue('2023-02-30')).toBeNull();
    expect(dateFromUrl('https://x.com/world/2023/09/22/kremenchuk')).toBe('2023-09-22');
    expect(dateFromUrl('https://x.com/europe/2023-01-04/makiivka')).toBe('2023-01-04');
    expect(dateFromUrl('https://x.com/2023/09/kremenchuk')).toBeNull();
    expect(dateFromDateline('Published April 19, 2024 at 14:32')).toBe('2024-04-19');
    expect(dateFromDateline('Updated 24 January 2015, 19:05 GMT')).toBe('2015-01-24');
    expect(datesFromJsonLd('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-05-06","dateModified":"2019-05-07"}]}'))
      .toEqual({ published: '2019-05-06', modified: '2019-05-07' });
    expect(datesFromJsonLd('not json')).toEqual({ published: null, modified: null });
  });

  it('reads the JSON-LD dates from the few bytes the content script sends as from the whole script', () => {
    const dir = '../shared/corpus/pages';
    let scripts = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      for (const [, text] of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/<script[^>]*ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
        scripts++;
        const fields = jsonLdDateFields(text);
        const whole = datesFromJsonLd(text);
        const few = fields === null ? { published: null, modified: null } : datesFromJsonLd(fields);
        // never a date lost; a date found where the whole script does not parse (aclu.html wraps it in CDATA)
        if (whole.published || whole.modified) expect(few, f).toEqual(whole);
        if (fields) expect(fields.length).toBeLessThan(600);
      }
    }
    expect(scripts).toBeGreaterThan(10);
  });

  it('resolves the dates a text gives against the page date', () => {
    const at = (text: string, ref: string | null) => textDates(text, ref).map((d) => [d.from, d.to, d.precision]);
    expect(at('Missiles hit the city on Sept. 22, killing two.', '2023-09-23')).toEqual([['2023-09-22', '2023-09-22', 'day']]);
    expect(at('Missiles hit the city on Sept. 22.', null)).toEqual([['0000-09-22', '0000-09-22', 'monthday']]);
    expect(at('Shells hit the market in 2015.', '2023-01-01')).toEqual([['2015-01-01', '2015-12-31', 'year']]);
    expect(at('Last October, 500 died.', '2023-01-05')).toEqual([['2022-10-01', '2022-10-31', 'month']]);
    expect(at('the attack on New Year\'s night', '2023-01-03')).toEqual([['2022-12-31', '2023-01-01', 'day']]);
    expect(at('On Tuesday the toll rose.', '2023-01-05')).toEqual([['2023-01-03', '2023-01-03', 'day']]);
    expect(at('the January 2023 strike', null)).toEqual([['2023-01-01', '2023-01-31', 'month']]);
    expect(at('killed 2000 people', '2023-01-05')).toEqual([]); // a count, not a year
    expect(at('killed since October 2023', '2025-01-05')).toEqual([]); // a period's start dates no event
  });

  it('tells a date that fits an event from a report date and from another date', () => {
    const [later] = textDates('the toll rose to 89 on Wednesday', '2023-01-04');
    expect(relate(later, '2023-01-01', '2023-01-01')).toBe('after');
    const [attack] = textDates('a drone hit the city on Thursday, killing one', '2023-01-20');
    expect(relate(attack, '2023-01-14', '2023-01-14')).toBe('other');
    const [year] = textDates('in 2015', null);
    expect(relate(year, '2023-01-01', '2023-01-01')).toBe('other');
    const [monthDay] = textDates('on October 5', null);
    expect(relate(monthDay, '2023-10-05', '2023-10-05')).toBe('fits');
  });
});

describe('scope and places', () => {
  it('reads a live blog from its title', async () => {
    const { eventsForPage } = await import('../../src/match/events.ts');
    const event = { id: 'a', title: 'Strike on Makiivka', aliases: [], places: ['Makiivka', 'Ukraine'], date: '2023-01-01', keywords: ['HIMARS'] };
    const tie = (title: string) => eventsForPage({ title, url: '', publishedAt: '2023-01-02' }, [{ id: 0, text: 'Two people were killed overnight.' }], [event]).bySentence.get(0)!.event?.id ?? null;
    expect(tie('HIMARS strike on Makiivka kills 63')).toBe('a');
    expect(tie('Russia-Ukraine war live: HIMARS strike on Makiivka kills 63')).toBeNull();
    expect(tie('Makiivka strike: live updates on HIMARS attack')).toBeNull();
    expect(tie('Families in Makiivka live in fear after HIMARS strike')).toBe('a');
  });

  it('finds totals of another scope, but not a comparison', () => {
    expect(cumulativeScope('more than 50,900 people have been killed since the war began')).toMatch(/since the war/);
    expect(cumulativeScope('760 Russian soldiers had been killed in the past day')).toMatch(/past day/);
    expect(cumulativeScope('The Palestinian death toll in the war has risen to 3,478')).toBeTruthy();
    expect(cumulativeScope('the deadliest strike on Russian troops since the war began, killing 89')).toBeNull();
    expect(cumulativeScope('63 soldiers were killed in the strike')).toBeNull();
  });

  it('finds the places a sentence gives for what happened', () => {
    expect(placesNamed('Earlier, a strike in Horlivka killed 5 civilians.')).toEqual(['Horlivka']);
    expect(placesNamed('Russian shelling of Kostiantynivka killed 17 people.')).toEqual(['Kostiantynivka']);
    expect(placesNamed('Russian officials in Moscow said 63 soldiers were killed.')).toEqual([]);
    expect(placesNamed('a strike on the Greek Orthodox Church of Saint Porphyrius killed 18')).toContain('Greek Orthodox Church of Saint Porphyrius');
  });
});

describe('page furniture and the lede, for the CLI', () => {
  it('marks navigation, sidebars, related boxes and link lists; the lede skips them', () => {
    const page = htmlToPageText(`<body><nav><p>Home: 3 killed in a link</p></nav><article><h1>Headline</h1>
      <p>The first paragraph of the story is long enough to be part of the lede of this page.</p>
      <ul><li><a href="/x">Makiivka strike: 89 killed</a></li></ul></article>
      <div class="related-stories"><p>Kramatorsk: 57 killed and more, in a box of related stories</p></div>
      <aside><p>Sidebar text that is long enough to count as a lede paragraph if it were read.</p></aside></body>`);
    expect(page.headline).toBe('Headline');
    expect(page.lede).toEqual(['The first paragraph of the story is long enough to be part of the lede of this page.']);
    const furniture = page.blocks.filter((_, i) => page.furniture[i]);
    expect(furniture).toEqual(['Home: 3 killed in a link', 'Makiivka strike: 89 killed', 'Kramatorsk: 57 killed and more, in a box of related stories',
      'Sidebar text that is long enough to count as a lede paragraph if it were read.']);
  });

  it('dates a page from JSON-LD, the canonical address or a visible dateline', () => {
    expect(htmlToPageText('<script type="application/ld+json">{"datePublished":"2023-09-22T09:40:00+03:00"}</script><p>x</p>').publishedAt).toBe('2023-09-22');
    expect(htmlToPageText('<link rel="canonical" href="https://n.org/2011/08/19/boat"><p>x</p>').publishedAt).toBe('2011-08-19');
    const byline = htmlToPageText('<div class="story-meta">Published April 19, 2024 at 14:32</div><p>x</p>');
    expect([byline.publishedAt, byline.dateSource]).toEqual(['2024-04-19', 'dateline']);
    // an infobox's birthday, a reference's access date, an "as of" update are not the page's date
    expect(htmlToPageText('<table><tr><td><span class="bday published">1998-02-28</span></td></tr></table><p>x</p>').publishedAt).toBeNull();
    expect(htmlToPageText('<span class="reference-accessdate">Retrieved 3 March 2015</span><span class="asof-tag update">June 2016</span>').publishedAt).toBeNull();
  });
});
