import { describe, expect, test } from 'vitest';
import { bulletedItem, labelItem } from './lists.ts';

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
  ])('%s reads as "%s"', (line, reading) => {
    expect(labelItem(line)?.reading).toBe(reading);
  });

  test.each([
    'Gaza: 40 killed in strike on school', // a topic label, not a metric
    'Killed: none reported',
    'Updated: 12 March 2025',
    'Death toll rises: officials',
    'Casualties:',
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
