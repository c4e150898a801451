/**
 * Figure lists as situation reports, flash updates and live pages set them out: the marks that
 * open a bulleted item, and the words a "Label: figure" line may open with that the reading drops
 * ("Total killed: 1,234" reads as "1,234 killed").
 */

/** Characters that open a bulleted list item when followed by white space. */
export const BULLET_MARKS = ['-', '•', '*', '–', '—', '·', '▪', '●', '◦', '‣'];

/** Leading words of a label that say nothing about whom or what is counted. */
export const LABEL_WORDS_DROPPED = ['total', 'number of', 'no. of', 'cumulative', 'overall'];
