/** Report cues and the words that tell a source's kind. Lower-case. */
import type { SourceKind } from '../../core/claim.ts';
import { HOSTILE_MODIFIERS } from './nouns.ts';

/** Verbs of saying after which (or before which, inverted) the speaker stands: "X said", "said X". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'reported', 'reports', 'report',
  'estimated', 'estimates', 'estimate', 'confirmed', 'confirms', 'announced', 'announces', 'stated',
  'wrote', 'writes', 'posted', 'claimed', 'claims', 'claim', 'noted', 'warned', 'explained', 'acknowledged',
  'counted', 'counts', 'recorded', 'records', 'documented', 'verified', 'tallied', 'believes', 'believed', 'believe',
  // "A volunteer project, Memorial Register, has identified by name more than 90,000 soldiers killed".
  'identified',
  'suggest', 'suggests', 'put', 'puts', 'gave', 'give', 'gives', 'cited', 'cites', 'showed', 'show', 'shows',
  'indicated', 'indicate', 'indicates', 'assessed', 'assesses', 'assess', 'insisted', 'revealed', 'disclosed',
  'informed', 'informs', 'briefed', 'testified', 'asserted', 'alleged', 'accused', 'updated', 'raised', 'released',
  'replied', 'replies', 'answered', 'admitted', 'admits', 'conceded', 'concedes',
  'found', 'finds', 'concluded', 'concludes',
  // "Officials revised the death toll down to 18": who revises a toll states the new one.
  'revised', 'revises', 'lowered', 'lowers', 'acknowledges', 'acknowledge', 'argued', 'argues', 'fear', 'fears', 'feared', 'suggested',
  // "has registered more than 50,000 people as missing"; "recalled that at least 500 people have died".
  'registered', 'registers', 'recalled', 'recalls',
  // "OCD now lists 114 dead": a register's keeper lists what it counts (only straight before a figure: isSpeech).
  'lists', 'listed',
  // "Of the victims, 141 were men and 22 were women, the prosecutor's office detailed in its monthly report."
  'detailed', 'details',
]);

/**
 * Of those, the ones that are never nouns: a speaker's noun phrase does not reach back past one
 * ("Omar, a shopkeeper, said he counted 11 bodies": the speaker of "counted" is "he").
 */
export const SPEECH_ONLY_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'noted', 'warned', 'explained',
  'acknowledged', 'insisted', 'replied', 'answered', 'admitted', 'conceded', 'testified', 'asserted',
]);

/** Of those, the verbs that say a belief or estimate (they may carry a hedge: "believed"). */
export const BELIEF_VERBS = new Set(['believes', 'believed', 'believe', 'suggest', 'suggests', 'suggested', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared']);

/** Phrases that introduce the origin of a figure after the speaker: "citing Y", "after a briefing by Y". */
export const ORIGIN_INTRODUCERS = [
  'citing', 'after being briefed by', 'after a briefing by', 'after a closed-door briefing by',
  'citing a briefing by', 'citing a closed-door briefing by', 'based on', 'drawing on', 'quoting',
];


/** Phrases that name the outlet a speaker spoke to: the outlet becomes the first link. */
export const OUTLET_INTRODUCERS = ['in an interview with', 'speaking to', 'told', 'in an interview broadcast by', 'said in an interview with'];

/** Hedges (spec + annotation decision 10). Within the clause that states the figure. */
export const HEDGES = [
  'believed', 'believe', 'believes', 'appear', 'appears', 'appeared', 'reportedly', 'suggest', 'suggests',
  'presumably', 'if confirmed', 'may', 'might', 'could', 'thought to', 'is thought', 'are thought', 'allegedly',
  'unconfirmed', 'unverified', 'purportedly', 'possibly', 'likely', 'feared',
  // A passive report, like "reportedly": "60 villagers are said to have been abducted".
  'said to have', 'said to be',
];

/** Title and role words → kind. Longest match wins; checked inside the speaker's noun phrase. */
export const ROLE_KINDS: Record<string, SourceKind> = {
  'president': 'government', 'prime minister': 'government', 'minister': 'government', 'ministry': 'government',
  'dig': 'government', 'deputy inspector general': 'government',   'defence media operations': 'military', 'defense media operations': 'military', 'media operations': 'military',   'home office': 'government', 'interior ministry': 'government',   'rma': 'government', 'human rights commission': 'government', 'national human rights commission': 'government', 'commission on human rights': 'government', 'national commission on human rights': 'government',   'premier': 'government', 'sheriff': 'government', 'gov': 'government', 'inspector general': 'government', 'police commander': 'government', 'regional police commander': 'government', 'prosecutor': 'government', 'prosecutors': 'government', 'prosecutor general': 'government', "prosecutor general's office": 'government', "prime minister's office": 'government', "president's office": 'government', 'head of mission': 'official', 'emergency operation centre': 'government', 'emergency operation center': 'government', 'emergency operations center': 'government', 'emergency operations centre': 'government',
  'government': 'government', 'police': 'government', 'national police': 'government', 'border service': 'government', 'gendarmerie': 'military', 'national gendarmerie': 'military', 'border guard': 'military', 'border guard service': 'military', 'emergency services': 'government', 'civil defence': 'government', 'civil defense': 'government', 'coastguard': 'military', 'coast guard': 'military', 'military administration': 'government', 'regional military administration': 'government', 'city military administration': 'government', 'ministry of human rights': 'government', 'human rights ministry': 'government', 'liberation movement': 'military', 'liberation army': 'military', 'liberation front': 'military', 'emergency service': 'government', 'state emergency service': 'government', 'emergency management agency': 'government', 'emergency management': 'government', 'disaster management': 'government', 'disaster relief': 'government', 'headquarters for disaster relief': 'government', 'disaster agency': 'government', 'registry': 'government', 'national registry': 'government', 'secretary': 'government', 'special secretary': 'government', 'commissioner': 'government', 'deputy commissioner': 'government', 'administrator': 'government', 'district administrator': 'government', 'territory administrator': 'government', 'superintendent': 'government', 'police spokesperson': 'government', 'ombudsman': 'government', 'parliamentary commissioner': 'government', 'parliamentary commissioner for human rights': 'government', 'ombudswoman': 'government', 'ombudsperson': 'government', 'human rights ombudsman': 'government', 'human rights ombudswoman': 'government', 'human rights commissioner': 'government', 'search and rescue agency': 'government', 'search and rescue office': 'government', 'rescue agency': 'government', 'social affairs office': 'government', 'civil registry': 'government', 'civil defence agency': 'government', 'civil defense agency': 'government', 'civil protection': 'government', 'civil protection agency': 'government', 'emergencies ministry': 'government', 'rescue services': 'government', 'health authorities': 'government', 'military government': 'government', 'military-run government': 'government', 'governor': 'government', 'mayor': 'government', 'authorities': 'government',
  // Heads of a region's or district's administration: "regional head Serhiy Lysak", "Yahukimo Regent X".
  'regional head': 'government', 'district head': 'government', 'village head': 'government', 'county head': 'government', 'provincial head': 'government', 'regent': 'government', 'deputy regent': 'government',
  // Leaders of communities, not of states: "a community leader", "local elders", "a clan elder" (the golds call them other).
  'community leader': 'other', 'community leaders': 'other', 'traditional leader': 'other', 'traditional leaders': 'other',
  'religious leader': 'other', 'religious leaders': 'other', 'elder': 'other', 'elders': 'other', 'village elder': 'other',
  'village elders': 'other', 'clan elder': 'other', 'clan elders': 'other', 'tribal elder': 'other', 'tribal elders': 'other',
  // State services by what they do: prisons, state security, regional bureaus; Brazil's state "Military Police" are police.
  'correctional service': 'government', 'correctional services': 'government', 'military police': 'government',
  'security service': 'intelligence', 'state security service': 'intelligence', 'bureau': 'government',
  // District administrators and statistics offices: "Patna District Magistrate X", "the national statistics agency, INEGI".
  'district magistrate': 'government', 'magistrate': 'government', 'district collector': 'government', 'statistics agency': 'government', 'statistics office': 'government', 'statistical office': 'government', 'statistics bureau': 'government',
  // A state's offices abroad and at home: "the Mexican consulate", "ICE's field office", "the maritime prefecture".
  'consulate': 'government', 'embassy': 'government', 'field office': 'government', 'maritime prefecture': 'government',
  // Think tanks by their names' words: "the Centre for Research and Security Studies".
  'security studies': 'expert', 'strategic studies': 'expert', 'conflict studies': 'expert', 'centre for research': 'expert', 'center for research': 'expert',
  // "the Centre for Peace and Security Research", "the Institute for Conflict Research": research by its field.
  'security research': 'expert', 'peace research': 'expert', 'conflict research': 'expert', 'policy research': 'expert',
  // Volunteer rescuers are no state service: "the Kani Township Rescue Team" (a state's "rescue agency" is, above).
  'rescue team': 'ngo', 'volunteer rescue team': 'ngo',
  // Border and customs services: "Customs and Border Protection", "the Border Patrol".
  'customs': 'government', 'border protection': 'government', 'border patrol': 'government',
  // Kenya's Cabinet Secretaries, written short before a portfolio's name: "Interior CS X".
  'cs': 'government',
  // Officers of a state's services by their post: "the prison director", "the county's chief medical examiner", "the special
  // agent in charge of Homeland Security Investigations", Cameroon's "Senior Divisional Officer" (SDO).
  'prison director': 'government', 'prisons director': 'government', 'medical examiner': 'government',
  'special agent': 'government', 'senior divisional officer': 'government', 'divisional officer': 'government', 'sdo': 'government',
  // State agencies by what they do: "the national disaster institute, INGD", "the PDMA", "the China International Development
  // Cooperation Agency".
  'disaster institute': 'government', 'pdma': 'government', 'ndma': 'government', 'sdma': 'government', 'cooperation agency': 'government',
  // Private analysts: "the Abuja-based consultancy X".
  'consultancy': 'expert', 'consulting firm': 'expert', 'risk consultancy': 'expert', 'risk analysts': 'expert',
  // People of aid groups speak for the aid side: "a local aid worker said".
  'aid worker': 'ngo', 'aid workers': 'ngo', 'humanitarian worker': 'ngo', 'humanitarian workers': 'ngo', 'relief worker': 'ngo', 'relief workers': 'ngo',
  // Prison administrations and state investigators and committees ("the national prison agency", "the Investigative Committee").
  'prison agency': 'government', 'prison service': 'government', 'prisons service': 'government', 'prison authority': 'government', 'prison authorities': 'government',
  'penitentiary service': 'government', 'penitentiary system': 'government', 'corrections department': 'government', 'department of corrections': 'government',
  'investigative committee': 'government', 'anti-terrorism committee': 'government', 'counter-terrorism committee': 'government',
  // State bodies named for the nation ("the National Institute for Disaster Risk Management", "the National Service for …").
  'national service': 'government', 'national institute': 'government', 'national agency': 'government', 'national authority': 'government',
  'national office': 'government', 'national directorate': 'government', 'national bureau': 'government', 'secretariat': 'government',
  'public defender': 'government', "public defender's office": 'government', "ombudsman's office": 'government', 'task force': 'government',
  'disaster risk management': 'government', 'state government': 'government',
  // Titles of civil offices that hold a military word: "Director General of Police" ("inspector general" above).
  'director general': 'government', 'presidency': 'government',
  // Local government by its words: "Cao Bang Province reported", "the prefectures said", Vietnam's people's committees.
  'general directorate': 'government', 'directorate general': 'government', 'directorate-general': 'government', 'general secretariat': 'government',
  'province': 'government', 'provinces': 'government', 'prefectures': 'government', 'prefectural government': 'government', 'prefectural governments': 'government',
  "people's committee": 'government', 'district chairman': 'government', 'provincial chairman': 'government',
  'town hall': 'government', 'city hall': 'government', "mayor's office": 'government', 'director-general': 'government', 'health services': 'government',
  'non-governmental organisation': 'ngo', 'non-governmental organization': 'ngo', 'non-governmental group': 'ngo',
  // State bodies by their words: "Region Örebro County", "the Crotone prefecture", "the Governorship of Ankara",
  // "the Royal … Constabulary", "the high commission", courts and inquiries (decision: courts are government).
  'county': 'government', 'region': 'government', 'prefecture': 'government', 'governorship': 'government', 'governorate': 'government',
  'constabulary': 'government', 'high commission': 'government', 'disaster centre': 'government', 'disaster center': 'government',
  'emergency medicine centre': 'government', 'emergency medicine center': 'government', 'judges': 'government', 'judge': 'government',
  'court': 'government', 'tribunal': 'government', 'inquiry': 'government', 'commission of inquiry': 'government', 'coroner': 'government',
  'defence chief': 'military', 'defense chief': 'military', 'army chief': 'military', 'military chief': 'military',
  'national guard': 'government', 'attorney general': 'government', "attorney general's office": 'government', 'dsp': 'government',
  'deputy superintendent': 'government', 'asp': 'government',
  'administration': 'government', 'kremlin': 'government', 'white house': 'government', 'secretary of state': 'government',
  'foreign minister': 'government', 'cabinet': 'government', 'junta': 'government', 'leader': 'government',
  'chief': 'government', 'spokesman': 'government', 'spokeswoman': 'government', 'spokesperson': 'government',
  'tallies': 'government', 'official count': 'government', 'state department': 'government', 'council': 'government',
  'department': 'government', 'health department': 'government', 'health office': 'government', 'health bureau': 'government',
  'municipality': 'government', 'prefect': 'government', 'district commissioner': 'government', 'disaster management agency': 'government',
  'defence ministry': 'military', 'defense ministry': 'military', 'ministry of defence': 'military',
  'defence department': 'military', 'defense department': 'military', 'department of defense': 'military', 'department of defence': 'military',
  'ministry of defense': 'military', 'military': 'military', 'army': 'military', 'armed forces': 'military',
  'defence headquarters': 'military', 'defense headquarters': 'military', 'military headquarters': 'military',
  // A body's officer for the press speaks for the body, not for a medium: "a media officer of the coast guard".
  'media officer': 'official', 'press officer': 'official',
  'general staff': 'military', 'joint chiefs': 'military', 'commander': 'military', 'commander-in-chief': 'military',
  // Officers by rank: "Captain Hassan Abdi told Reuters", "Col. Ivan Petrov said".
  'captain': 'military', 'capt': 'military', 'colonel': 'military', 'col': 'military', 'lieutenant': 'military', 'lt': 'military',
  'sergeant': 'military', 'sgt': 'military', 'brigadier': 'military', 'corporal': 'military', 'major general': 'military',
  'general': 'military', 'gen': 'military', 'pentagon': 'military', 'central command': 'military', 'centcom': 'military',
  'forces': 'military', 'militia': 'military', 'rebels': 'military', 'rebel group': 'military', 'rebel alliance': 'military', 'rebel coalition': 'military', 'armed faction': 'military', 'faction': 'military', 'militants': 'military',
  'militant group': 'military', 'jihadists': 'military', 'jihadist group': 'military', 'insurgents': 'military', 'insurgent group': 'military',
  'national defence': 'military', 'national defense': 'military', 'defence and security forces': 'military',
  'defence force': 'military', 'defense force': 'military', 'defence forces': 'military', 'defense forces': 'military',
  'brigade': 'military', 'battalion': 'military', 'regiment': 'military',
  // "the 6th Infantry Division", "the 82nd Airborne Division": a division by its arm is an army unit.
  'infantry division': 'military', 'airborne division': 'military', 'armoured division': 'military', 'armored division': 'military',
  'mechanized division': 'military', 'mechanised division': 'military', 'marine corps': 'military', 'marines': 'military',
  'paramilitary': 'military', 'paramilitary group': 'military', 'paramilitaries': 'military', 'militias': 'military', 'navy': 'military', 'air force': 'military',
  'intelligence': 'intelligence', 'spy agency': 'intelligence', 'intelligence agency': 'intelligence',
  'intelligence service': 'intelligence', 'intelligence assessments': 'intelligence', 'intelligence assessment': 'intelligence', 'security assessment': 'intelligence', 'intelligence agencies': 'intelligence', 'spy agencies': 'intelligence', 'intelligence services': 'intelligence', 'assessments': 'intelligence', 'armed group': 'military', 'armed groups': 'military', 'defence intelligence': 'intelligence',
  'lawmaker': 'legislator', 'lawmakers': 'legislator', 'legislator': 'legislator', 'legislators': 'legislator',
  'member of parliament': 'legislator', 'mp': 'legislator', 'senator': 'legislator', 'congressman': 'legislator',
  'parliament': 'legislator', 'parliamentary': 'legislator', 'committee': 'legislator', 'deputy': 'legislator',
  'official': 'official', 'officials': 'official', 'source': 'official', 'sources': 'official',
  'diplomat': 'official', 'diplomats': 'official',
  'media': 'media', 'state media': 'media', 'news agency': 'media', 'broadcaster': 'media', 'newspaper': 'media', 'tabloid': 'media',
  'tv': 'media', 'television': 'media', 'outlet': 'media', 'outlets': 'media', 'channel': 'media', 'radio': 'media',
  'reporter': 'media', 'journalist': 'media', 'journalists': 'media',
  // A network is a group's ("the Southland Immigrant Defense Network", "Sudan Doctors Network") unless it broadcasts.
  'network': 'ngo', 'news network': 'media', 'tv network': 'media', 'television network': 'media', 'broadcast network': 'media', 'media network': 'media',
  // Monitors named as networks: "the Syrian Network for Human Rights".
  // An army's press office speaks for the army: "the military's media wing".
  'media wing': 'military',
  'network for human rights': 'ngo', 'rights network': 'ngo', 'human rights': 'ngo',
  'monitor': 'ngo', 'monitors': 'ngo', 'observatory': 'ngo', 'rights group': 'ngo', 'rights groups': 'ngo', 'human rights groups': 'ngo', 'human rights group': 'ngo', 'ngo': 'ngo',
  'charity': 'ngo', 'aid group': 'ngo', 'aid groups': 'ngo', 'volunteer network': 'ngo', 'volunteer networks': 'ngo', 'association': 'ngo', 'doctors network': 'ngo', 'foundation': 'ngo',
  'medical group': 'ngo', 'watchdog': 'ngo', 'watch': 'ngo', 'forum': 'ngo', 'rights': 'ngo', 'research institute': 'expert', 'policy institute': 'expert', 'institute for policy': 'expert', 'institute for strategic': 'expert',
  // Family of the dead and wounded speak as witnesses: "according to her brother Sami".
  'brother': 'witness', 'sister': 'witness', 'son': 'witness', 'daughter': 'witness', 'husband': 'witness', 'wife': 'witness',
  'cousin': 'witness', 'uncle': 'witness', 'aunt': 'witness', 'nephew': 'witness', 'niece': 'witness',
  'volunteer group': 'ngo', 'volunteer groups': 'ngo', 'organisation': 'ngo', 'organisations': 'ngo', 'organization': 'ngo', 'organizations': 'ngo', 'monitoring platform': 'ngo', 'advocacy coalition': 'ngo', 'media advocacy': 'ngo',
  'mine action agency': 'government', 'mine action centre': 'government', 'mine action center': 'government',
  'public safety agency': 'government', 'emergency management office': 'government',
  // Scholars: "heads the population studies department at an academic institute", "a demographer".
  'academic institute': 'expert', 'academic': 'expert', 'academics': 'expert', 'professor': 'expert', 'demographer': 'expert', 'historian': 'expert',
  // Sudan's neighbourhood groups that count the dead: "resistance committees", "emergency response rooms".
  'resistance committees': 'ngo', 'resistance committee': 'ngo', 'emergency response rooms': 'ngo', 'emergency response room': 'ngo', 'collective': 'ngo', 'search collective': 'ngo',
  'milbloggers': 'media', 'military bloggers': 'media', 'bloggers': 'media', 'blogger': 'media', 'post': 'other', 'social media post': 'other', 'aid agencies': 'ngo',
  'activists': 'ngo', 'activist': 'ngo', 'lawyers group': 'ngo', "lawyers' group": 'ngo',
  // Unions of journalists are their members' advocates, not outlets; civil-society coordinators, documentation centres, search collectives.
  'journalists syndicate': 'ngo', "journalists' syndicate": 'ngo', "journalists' union": 'ngo', 'union of journalists': 'ngo', 'syndicate of journalists': 'ngo',
  'consortium': 'ngo', 'directorate': 'government', 'research group': 'expert', 'research centre': 'expert', 'research center': 'expert', 'protection cluster': 'international', 'health cluster': 'international', 'shelter cluster': 'international', 'response coordinators': 'ngo', 'coordinators group': 'ngo', 'documentation center': 'ngo', 'documentation centre': 'ngo', 'search collectives': 'ngo', 'advocacy group': 'ngo', 'activist group': 'ngo', 'campaign group': 'ngo', 'monitoring group': 'ngo',
  'united nations': 'international', 'u.n.': 'international', 'un': 'international', 'envoy': 'international',
  'red cross': 'international',
  // National Red Crescent societies are their country's charities; the ICRC is international.
  'society': 'ngo', 'civil society': 'ngo', 'doctors group': 'ngo', "doctors' group": 'ngo', 'doctors union': 'ngo', 'doctors syndicate': 'ngo', 'monitoring project': 'ngo',
  'red crescent': 'ngo', 'union': 'ngo', 'journalists union': 'ngo', 'syndicate': 'ngo', 'bar association': 'ngo', 'press freedom group': 'ngo', 'press freedom watchdog': 'ngo', 'media watchdog': 'ngo', 'agency': 'international', 'agencies': 'international',
  'analyst': 'expert', 'analysts': 'expert', 'expert': 'expert', 'experts': 'expert', 'researchers': 'expert',
  'researcher': 'expert', 'think tank': 'expert', 'study': 'expert', 'university': 'expert', 'school of': 'expert', 'forensic institute': 'government', 'scholars': 'expert',
  'witness': 'witness', 'witnesses': 'witness', 'respondents': 'witness', 'respondent': 'witness', 'survivor': 'witness', 'survivors': 'witness', 'resident': 'witness',
  'residents': 'witness', 'relatives': 'witness', 'villager': 'witness', 'villagers': 'witness', 'eyewitness': 'witness',
  'eyewitnesses': 'witness', 'neighbour': 'witness', 'neighbor': 'witness', 'relative': 'witness',
  // People described by their trade or place in the community speak as witnesses.
  // Medical staff speak for no body and count the people they treat: "a doctor", "a local health worker" (other, as the probe
  // writers annotate them; a doctors' network or union is a group's).
  'doctor': 'other', 'doctors': 'other', 'local doctor': 'other', 'local doctors': 'other', 'nurse': 'witness',
  'health worker': 'other', 'health workers': 'other', 'local health worker': 'other', 'local health workers': 'other', 'surgeon': 'other', 'surgeons': 'other',
  'shop owner': 'witness', 'shopkeeper': 'witness', 'farmer': 'witness', 'trader': 'witness', 'merchant': 'witness',
  // Sources by where they stand, not whom they serve: "local sources", "humanitarian sources".
  'local sources': 'other', 'humanitarian sources': 'other',
  'fisherman': 'witness', 'fishermen': 'witness', 'farmers': 'witness', 'traders': 'witness', 'shopkeepers': 'witness', 'taxi driver': 'witness', 'local': 'witness', 'locals': 'witness', 'passer-by': 'witness',
  'mother': 'witness', 'father': 'witness', 'displaced man': 'witness', 'displaced woman': 'witness', 'teacher': 'witness',
  'party': 'other', 'parties': 'other',
};

/** Heads that refer back to an earlier named source: "the agency said", "the lawmakers said". */
/** Role words of ROLE_KINDS that are roles only written as abbreviations ("DIG Ahmed", not "dig"). */
export const ABBREVIATED_ROLES: ReadonlySet<string> = new Set(['dig', 'rma', 'dsp', 'asp', 'cs', 'sdo', 'pdma', 'ndma', 'sdma']);

export const BACK_REFERENCE_HEADS = [
  'agency', 'ministry', 'lawmakers', 'lawmaker', 'officials', 'official', 'monitor', 'group', 'observatory',
  'office', 'military', 'army', 'government', 'organisation', 'organization', 'outlets', 'outlet', 'network',
  'channel', 'broadcaster', 'president', 'minister', 'governor', 'general', 'commander', 'spokesman',
  'spokeswoman', 'spokesperson', 'mission', 'council', 'committee', 'administration', 'authorities', 'service',
  'envoy', 'command', 'rebels', 'newspaper', 'statement',
];

export const PRONOUNS: Record<string, 'person' | 'thing' | 'plural'> = {
  he: 'person', she: 'person', it: 'thing', they: 'plural',
};

/**
 * Heads of a public body named by what it is ("the municipal disaster office", "the provincial health division",
 * "the memorial centre", "the Missing Persons Institute"): a body of the state of the story when nothing else types
 * it. The spec's `official` is for unnamed officials, people; a body is not one.
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(['office', 'offices', 'commission', 'division', 'headquarters', 'institute', 'institution', 'centre', 'center', 'taskforce']);

/** Words that place a named body in a tier of the state ("the state Commission on …", "the National … Centre"). */
export const STATE_TIERS: ReadonlySet<string> = new Set(['state', 'national', 'federal', 'provincial', 'regional', 'municipal', 'district', 'county', 'governorate']);
/**
 * Words of a state's office below the nation ("regional governor", "the city's military administration", "the district
 * police chief"): such an office speaks for the place the story last named, not for the country the story names most
 * (a story of a Russian strike on Kryvyi Rih names Russia more often than Ukraine; its governor is Ukraine's). The tiers
 * of the state below the nation, and the local offices' own words.
 */
export const LOCAL_OFFICE_WORDS: ReadonlySet<string> = new Set([...[...STATE_TIERS].filter((w) => w !== 'state' && w !== 'national' && w !== 'federal'), 'governor', 'mayor', 'city', "city's", 'local', 'oblast', 'prefect']);

/**
 * Heads that describe a body of citizens ("a civil society group that monitors the unrest", "a network of Italian
 * associations", "a monitoring project", "the New York-based group"): a non-governmental group, when no word arms it.
 */
export const CIVIL_COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['group', 'network', 'collective', 'coalition', 'platform', 'project', 'association', 'alliance', 'initiative', 'movement', 'tracker', 'foundation', 'charity', 'organisation', 'organization', 'consortium', 'campaign']);
/** Words that make a group an armed one ("an armed group", "a rebel movement", "a group of gunmen"). */
export const ARMED_GROUP_WORDS: ReadonlySet<string> = new Set([...HOSTILE_MODIFIERS, 'rebels', 'jihadists', 'militants', 'insurgents', 'separatists', 'militia', 'militias', 'guerrilla', 'gunmen', 'fighters', 'bandits', 'guerrillas', 'liberation', 'criminal', 'gang', 'gangs', 'cartel', 'vigilante', 'self-defence', 'self-defense', 'resistance']);

/** "The representative of Haiti", "the US representative": at the UN and such meetings a state's envoy speaks for its government. */
export const STATE_ENVOY_HEADS: ReadonlySet<string> = new Set(['representative', 'ambassador', 'delegate', 'delegation']);

/**
 * When a source's noun phrase carries several role words, the kind of the first in this order
 * wins ("a member of the parliamentary intelligence committee" is a legislator, "Ukraine's
 * military intelligence agency" an intelligence service).
 */
export const KIND_PRECEDENCE: SourceKind[] = [
  'legislator', 'international', 'intelligence', 'media', 'ngo', 'expert', 'military', 'official', 'government', 'witness', 'other',
];

/** Words that make a source span several countries ("Western officials"): country null. */
export const MULTINATIONAL = new Set(['western', 'allied', 'international', 'foreign', 'european', 'african', 'arab', 'nato', 'g7', 'both']);

/** Nouns after a possessive source that carry its figures: "the monitor's toll", "their count". */
export const SOURCE_POSSESSIONS = new Set(['toll', 'count', 'tally', 'figures', 'figure', 'estimate', 'estimates', 'data', 'list', 'records', 'register']);

/** Nouns at the head of "according to figures released by X": the figures stand for X. */
export const FIGURE_NOUNS = new Set(['figures', 'data', 'estimates', 'statistics', 'numbers', 'tallies', 'records', 'reports', 'tally', 'count', 'report', 'statement', 'analysis', 'survey', 'study', 'estimate', 'assessment', 'balance', 'bulletin', 'update', 'communique', 'communiqué', 'release', 'briefing']);

/**
 * Capitalised labels before a colon that name no speaker of a transcript: the outlet's own people
 * (their words are the outlet's voice) and the rubrics of news pages.
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'host', 'co-host', 'anchor', 'presenter', 'reporter', 'correspondent', 'interviewer', 'narrator', 'moderator', 'announcer', 'editor',
  'update', 'updated', 'breaking', 'breaking news', 'exclusive', 'analysis', 'watch', 'listen', 'read more', 'read', 'correction',
  'clarification', "editor's note", 'note', 'source', 'sources', 'photo', 'photos', 'video', 'graphic', 'opinion', 'comment', 'live',
  'latest', 'factbox', 'timeline', 'explainer', 'key figures', 'background', 'context', 'related', 'advertisement', 'disclaimer',
  'warning', 'alert', 'urgent', 'flash', 'bulletin', 'summary', 'attn', 'lead', 'q', 'a', 'question', 'answer', 'reply', 'caption',
]);


/**
 * What an outlet calls its own text in a correction ("An earlier version of this brief said 19 people were
 * wounded"): a sentence that reports what such a version said states a withdrawn figure, no claim.
 */
export const OWN_TEXT_NOUNS: readonly string[] = ['article', 'story', 'report', 'piece', 'brief', 'item', 'post', 'dispatch', 'bulletin', 'update', 'entry', 'blog', 'graphic', 'caption', 'headline'];

/** The occasions a speaker addresses ("told a media briefing", "told the meeting"): no outlet carries the words. */
export const GATHERING_NOUNS: ReadonlySet<string> = new Set(['briefing', 'briefings', 'conference', 'meeting', 'session', 'gathering', 'rally', 'hearing', 'summit', 'forum', 'assembly', 'audience', 'crowd', 'mourners', 'parliament', 'lawmakers', 'senators', 'council', 'committee', 'cabinet']);
