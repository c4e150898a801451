import { describe, expect, test } from 'vitest';
import { bulletedItem, labelItem, metricWordOf, placeLabelItem, placeTallyItem, tableRowItem } from './lists.ts';
import { extract } from './index.ts';

describe('label lines', () => {
  test.each([
    ['Killed: 1,234', '1,234 killed'],
    ['Injured: 3,456', '3,456 injured'],
    ['Displaced: more than 20,000 people', 'more than 20,000 people displaced'],
    ['Total deaths: 85', '85 deaths'],
    ['Children killed: 12 (including 3 infants)', '12 children killed'],
    ['• Missing: about 40', 'about 40 missing'],
    ['Palestinians detained: 310', '310 Palestinians detained'],
    ['Refugees: 1.2 million', '1.2 million refugees'],
    // A metric word with a phrase of when or where after it.
    ['- Soldiers killed since 7 October 2023: 807', '807 soldiers killed since 7 October 2023'],
    ['Civilians wounded in the northern districts: 1,240', '1,240 civilians wounded in the northern districts'],
    // A bracketed note after the label: where, or whose figure it is.
    ['Internally displaced people (North Kivu): 1.9 million', '1.9 million internally displaced people in North Kivu'],
    ['Civilians killed since 1 January (reported to the Protection Cluster): 2,960', '2,960 civilians killed since 1 January, according to the Protection Cluster'],
  ])('%s reads as "%s"', (line, reading) => {
    expect(labelItem(line)?.reading).toBe(reading);
  });

  test.each([
    'Gaza: 40 killed in strike on school', // a topic label, not a metric
    'Killed: none reported',
    'Updated: 12 March 2025',
    'Death toll rises: officials',
    'Casualties:',
    'Wounded veterans association founded in 1998: 12 branches', // no figure of people after the label
  ])('%s is no label line', (line) => {
    expect(labelItem(line)).toBeNull();
  });

  test('offsets leave the bullet out', () => {
    const item = labelItem('-  Killed: 7');
    expect(item).toMatchObject({ start: 3, end: 12 });
  });
});

describe('bulleted items', () => {
  test.each([
    ['- 52 people killed in the past week', '52 people killed in the past week'],
    ['• hundreds of families displaced', 'hundreds of families displaced'],
    ['– 310 injured', '310 injured'],
  ])('%s reads as "%s"', (line, reading) => {
    expect(bulletedItem(line)?.reading).toBe(reading);
  });

  test.each(['- Aid convoys reached the city', '52 people killed in the past week', '-52 people', '- How many were killed in 2024?'])('%s is no item', (line) => {
    expect(bulletedItem(line)).toBeNull();
  });
});

describe('places listed under a lead-in that names the metric', () => {
  test.each([
    ['- Buner: 209', { label: 'Buner', figure: '209' }],
    ['• North district: about 40', { label: 'North district', figure: 'about 40' }],
  ])('%s is a place and a figure', (line, parts) => {
    expect(placeLabelItem(line)).toMatchObject(parts);
  });

  test.each(['Buner: 209', '- Buner: 209 dead and 12 missing', '- Note: see the map'])('%s is not', (line) => {
    expect(placeLabelItem(line)).toBeNull();
  });

  test.each([
    ['the deaths were reported from the following districts', 'deaths'],
    ['the ministry gave these figures', null],
  ])('the metric of "%s" is %s', (leadIn, word) => {
    expect(metricWordOf(leadIn)).toBe(word);
  });
});

describe('pipe tables', () => {
  const header = ['Region', 'Deaths', 'Missing', 'Displaced'];
  test('a row reads one sentence per metric column, zeros left out', () => {
    const item = tableRowItem('| Mandalay | 9 | 0 | 8,750 |', header);
    expect([item?.reading, ...(item?.more ?? [])]).toEqual(['9 deaths in Mandalay', '8,750 displaced in Mandalay']);
  });

  test.each(['|---|---|---|---|', '| Mandalay | 9 | 0 |', '| Mandalay | n/a | none | - |'])('%s gives no item', (line) => {
    expect(tableRowItem(line, header)).toBeNull();
  });

  test('a table under a lead-in gives one claim a cell, each with the row as evidence', () => {
    const text = 'The disaster agency reported the following casualties on 10 March:\n\n| Region | Deaths | Missing |\n| Bago | 14 | 3 |\n| Kayin | 6 | 5 |';
    const { claims } = extract({ text, published: '2025-03-14T10:00:00' });
    expect(claims.map((c) => [c.metric, c.min, c.location, c.evidence.text, c.source[0]?.kind])).toEqual([
      ['killed', 14, 'Bago', '| Bago | 14 | 3 |', 'government'],
      ['missing', 3, 'Bago', '| Bago | 14 | 3 |', 'government'],
      ['killed', 6, 'Kayin', '| Kayin | 6 | 5 |', 'government'],
      ['missing', 5, 'Kayin', '| Kayin | 6 | 5 |', 'government'],
    ]);
  });

  test('bulleted places take the lead-in\'s metric', () => {
    const text = 'According to the authority, the deaths were reported from the following districts:\n- Buner: 209\n- Swat: 22';
    const { claims } = extract({ text, published: '2025-03-14T10:00:00' });
    expect(claims.map((c) => [c.metric, c.min, c.location])).toEqual([['killed', 209, 'Buner'], ['killed', 22, 'Swat']]);
  });
});

describe('lists under a heading that says whose figures they are', () => {
  test('long bulleted lines are a list, not hard-wrapped prose, and "Figures published by X" attributes them', () => {
    const text = [
      'Figures published by the Ministry of Defence on Monday, with our notes below.',
      ['- Soldiers killed since the start of the offensive: 1,204', '- Soldiers wounded in the eastern operation so far: 3,870', '- Soldiers missing in the eastern operation so far: 212'].join('\n'),
    ].join('\n\n');
    const { claims } = extract({ text, published: '2025-03-14T10:00:00' });
    expect(claims.map((c) => [c.metric, c.min]).sort()).toEqual([['killed', 1204], ['missing', 212], ['wounded', 3870]]);
    for (const c of claims) expect(c.source.map((s) => s.name)).toEqual(['the Ministry of Defence']);
    expect(claims[0]!.asOf).toBe('2025-03-10');
  });
});

describe('place tally lines', () => {
  test.each([
    ['Ratnapura: 7 dead, 3 missing, 8,940 in safety centres', ['7 dead in Ratnapura', '3 missing in Ratnapura', '8,940 in safety centres in Ratnapura']],
    ['- North Kivu: 12 killed; 40 wounded', ['12 killed in North Kivu', '40 wounded in North Kivu']],
  ])('%s', (line, readings) => {
    const item = placeTallyItem(line)!;
    expect([item.reading, ...(item.more ?? [])]).toEqual(readings);
  });

  test.each([
    'Gaza: 40 killed in strike on school', // a headline: words after the tally that are no metric's
    'Ratnapura: 7 dead, 3 houses destroyed', // a tally that counts no people
    'Updated 12 March: 7 dead',
  ])('%s is no place tally', (line) => {
    expect(placeTallyItem(line)).toBeNull();
  });

  test('a run of place tallies under a lead-in gives each place its figures, the lead-in their source', () => {
    const text = 'Floods killed 16 people, officials said.\n\nDistrict-wise figures released by the Disaster Management Centre (deaths / missing / in safety centres):\n\nRatnapura: 7 dead, 3 missing, 8,940 in safety centres\n\nGalle: 2 dead, 4,870 in safety centres\n\nKalutara: 2 dead, 2,960 in safety centres';
    const { claims } = extract({ text, published: '2025-03-14T10:00:00' });
    expect(claims.slice(1).map((c) => [c.metric, c.min, c.location, c.source[0]?.name])).toEqual([
      ['killed', 7, 'Ratnapura', 'the Disaster Management Centre'], ['missing', 3, 'Ratnapura', 'the Disaster Management Centre'], ['displaced', 8940, 'Ratnapura', 'the Disaster Management Centre'],
      ['killed', 2, 'Galle', 'the Disaster Management Centre'], ['displaced', 4870, 'Galle', 'the Disaster Management Centre'],
      ['killed', 2, 'Kalutara', 'the Disaster Management Centre'], ['displaced', 2960, 'Kalutara', 'the Disaster Management Centre'],
    ]);
  });

  test('a lone place tally line in prose is a headline, not a list', () => {
    const { claims } = extract({ text: 'Ratnapura: 7 dead, 3 missing\n\nHeavy rain fell across the south on Monday.', published: '2025-03-14T10:00:00' });
    expect(claims).toEqual([]);
  });
});

describe('key figures', () => {
  test('lines of a label, a colon and a figure are a list even unbulleted and long, each read on its own', () => {
    const text = 'KEY FIGURES\n\nInternally displaced people (North Kivu): 1.9 million\nInternally displaced people (South Kivu): 1.4 million\nPeople in need of humanitarian assistance (both provinces): 8.2 million\nCivilians killed since 1 January (reported to the Protection Cluster): 2,960';
    const { claims } = extract({ text, published: '2025-07-09T10:00:00' });
    expect(claims.map((c) => [c.metric, c.min, c.source.map((s) => s.kind)])).toEqual([['displaced', 1900000, []], ['displaced', 1400000, []], ['killed', 2960, ['international']]]);
  });
});

