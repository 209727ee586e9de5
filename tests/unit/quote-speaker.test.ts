// A quote of several sentences names its speaker after its last one; the splitter cuts the
// quote apart, and the figures in its first sentences keep the speaker named where it closes.
import { describe, expect, it } from 'vitest';
import { closedQuote, opensQuote, quoteGoesOn } from '../../src/extract/quote-speaker.ts';
import { extractMentions } from '../../src/extract/extract.ts';
import { sentencesOfBlocks } from '../../src/page/block-sentences.ts';
import { extractCandidates } from '../../src/match/scan.ts';

const sources = (text: string) => extractMentions(text).map((m) => [m.text, m.source]);

describe('a quote of several sentences', () => {
  it('closes the first sentence where the quote closes, with the words after it', () => {
    expect(opensQuote('“Nine people have died.')).toBe('curly');
    expect(opensQuote('"Nine people have died.')).toBe('straight');
    expect(opensQuote('“Nine people have died,” he said.')).toBeNull();
    expect(closedQuote('“Nine people have died.', ' Nine others are hurt,” the spokesman said. The fire was out by noon.'))
      .toBe('“Nine people have died,” the spokesman said.');
    // initials do not end the speaker's sentence
    expect(closedQuote('“Nine people have died.', ' It was awful,” B. K. Rao, the collector, told reporters. Later …'))
      .toBe('“Nine people have died,” B. K. Rao, the collector, told reporters.');
  });

  it('names no speaker where the quote closes on a full stop, or is opened again first, or never closes', () => {
    expect(closedQuote('“Nine people have died.', ' It was awful.” The mayor said nothing else.')).toBeNull();
    expect(closedQuote('“Nine people have died.', ' “It was awful,” he said.')).toBeNull();
    expect(closedQuote('“Nine people have died.', ' It was awful.')).toBeNull();
  });

  it('gives the figures of its first sentences the speaker named after its last', () => {
    expect(sources('“Twelve passengers are dead and 20 are injured. The injured are in hospital,” a district officer told reporters.'))
      .toEqual([['Twelve', 'district officer'], ['20', 'district officer']]);
    expect(sources('"We found four more bodies. The search goes on," he said.')).toEqual([['four', 'he']]);
    // a sentence in the middle of the quote, with no quote mark of its own
    expect(sources('"The enemy struck again. [...] Two people were killed. These are first reports," the governor said.')).toEqual([['Two', 'governor']]);
    // (but a sentence before a quote of its own keeps none)
    expect(sources('Two people died. "It was awful," he said.')).toEqual([['Two', null]]);
    // (a speaker the sentence names itself is kept)
    expect(sources('“Police say six were killed. The search goes on,” he said.')).toEqual([['six', 'Police']]);
    expect(sources('“Six were killed. It was awful.” The mayor said nothing else.')).toEqual([['Six', null]]);
  });

  it('reads in the background the same speaker as the CLI, for a quote in single marks or one closed with an opening mark', () => {
    // (the background carried the text after a sentence only when a double or closing curly mark followed, so a quote
    // closed as British copy closes it, or with "“" after its comma, gave the extension no speaker where the CLI had one)
    const page = { title: 't', url: 'https://example.org/a', lede: [] };
    for (const text of [
      "'About 120 have died. Most were students,' said a police officer. Trains ran again by noon.",
      '“More bodies are coming in. We have nearly 40 bodies here,“ one of the sources said.',
    ]) {
      const cli = sources(text);
      expect(cli.every(([, source]) => source !== null)).toBe(true);
      const { request } = sentencesOfBlocks({ page, blocks: [{ id: 2, text }] });
      expect(extractCandidates(request.sentences).map(({ m }) => [m.text, m.source])).toEqual(cli);
    }
  });

  it('does the same in the background, which carries the text after such a sentence from its block', () => {
    const { request } = sentencesOfBlocks({
      page: { title: 't', url: 'https://example.org/a', lede: [] },
      blocks: [{ id: 3, text: '“Twelve passengers are dead. The rest are safe,” the collector said. Trains ran again by noon.' }],
    });
    expect(request.sentences[0].following).toBe(' The rest are safe,” the collector said. Trains ran again by noon.');
    expect(extractCandidates(request.sentences).map(({ m }) => [m.text, m.source])).toEqual([['Twelve', 'collector']]);
  });
});

// Found on stop 47's sets (the Rawda mosque attack): a village elder quoted, then his quote going on in a sentence of
// its own ("…,” said a village elder. “One woman lost her husband and two sons …”).
describe('a quote that goes on after its speaker was named', () => {
  it('closes the sentence on the speaker named after the quote before it', () => {
    expect(quoteGoesOn('“Two brothers died in the fire.”', 'It was awful. “Everyone lost someone,” said Omar Saleh, a teacher. '))
      .toBe('“Two brothers died in the fire,” said Omar Saleh, a teacher.');
    expect(quoteGoesOn('"Two brothers died in the fire."', '"Everyone lost someone," the mayor said. ')).toBe('"Two brothers died in the fire," the mayor said.');
  });

  it('names no one when the sentence before is no quote closed on a comma with its speaker, or text stands between', () => {
    // a quote closed on a full stop names no speaker after it
    expect(quoteGoesOn('“Two brothers died in the fire.”', '“Everyone lost someone.” The mayor said nothing. ')).toBeNull();
    // the sentence before is the writer's, not a quote
    expect(quoteGoesOn('“Two brothers died in the fire.”', 'The mayor said the town was in mourning. ')).toBeNull();
    // a sentence that does not open with a quote goes on from nothing
    expect(quoteGoesOn('Two brothers died in the fire.', '“Everyone lost someone,” the mayor said. ')).toBeNull();
  });

  it('gives the sentence\'s figures that speaker, in the CLI and in the background alike', () => {
    const text = '“Everyone lost someone,” said Omar Saleh, a teacher. “Two of my cousins were killed in the raid.”';
    expect(sources(text)).toEqual([['Two', 'Omar Saleh']]);
    const { request } = sentencesOfBlocks({ page: { title: 't', url: 'https://example.org/a', lede: [] }, blocks: [{ id: 1, text }] });
    expect(request.sentences[0].preceding).toBe('“Everyone lost someone,” said Omar Saleh, a teacher. ');
    expect(extractCandidates(request.sentences).map(({ m }) => [m.text, m.source])).toEqual([['Two', 'Omar Saleh']]);
  });
});

describe('a quote that trails off (stop 53)', () => {
  it('names the speaker after a quote closed on an ellipsis', () => {
    expect(sources('"The number of victims has risen to 59. My condolences to the families..." - the governor wrote.')).toEqual([['59', 'governor']]);
    // (guard: a quote closed on a full stop still names no one)
    expect(sources('“Six were killed. It was awful.” The mayor said nothing else.')).toEqual([['Six', null]]);
  });
});

describe('a quote opened by a name and a colon, or with straight marks (stop 70)', () => {
  it('names who opened the quote for its later sentences', () => {
    // a live page's entry: its time, a dash, a name with its title and a colon
    expect(sources('11:30 GMT – Governor Seyi Makinde: "We have lost 21 souls. Nine others are in hospital."'))
      .toEqual([['21', 'Governor Seyi Makinde'], ['Nine', 'Governor Seyi Makinde']]);
    expect(sources('Governor Seyi Makinde: “We have lost 21 people. Nine others are in hospital.”'))
      .toEqual([['21', 'Governor Seyi Makinde'], ['Nine', 'Governor Seyi Makinde']]);
    // a straight quote opened after a saying and left open into the next sentence
    expect(sources('Governor Seyi Makinde said, "We have lost 21 people. Nine others are in hospital."'))
      .toEqual([['21', 'Governor Seyi Makinde'], ['Nine', 'Governor Seyi Makinde']]);
  });

  // (guards: both read so before as well)
  it('names no one for a place or a topic before the colon, or after a quote closed', () => {
    expect(sources('Kyiv Region: “Two people were killed.”')).toEqual([['Two', null]]);
    // (guard: the quote closed before the sentence, its speaker named after it)
    expect(sources('"We have lost 21 people," he said. Nine others are in hospital.')).toEqual([['21', 'he'], ['Nine', null]]);
  });
});
