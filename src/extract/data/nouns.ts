/**
 * The nouns that head a counted group of people, with the spec's `group`; and nouns that are
 * never people (a figure before them is equipment, places or time, not a claim).
 */
import type { Group } from '../../core/claim.ts';

export const PERSON_NOUNS: Record<string, Group> = {
  troops: 'military', soldiers: 'military', servicemen: 'military', servicemembers: 'military',
  'service members': 'military', fighters: 'military', militants: 'military', combatants: 'military',
  officers: 'military', marines: 'military', paratroopers: 'military', commandos: 'military',
  // An armed side's men in communiqués: "killing more than 170 of its elements".
  elements: 'military',
  paramilitaries: 'military',
  // One of them: "one serviceman was killed", "1 soldier wounded" (SINGULAR_PERSON_NOUNS).
  soldier: 'military', serviceman: 'military', servicewoman: 'military', 'service member': 'military', fighter: 'military',
  militant: 'military', policeman: 'military', policewoman: 'military', 'police officer': 'military', peacekeeper: 'military',
  civilian: 'civilian', child: 'civilian', woman: 'civilian', journalist: 'civilian', 'aid worker': 'civilian',
  worker: 'workers', 'crew member': 'workers', person: 'people', man: 'people',
  engineers: 'military', 'combat engineers': 'military', defenders: 'military', personnel: 'military',
  'security forces': 'military', forces: 'military', conscripts: 'military', recruits: 'military',
  mercenaries: 'military', rebels: 'military', insurgents: 'military', gunmen: 'military',
  militiamen: 'military', guards: 'military', policemen: 'military', police: 'military',
  'police officers': 'military', sailors: 'military', pilots: 'military', deminers: 'military',
  constables: 'military', constable: 'military', 'police constables': 'military', gendarme: 'military',
  // Collectives counted by their members: "a 3,000-strong force", "a 1,000-strong contingent".
  force: 'military', contingent: 'military', 'police contingent': 'military', 'police force': 'military',
  builders: 'workers', workers: 'workers', labourers: 'workers', laborers: 'workers',
  civilians: 'civilian', residents: 'civilian', children: 'civilian', minors: 'civilian', women: 'civilian',
  girls: 'civilian', boys: 'civilian', babies: 'civilian', infants: 'civilian', patients: 'civilian',
  migrants: 'civilian', 'aid workers': 'civilian', 'health workers': 'civilian', 'humanitarian workers': 'civilian',
  'medical workers': 'civilian', doctors: 'civilian', nurses: 'civilian', paramedics: 'civilian',
  medics: 'civilian', staff: 'civilian', 'staff members': 'civilian', journalists: 'civilian',
  students: 'civilian', pupils: 'civilian', teachers: 'civilian', worshippers: 'civilian',
  villagers: 'civilian', activists: 'civilian', protesters: 'civilian', demonstrators: 'civilian',
  farmers: 'civilian', fishermen: 'civilian', pilgrims: 'civilian', passengers: 'civilian',
  people: 'people', persons: 'people', individuals: 'people', men: 'people', adults: 'people',
  refugees: 'people', displaced: 'people', 'displaced people': 'people', hostages: 'people',
  captives: 'people', prisoners: 'people', detainees: 'people', bodies: 'people', victims: 'people',
  dead: 'people', casualties: 'people', deaths: 'people', fatalities: 'people', injured: 'people',
  wounded: 'people', members: 'people', 'family members': 'people', relatives: 'people',
  // Kin and friends counted by their tie to someone: "lost two cousins", "his three brothers were among the dead".
  brothers: 'people', sisters: 'people', sons: 'people', daughters: 'people', wives: 'people', husbands: 'people', parents: 'people',
  cousins: 'people', nephews: 'people', nieces: 'people', uncles: 'people', grandchildren: 'people', colleagues: 'people', friends: 'people', neighbours: 'people', neighbors: 'people',
  inhabitants: 'people', citizens: 'people', nationals: 'people', evacuees: 'people', survivors: 'people',
  pows: 'military', 'prisoners of war': 'military', losses: 'military', missing: 'people',
  attackers: 'military', assailants: 'military', terrorists: 'military', jihadists: 'military', extremists: 'military', separatists: 'military',
  // Armed criminals counted in raids and clashes ("killed 11 bandits", "two gunmen were killed").
  bandits: 'military', bandit: 'military', kidnappers: 'military', raiders: 'military', infiltrators: 'military', 'armed men': 'military', gunman: 'military', terrorist: 'military',
  partisans: 'military', guerrillas: 'military', operatives: 'military', commanders: 'military',
  employees: 'workers', contractors: 'workers', miners: 'workers', drivers: 'workers', 'truck drivers': 'workers', 'lorry drivers': 'workers', herders: 'civilian', shepherds: 'civilian',
  traders: 'civilian', shoppers: 'civilian', mourners: 'civilian', bystanders: 'civilian', 
  volunteers: 'civilian', 'rescue workers': 'civilian', 'first responders': 'civilian', firefighters: 'civilian',
  reservists: 'military', cadets: 'military', troopers: 'military', peacekeepers: 'military',
  'border guards': 'military', inmates: 'people', 
  // Insurgents by their movement or rank and file, and paramilitary corps: "31 Maoists", "11 women cadres", "two rangers".
  maoists: 'military', naxals: 'military', naxalites: 'military', cadres: 'military', rangers: 'military',
  jawans: 'military', 'security personnel': 'military',
  devotees: 'civilian', 'aid seekers': 'civilian', 'aid-seekers': 'civilian', commuters: 'civilian', schoolchildren: 'civilian', newborns: 'civilian',
  teenagers: 'civilian', youths: 'civilian', reporters: 'civilian', rescuers: 'civilian', 'un staff': 'civilian',
  settlers: 'civilian', locals: 'civilian', returnees: 'people', foreigners: 'people', crew: 'workers', 'crew members': 'workers', seafarers: 'workers', crewmen: 'workers', dockworkers: 'workers',
  suspects: 'people', abductees: 'people', idps: 'people', gendarmes: 'military', defectors: 'military', deserters: 'military',
  'asylum seekers': 'people', tourists: 'civilian',
  // People held or sought for a crime, counted as people: "three suspected smugglers", "22 suspected accomplices".
  smugglers: 'people', 'people smugglers': 'people', traffickers: 'people', 'human traffickers': 'people', collaborators: 'people',
  accomplices: 'people', ringleaders: 'people', informants: 'people', rioters: 'people', looters: 'people',
  // Civilians by their place in a community: "three social leaders", "four campers".
  'social leaders': 'civilian', 'community leaders': 'civilian', campers: 'civilian', parishioners: 'civilian',
  churchgoers: 'civilian', congregants: 'civilian', monks: 'civilian', nuns: 'civilian', priests: 'civilian', 'border crossers': 'civilian',
};

/** The singular person nouns above: before another noun they modify it ("civilian deaths", "child soldiers"). */
export const SINGULAR_PERSON_NOUNS: ReadonlySet<string> = new Set(['soldier', 'serviceman', 'servicewoman', 'service member', 'fighter', 'militant', 'policeman',
  'policewoman', 'police officer', 'peacekeeper', 'civilian', 'child', 'woman', 'journalist', 'aid worker', 'worker', 'crew member', 'person', 'man']);
/**
 * "members of the extremist group", "members of the Turkish-backed factions": collectives whose members are fighters.
 * Words that name an armed body outright, and words that name one only with a modifier in HOSTILE_MODIFIERS.
 */
export const ARMED_COLLECTIVES: ReadonlySet<string> = new Set(['resistance', 'faction', 'factions', 'militia', 'militias', 'brigade', 'brigades', 'battalion', 'battalions', 'army', 'armies', 'guerrilla', 'insurgency', 'guard', 'guards']);
export const MODIFIED_COLLECTIVES: ReadonlySet<string> = new Set(['group', 'groups', 'organisation', 'organization', 'organisations', 'organizations', 'movement', 'front', 'cell', 'cells', 'network', 'outfit', 'outfits']);
export const HOSTILE_MODIFIERS: ReadonlySet<string> = new Set(['armed', 'extremist', 'terrorist', 'rebel', 'jihadist', 'militant', 'insurgent', 'separatist', 'islamist', 'paramilitary']);
/**
 * Heads that name the people who attacked, the other side of a count of a state's forces or of civilians: "around forty of
 * the attackers" after "ten Nigerien soldiers were killed" are not Nigerien.
 */
export const ASSAILANT_NOUNS: ReadonlySet<string> = new Set(['attackers', 'assailants', 'gunmen', 'militants', 'insurgents', 'rebels', 'terrorists', 'jihadists',
  'bandits', 'raiders', 'kidnappers', 'abductors', 'infiltrators', 'intruders', 'perpetrators', 'suspects', 'enemy']);
/**
 * Words before "members" that make them fighters: "gang members", "militia members", "rebel members", "Armed Forces
 * members" — the armed collectives and hostile modifiers above, and these.
 */
export const ARMED_MEMBER_MODIFIERS: ReadonlySet<string> = new Set([...ARMED_COLLECTIVES, ...HOSTILE_MODIFIERS, 'forces', 'military', 'gang', "gang's", 'cartel']);

/**
 * A state's own bodies after its demonym ("the Indian Army", "the Australian Defence Force", "the Kenyan government"):
 * the state acting, where "Russian troops" names the people counted.
 */
export const STATE_BODY_HEADS: readonly string[] = ['army', 'military', 'armed forces', 'defence force', 'defence forces', 'defense force',
  'defense forces', 'navy', 'air force', 'government', 'authorities', 'coast guard', 'coastguard', 'defence ministry', 'defense ministry', 'interior ministry'];

/** Compass words before a place's name: "in south Lebanon", "in eastern Congo", "northern Syria". */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(['south', 'north', 'east', 'west', 'southern', 'northern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Units of a distance: "40 km from the border", "about 150 km to the south". */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'kilometres', 'kilometers', 'miles', 'mi', 'metres', 'meters', 'm']);

/** Forces drawn from many states, of no one country unless named with it: "10,000 peacekeepers". */
export const MULTINATIONAL_HEADS: ReadonlySet<string> = new Set(['peacekeepers', 'peacekeeper', 'monitors', 'observers', 'blue helmets', 'helmets']);

/** Group words that also mark nationality-bearing plurals ("Palestinians", "Sudanese"): group `people`. */
export const DEMONYM_PLURAL_GROUP: Group = 'people';

/** Heads that make a figure not a count of people. */
export const NON_PERSON_NOUNS = new Set([
  // "200 head of livestock": animals counted by the head.
  'head', 'jobs', 'livelihoods', 'households', 'families', 'homes', 'governments', 'sides', 'parties', 'nations', 'houses', 'buildings', 'camps', 'settlements', 'villages', 'towns',
  'cities', 'targets', 'drones', 'missiles', 'rockets', 'shells', 'tanks', 'vehicles', 'aircraft', 'planes',
  'ships', 'containers', 'weapons', 'guns', 'rounds', 'barrels', 'tonnes', 'tons', 'trucks', 'hospitals',
  'schools', 'townships', 'districts', 'provinces', 'regions', 'km', 'kilometres', 'kilometers', 'miles',
  'metres', 'meters', 'hectares', 'acres', 'years', 'months', 'weeks', 'days', 'hours', 'minutes',
  'percent', 'per', 'dollars', 'euros', 'pounds', 'times', 'points', 'votes', 'seats', 'beds', 'sites',
  'posts', 'checkpoints', 'positions', 'attacks', 'strikes', 'airstrikes', 'incidents', 'cases', 'parcels',
  'meals', 'calories', 'litres', 'liters', 'gallons', 'square', 'magnitude', 'storeys', 'floors', 'year-old',
  'brigade', 'division', 'regiment', 'battalion', 'corps', 'army', 'exchange', 'round', 'phase', 'session',
  'articles', 'pages', 'photos', 'videos', 'reports', 'names', 'graves', 'kilograms', 'kg', 'feet',
  'kidnappings', 'abductions', 'killings', 'shootings', 'explosions', 'raids', 'clashes',
  'massacres', 'operations', 'violations', 'bombings', 'ambushes', 'offensives',
  'casings', 'cartridges', 'bullets', 'shots', 'rupees', 'naira', 'shillings', 'pesos', 'rubles', 'roubles', 'yuan', 'taka', 'rand',
  'reais', 'dinars', 'riyals', 'dirhams', 'lira', 'liras', 'hryvnias', 'hryvnia', 'francs', 'cedis', 'kwacha', 'birr', 'leones', 'afghanis', 'kyats', 'baht', 'ringgit', 'rupiah', 'soles', 'bolivars', 'yen',
  'drams', 'lari', 'manat', 'manats', 'tenge', 'som', 'somoni', 'kip', 'riels', 'dong', 'won', 'kina', 'pula', 'rials', 'kroner', 'kronor', 'zloty', 'forints', 'lei', 'leva', 'denars', 'quetzales', 'lempiras', 'colones', 'cordobas', 'guaranies', 'bolivianos', 'shekels', 'pounds sterling', 'cfa', 'ariary', 'ouguiyas', 'dalasi', 'nakfa',
  // Places an armed side takes: "has taken more than 100 outposts".
  'outposts', 'bases', 'strongholds', 'fortifications', 'trenches', 'hamlets', 'localities', 'hilltops',
  'rifles', 'pistols', 'firearms', 'handguns', 'grenades', 'explosives', 'requests', 'applications', 'complaints', 'calls', 'messages', 'inquiries', 'enquiries', 'petitions',
  // Equipment, as loss tallies list it after the people: "10,761 tanks, 22,434 armoured fighting vehicles".
  'systems', 'launchers', 'helicopters', 'jets', 'airplanes', 'boats', 'vessels', 'warships', 'submarines', 'carriers',
  'mortars', 'howitzers', 'artillery', 'munitions', 'bombs', 'mines', 'cars', 'buses', 'motorcycles', 'equipment',
  'bridges', 'roads', 'shelters', 'tents', 'packages', 'shipments', 'flights', 'convoys', 'countries',
  'trawlers', 'dhows', 'skiffs', 'canoes', 'dinghies', 'baskets', 'kits', 'blankets', 'mattresses', 'rations', 'sacks', 'bags', 'bottles', 'doses', 'vaccines', 'items', 'supplies', 'tarpaulins',
  'nations', 'languages', 'groups', 'organisations', 'organizations', 'agencies', 'units', 'companies',
  // Votes and meetings: "has held three referendums".
  'referendums', 'referenda', 'elections', 'meetings', 'summits', 'rounds of talks', 'resolutions', 'decrees', 'visits',
  // Units of people counted as units: "deployed six teams", "two battalions".
  'teams', 'squads', 'platoons', 'battalions', 'brigades', 'regiments', 'divisions', 'detachments', 'squadrons',
  // Animals and sport: "60 search dogs … had been sent", "took eight wickets".
  'dogs', 'sniffer dogs', 'horses', 'animals', 'livestock', 'cattle', 'wickets', 'goals', 'runs', 'medals', 'matches', 'games',
  'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', "o'clock", 'hrs', 'metres', 'centres', 'centers', 'facilities', 'morgues', 'wards', 'clinics', 'crossings', 'routes', 'billion',
]);

/** Collective nouns whose count is never one of the eight metrics (annotation decision 2). */
export const NON_METRIC_STATES = ['trapped', 'affected', 'found', 'located', 'interviewed', 'rescued', 'treated', 'vaccinated', 'absconding', 'on the run', 'at large'];

/** Nouns for a place's people as a whole, and the words that stand for a place before "'s" ("the country's"). */
export const POPULATION_HEADS: ReadonlySet<string> = new Set(['people', 'residents', 'inhabitants', 'citizens', 'population', 'souls']);
export const POPULATION_OWNERS: ReadonlySet<string> = new Set(['country', 'nation', 'city', 'town', 'village', 'region', 'province', 'state', 'territory', 'enclave', 'strip', 'island', 'district', 'capital', 'camp']);
/** Words of international and aid bodies before their staff ("U.N. employees", "aid agency staff"): civilians, not workers. */
export const AID_BODY_WORDS: ReadonlySet<string> = new Set(['un', 'u.n.', 'nations', 'ngo', 'aid', 'humanitarian', 'embassy', 'unicef', 'unhcr', 'wfp', 'unrwa', 'who', 'icrc', 'msf']);
/** Found how, when found is no death: "14 of the victims were found alive". */
export const FOUND_LIVING: ReadonlySet<string> = new Set(['alive', 'safe', 'unharmed', 'injured', 'wounded', 'hiding', 'living']);
/** One person, whose "of" and a number is an age ("a girl of 12", "a man of 45"). */
export const ONE_PERSON_NOUNS: ReadonlySet<string> = new Set(['girl', 'boy', 'child', 'man', 'woman', 'baby', 'toddler', 'teenager', 'son', 'daughter', 'mother', 'father', 'grandmother', 'grandfather']);
