// The hard cases real news has (issue: extraction a fact-checker can trust).
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../src/extract/extract.ts';
import { mayHoldCasualtyFigure } from '../../src/extract/prefilter.ts';
import { CASUALTY_AFTER, CASUALTY_BEFORE } from '../../src/extract/lexicon.ts';

const fig = (s: string) => extractFromSentence(s).map((m) => ({ text: m.text, low: m.low, high: m.high, category: m.category, source: m.source }));

describe('hard cases', () => {
  it('reads a single victim by the casualty word that follows it, captured and missing included', () => {
    expect(fig('Child killed, mother injured in shelling of Gorlovka').map((m) => [m.text, m.category])).toEqual([['Child', 'killed'], ['mother', 'wounded']]);
    expect(fig('Ukrainian pilot captured by rebels, Kiev says')).toEqual([{ text: 'pilot', low: 1, high: 1, category: 'captured', source: 'Kiev' }]);
    expect(fig('Journalist missing in eastern Ukraine')).toEqual([{ text: 'Journalist', low: 1, high: 1, category: 'missing', source: null }]);
    // every noun the extractor reads as one victim gets past the page's prefilter
    expect(mayHoldCasualtyFigure('OSCE monitor hurt by mine explosion in eastern Ukraine')).toBe(true);
    expect(fig('OSCE monitor hurt by mine explosion in eastern Ukraine')).toEqual([{ text: 'OSCE monitor', low: 1, high: 1, category: 'wounded', source: null }]);
  });

  it('reads "none of the 150 passengers" as zero, not as 150 hurt', () => {
    expect(fig('None of the 150 passengers was hurt, the airline said.')).toEqual([{ text: 'None', low: 0, high: 0, category: 'wounded', source: 'airline' }]);
  });

  it('reads the drowned as dead', () => {
    expect(fig('Some 30 migrants drowned when their boat capsized off Libya, the IOM said.')).toEqual([{ text: 'Some 30', low: 30, high: 30, category: 'killed', source: 'IOM' }]);
    expect(mayHoldCasualtyFigure('Some 30 migrants drowned when their boat capsized off Libya.')).toBe(true);
  });

  it('reads tolls said in other ways', () => {
    expect(fig('Sudan clashes: death toll climbs past 400, WHO says')).toEqual([{ text: 'past 400', low: 401, high: null, category: 'killed', source: 'WHO' }]);
    expect(fig('The official death toll, which stands at 72, is expected to rise.')).toEqual([{ text: '72', low: 72, high: 72, category: 'killed', source: null }]);
    expect(fig('Officials put the number of dead at between 50 and 60.')).toEqual([{ text: 'between 50 and 60', low: 50, high: 60, category: 'killed', source: 'Officials' }]);
    // still an age, not a figure
    expect(fig('Musician dead at 69')).toEqual([]);
  });

  it('does not take a headline that leads with the event for its source', () => {
    expect(fig('Turkey quake: More than 20,000 now confirmed dead')[0]).toMatchObject({ low: 20001, source: null });
    expect(fig('UN: At least 200 civilians killed in Mariupol')[0]).toMatchObject({ low: 200, source: 'UN' });
  });

  it('reads an explicit zero said with "no" and a casualty noun, and nothing else as one', () => {
    expect(fig('Medics said no deaths were reported.')).toEqual([{ text: 'no', low: 0, high: 0, category: 'killed', source: 'Medics' }]);
    expect(fig('No casualties reported after overnight shelling of Avdiivka')).toEqual([{ text: 'No', low: 0, high: 0, category: 'casualties', source: null }]);
    expect(fig('Officials reported no civilian casualties in the attack.')[0]).toMatchObject({ low: 0, category: 'casualties', source: 'Officials' });
    expect(fig('There is no death toll yet for the storm.')).toEqual([]);
    expect(fig('No more deaths were reported after Tuesday.')).toEqual([]);
    expect(mayHoldCasualtyFigure('Medics said no deaths were reported.')).toBe(true);
  });

  it('reads killings said as "to death" and executions', () => {
    expect(fig('Five people were stabbed to death in the village.')).toEqual([{ text: 'Five', low: 5, high: 5, category: 'killed', source: null }]);
    expect(fig('A 34-year-old man was stabbed to death outside a nightclub early Sunday.')).toEqual([{ text: 'man', low: 1, high: 1, category: 'killed', source: null }]);
    expect(fig('The militants executed a hostage, the group said.')).toEqual([{ text: 'hostage', low: 1, high: 1, category: 'killed', source: 'group' }]);
    expect(fig('The court sentenced three men to death.')).toEqual([]);
  });

  it('reads a single victim among a figure as a figure of its own', () => {
    expect(fig('Young girl among six killed in east Ukraine').map((m) => [m.text, m.low])).toEqual([['girl', 1], ['six', 6]]);
    expect(fig('A child was among the 12 dead, officials said.').map((m) => [m.text, m.low, m.source])).toEqual([['child', 1, 'officials'], ['12', 12, 'officials']]);
    expect(fig('The reporter was among the crowd when 3 people were killed.').map((m) => m.text)).toEqual(['3']);
  });

  it('never loses on the page a casualty word the extractor reads', () => {
    // these count only with a companion word, which the prefilter knows
    const withCompanion: Record<string, string> = { taken: '3 taken prisoner', claimed: 'claimed 3 lives', claiming: 'claiming 3 lives', claims: 'claims 3 lives', 'loss of': 'the loss of 3 workers', 'life of': 'claimed the life of 1 worker' };
    const lost = [...Object.keys(CASUALTY_AFTER), ...Object.keys(CASUALTY_BEFORE)].filter((k) => !mayHoldCasualtyFigure(withCompanion[k] ?? `3 ${k}`));
    expect(lost).toEqual([]);
  });

  it('reads casualties said as taken to hospital, martyred, or still unaccounted for', () => {
    expect(fig('Eight people were taken to hospital with minor injuries.')).toEqual([{ text: 'Eight', low: 8, high: 8, category: 'wounded', source: null }]);
    expect(fig('Turkish media reported that 5 soldiers were martyred in the clashes.')).toEqual([{ text: '5', low: 5, high: 5, category: 'killed', source: 'Turkish media' }]);
    expect(fig('An estimated 250 people remain unaccounted for, officials said.')).toEqual([{ text: 'An estimated 250', low: 250, high: 250, category: 'missing', source: 'officials' }]);
    expect(fig('The 3 suspects were taken to a police station.')).toEqual([]);
  });

  it('reads Indian digit grouping', () => {
    expect(fig('In India, 28,25,140 people have recovered and 1,97,666 have died.')).toEqual([
      { text: '1,97,666', low: 197666, high: 197666, category: 'killed', source: null },
    ]);
  });

  it('reads three figures sharing one verb', () => {
    expect(fig('Forty-five passengers, four crew, and one person on the ground died.').map((m) => m.low)).toEqual([45, 4, 1]);
  });

  it('reads "left four officers and 16 Nazis dead"', () => {
    expect(fig('The raid left four officers and 16 Nazis dead.').map((m) => [m.low, m.category])).toEqual([[4, 'killed'], [16, 'killed']]);
  });

  it('reads cumulative tolls', () => {
    expect(fig('Death toll rises to 28')).toEqual([{ text: '28', low: 28, high: 28, category: 'killed', source: null }]);
    expect(fig('Death toll in Kiev clashes rises to 35 - Ukraine Health Ministry')[0]).toMatchObject({ low: 35, source: 'Ukraine Health Ministry' });
    expect(fig('Ukraine raises death toll from rebel attacks in east to 17')[0]).toMatchObject({ low: 17, source: 'Ukraine' });
    expect(fig('Rebel toll from Slavyansk raid tops 30: interior minister')[0]).toMatchObject({ low: 31, high: null, source: 'interior minister' });
  });

  it('reads headlines with a trailing source', () => {
    expect(fig('Four protesters killed in police assault on Kiev camp: opposition')[0].source).toBe('opposition');
    expect(fig('Three soldiers killed in east, says DPR spokesman')[0].source).toBe('DPR spokesman');
    expect(fig('Four Ukrainian servicemen killed in new fighting-military source')[0].source).toBe('military source');
    // a wire tag glued to the source is not part of it
    expect(fig('RPT-Ukraine says six soldiers killed, 24 wounded in east').map((m) => m.source)).toEqual(['Ukraine', 'Ukraine']);
  });

  it('reads a source named before the figure across a clause', () => {
    expect(fig('Kiev claimed that upto 400 Russian soldiers might have been killed.')[0]).toMatchObject({ low: null, high: 400, source: 'Kiev' });
  });

  it('reads figures separated from their casualty word by a victims phrase', () => {
    expect(fig('The attack on Makeyevka at 12.02 am killed 89 Russian conscripts.')[0]).toMatchObject({ low: 89, category: 'killed' });
    expect(extractFromSentence('Missiles have killed scores of Russian soldiers.')[0]).toMatchObject({ low: 40, vague: true, victims: 'Russian soldiers' });
  });

  it('reads an explicit zero, and a forecast toll as a projection, never as a count', () => {
    expect(fig('No one was killed in the blast.')).toEqual([{ text: 'No one', low: 0, high: 0, category: 'killed', source: null }]);
    expect(extractFromSentence('The new strain could kill thousands.').map((m) => [m.text, m.low, m.projection])).toEqual([['thousands', 2000, true]]);
    expect(extractFromSentence('Officials warned the heat would kill hundreds.').map((m) => [m.text, m.projection])).toEqual([['hundreds', true]]);
    // a threat or an order is no figure at all
    expect(fig('Rebels vowed to kill 10 hostages.')).toEqual([]);
  });

  it.each([
    ['an age', 'The soldier, aged 19, was killed in the strike.', 19],
    ['a time', 'The missiles hit at 12.02 am and the building collapsed, killing dozens.', 12],
    ['money', 'The war has cost $2 billion and killed hundreds.', 2],
    ['a year', 'In 2023, at least 63 soldiers were killed.', 2023],
    ['weapons', 'As many as six deadly HIMARS missiles killed dozens.', 6],
    ['a percentage', 'The disease killed up to 60 percent of the trees.', 60],
    ['a rate', 'The war is killing one person every 30 minutes.', 1],
  ])('skips %s', (_what, sentence, value) => {
    expect(extractFromSentence(sentence).map((m) => m.low)).not.toContain(value);
  });

  it('does not count an age as a figure, but the victim it stands for', () => {
    expect(fig('Combat vehicle kills 8-year-old - TV')).toEqual([{ text: '8-year-old', low: 1, high: 1, category: 'killed', source: 'TV' }]);
  });

  it('reads "all N" after a casualty verb, bodies counted after "more" or "remaining", and one body', () => {
    expect(fig('The bus plunged into a gorge, killing all 37 people on board.')).toEqual([{ text: '37', low: 37, high: 37, category: 'killed', source: null }]);
    expect(fig('The avalanche killed all nine climbers in the party.')).toEqual([{ text: 'nine', low: 9, high: 9, category: 'killed', source: null }]);
    expect(fig('Rescuers recovered four more bodies from the rubble on Sunday.')).toEqual([{ text: 'four', low: 4, high: 4, category: 'killed', source: null }]);
    expect(fig('The two remaining bodies will be flown home on Friday.')).toEqual([{ text: 'two', low: 2, high: 2, category: 'killed', source: null }]);
    expect(fig('Divers said a life raft and one body had been pulled from the lake.').map((m) => [m.low, m.category])).toEqual([[1, 'killed']]);
    expect(fig('The governing body met on Monday with 12 members.')).toEqual([]);
    expect(fig('All 150 passengers survived the crash.')).toEqual([]);
  });

  it('reads homicides, assassinations, lynchings, and a harm verb before the number with "to death" after it', () => {
    expect(fig('The city recorded 41 homicides last year.').map((m) => [m.low, m.category])).toEqual([[41, 'killed']]);
    expect(fig('Two journalists were assassinated in Kyiv.').map((m) => [m.low, m.category])).toEqual([[2, 'killed']]);
    expect(fig('The mob lynched two men accused of theft.').map((m) => [m.low, m.category])).toEqual([[2, 'killed']]);
    expect(fig('Attackers beat two shopkeepers to death.').map((m) => [m.low, m.category])).toEqual([[2, 'killed']]);
    // killed, not captured: the prisoners were shot to death
    expect(fig('Gunmen shot three prisoners to death.').map((m) => [m.low, m.category])).toEqual([[3, 'killed']]);
    expect(fig('The court sentenced three men to death.')).toEqual([]);
  });

  it('reads no figure in a span of years, nor in a rate said in Title Case', () => {
    expect(fig('Between 2001 and 2009 there were only three years in which no deaths were recorded.').filter((m) => m.low !== 0)).toEqual([]);
    expect(fig('WHO Warns Cholera Outbreak in Yemen Is Killing One Child Every 10 Minutes')).toEqual([]);
    expect(fig('Between 20 and 30 people were killed.')).toEqual([{ text: 'Between 20 and 30', low: 20, high: 30, category: 'killed', source: null }]);
  });
});

