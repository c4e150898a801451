/**
 * Plain English words that a text set in capitals ("21 KILLED AT AID SITE, HEALTH MINISTRY SAYS") is read
 * with in lower case; every other word is read as a name (truecase.ts). The words of the metric, noun,
 * number and attribution tables are added to these.
 */
export const PLAIN_WORDS = [
  // Function words.
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'into', 'onto', 'over', 'under',
  'near', 'after', 'before', 'since', 'during', 'until', 'amid', 'among', 'between', 'across', 'around', 'about',
  'and', 'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while',
  'if', 'because', 'though', 'although', 'not', 'no', 'all', 'some', 'many', 'most', 'more', 'less', 'least',
  'other', 'others', 'another', 'further', 'each', 'both', 'few', 'several', 'nearly', 'almost', 'approximately',
  'roughly', 'some', 'up', 'down', 'out', 'off', 'still', 'also', 'now', 'only', 'at', 'least', 'so', 'far',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'them', 'their',
  'we', 'our', 'us', 'you', 'your', 'i', 'my', 'me', 'them', 'per',
  // Auxiliaries and common verbs of reports.
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'should', 'rises', 'rose', 'risen', 'rise', 'reaches', 'reached',
  'stands', 'stood', 'climbs', 'climbed', 'passes', 'passed', 'tops', 'topped', 'exceeds', 'exceeded',
  'held', 'hold', 'holds', 'remain', 'remains', 'remained', 'toll', 'tolls', 'number', 'figure', 'figures',
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'crash', 'crush', 'fire',
  'blast', 'explosion', 'flood', 'floods', 'fighting', 'clashes', 'shelling', 'site', 'sites', 'camp', 'town',
  'city', 'village', 'region', 'area', 'border', 'night', 'day', 'week', 'month', 'year', 'today', 'yesterday',
  'tonight', 'morning', 'evening', 'afternoon', 'breaking', 'update', 'latest', 'officials', 'official',
];
