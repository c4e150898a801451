/** Number words, vague magnitudes and bound words: the vocabulary of figures (spec: min / max). */

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  // South Asian English: "1.5 lakh people" is 150,000, "two crore" 20 million.
  lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
};

/** Vague magnitudes, always approximate (spec). Keys are lower-case word sequences. */
export const VAGUE: Record<string, { min: number; max: number | null }> = {
  'dozens': { min: 24, max: 99 },
  'scores': { min: 40, max: 99 },
  'hundreds': { min: 200, max: 999 },
  'several hundred': { min: 300, max: 999 },
  'several dozen': { min: 36, max: 99 },
  'a few hundred': { min: 200, max: 999 },
  'thousands': { min: 2000, max: 9999 },
  'several thousand': { min: 3000, max: 9999 },
  'a few thousand': { min: 2000, max: 9999 },
  'tens of thousands': { min: 20000, max: 99999 },
  'hundreds of thousands': { min: 200000, max: 999999 },
  'millions': { min: 2000000, max: null },
  'several million': { min: 3000000, max: null },
};

/** Words before a figure and what they do to it. Multi-word keys are matched longest first. */
export type BoundKind = 'approx' | 'min' | 'max' | 'max-approx';
export const BOUNDS_BEFORE: Record<string, BoundKind> = {
  'about': 'approx', 'some': 'approx', 'around': 'approx', 'roughly': 'approx',
  'approximately': 'approx', 'an estimated': 'approx', 'estimated': 'approx', 'nearly': 'max-approx',
  'almost': 'max-approx', 'close to': 'max-approx', 'approaching': 'max-approx', 'just under': 'max-approx',
  'at least': 'min', 'more than': 'min', 'over': 'min', 'upwards of': 'min', 'in excess of': 'min',
  'well over': 'min', 'just over': 'min', 'passed': 'min', 'exceeded': 'min', 'exceeds': 'min', 'crossed': 'min', 'has crossed': 'min',
  'surpasses': 'min', 'climbs past': 'min', 'climbed past': 'min', 'rises past': 'min', 'rose past': 'min',
  'exceed': 'min', 'surpassed': 'min', 'topped': 'min', 'tops': 'min', 'top': 'min', 'passes': 'min', 'pass': 'min',
  'up to': 'max', 'as many as': 'max', 'fewer than': 'max', 'under': 'max', 'less than': 'max',
  'no more than': 'max', 'not more than': 'max', 'as high as': 'max',
  // A negated upper bound is a lower one: "no fewer than 45", "not less than 300".
  'no fewer than': 'min', 'not fewer than': 'min', 'no less than': 'min', 'not less than': 'min',
  'in the region of': 'approx', 'in the order of': 'approx', 'on the order of': 'approx', 'some estimated': 'approx',
};
/** Words after a figure. */
export const BOUNDS_AFTER: Record<string, BoundKind> = { 'or more': 'min', 'plus': 'min', '+': 'min', 'or so': 'approx', '-odd': 'approx', 'odd': 'approx' };

/** Words that say a figure is an earlier baseline of an update ("up from 60"): not a claim (annotation decision 1). */
/** Words before a figure that make it a size, not a count of people affected: "a population of 2.1 million". */
// "a town of about 170,000 people", "a city of 2 million": a place's size.
export const NOT_A_COUNT_BEFORE = ['population of', 'a population of', 'capacity of', 'home to', 'population', 'inhabitants of', 'saved', 'saving', 'save', 'saves',
  'a town of', 'a city of', 'a village of', 'a country of', 'a nation of', 'a district of', 'a community of', 'a region of', 'a camp of', 'a province of',
  // A court's sentence is no count of the eight metrics: "sentenced eight members of the militia to death".
  'sentenced', 'convicted', 'acquitted', 'sentencing', 'convicting'];

export const BASELINE_BEFORE = ['up from', 'down from', 'upward from', 'downward from', 'upwards from', 'downwards from', 'from', 'compared with', 'higher than', 'lower than', 'earlier toll of', 'previous toll of', 'earlier figure of', 'previous figure of', 'initial toll of', 'earlier count of', 'previous count of'];
