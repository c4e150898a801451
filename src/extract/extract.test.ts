/**
 * Table-driven tests of the extractor, one row per construction of English reporting, on
 * sentences written for these tests. Each row checks the figure, metric, subject, chain, day
 * and hedge of the one claim the sentence states.
 */
import { describe, expect, test } from 'vitest';
import { ExtractionSchema, type Claim } from '../core/claim.ts';
import { extract } from './index.ts';

const PUBLISHED = '2025-03-14T10:00:00'; // a Friday

interface Row {
  text: string;
  metric: Claim['metric'];
  min: number | null;
  max: number | null;
  approximate?: boolean;
  country?: string | null;
  group?: Claim['subject']['group'];
  /** kinds of the chain, speaker first; [] = outlet voice */
  chain?: string[];
  originCountry?: string | null;
  asOf?: string;
  hedged?: boolean;
}

const ROWS: Row[] = [
  // Figures and bounds
  { text: 'About 5 000 people were displaced by the fighting, the agency said.', metric: 'displaced', min: 5000, max: 5000, approximate: true },
  { text: 'Some 1,200-plus soldiers were wounded in the assault, officials said.', metric: 'wounded', min: 1200, max: null },
  { text: 'The fighting killed 1,000+ people, the monitor said.', metric: 'killed', min: 1000, max: null },
  { text: 'Several dozen protesters were arrested, police said.', metric: 'detained', min: 36, max: 99, approximate: true },
  { text: 'On March 12 300 people were killed in the raid, officials said.', metric: 'killed', min: 300, max: 300 },
  { text: 'Some 240 Ethiopian soldiers have been killed in the clashes, the regional government said.', metric: 'killed', min: 240, max: 240, approximate: true, country: 'ET', group: 'military', chain: ['government'] },
  { text: 'At least 75 villagers were killed in the raid, police said on Tuesday.', metric: 'killed', min: 75, max: null, group: 'civilian', asOf: '2025-03-11' },
  { text: 'Up to 3,000 residents have fled the town, the mayor said.', metric: 'displaced', min: null, max: 3000, group: 'civilian' },
  { text: 'Nearly 900 people were wounded, according to the health ministry.', metric: 'wounded', min: null, max: 900, approximate: true, chain: ['government'] },
  { text: 'Between 1,200 and 1,500 fighters are missing, the army said.', metric: 'missing', min: 1200, max: 1500, group: 'military', chain: ['military'] },
  { text: 'Officials said 4,000-5,000 troops had been deployed to the border.', metric: 'deployed', min: 4000, max: 5000, group: 'military', chain: ['official'] },
  { text: 'Twenty-three civilians were killed in the strike, the monitor said.', metric: 'killed', min: 23, max: 23, group: 'civilian' },
  // A clause about the place a speaker is named by, set off by commas, is no speaker; one that holds the verb has its own.
  { text: 'The mayor of Saint-Marc, where many survivors took refuge, said 115 people were dead.', metric: 'killed', min: 115, max: 115, chain: ['government'] },
  { text: 'They reached Goma, where aid agencies said 40 people had died of cholera.', metric: 'killed', min: 40, max: 40, chain: ['ngo'] },
  // "…, which said": the name that ends the clause before it speaks, not the clause.
  { text: 'The boat belonged to the Ministry of Fisheries, which said 12 crew were missing.', metric: 'missing', min: 12, max: 12, chain: ['government'] },
  // A description set off after a body's name types it; a body named for no country is of the country it is based in.
  { text: 'According to the Centre for Frontier Security Studies, an Islamabad-based think tank, militant attacks killed 389 people this year.', metric: 'killed', min: 389, max: 389, chain: ['expert'], originCountry: 'PK' },
  { text: 'Militant attacks killed 389 people this year, said the Centre for Frontier Security Studies, an Islamabad-based think tank.', metric: 'killed', min: 389, max: 389, chain: ['expert'], originCountry: 'PK' },
  { text: 'The Centre for Frontier Security Studies, an Islamabad-based think tank, said militant attacks killed 389 people this year.', metric: 'killed', min: 389, max: 389, chain: ['expert'], originCountry: 'PK' },
  { text: 'The Syrian Observatory for Human Rights, a Britain-based monitor, said 40 fighters were killed.', metric: 'killed', min: 40, max: 40, group: 'military', chain: ['ngo'], originCountry: 'SY' },
  // "reports on …", "estimates from …" are nouns: the speaker is the whole phrase, not the word before them.
  { text: 'The BBC reports on Monday that 20 people were wounded.', metric: 'wounded', min: 20, max: 20, chain: ['media'], asOf: '2025-03-10' },
  // A conjunction inside a clause set off after the speaker ("since", "because") does not end the speaker's phrase.
  { text: 'The Syrian Network for Human Rights, a monitoring group that has documented abuses since the uprising began in 2011, says at least 112,414 people remain forcibly disappeared.', metric: 'missing', min: 112414, max: null, chain: ['ngo'], originCountry: 'SY' },
  { text: 'The International Commission on Missing Persons, which is based in The Hague and has worked on Syria since 2016, has said that more than 150,000 people may be missing.', metric: 'missing', min: 150000, max: null, chain: ['international'], originCountry: null, hedged: true },
  { text: 'A police officer in Goma, who spoke on condition of anonymity because he was not authorized to speak, said 40 people had been killed.', metric: 'killed', min: 40, max: 40, chain: ['official'] },
  { text: 'The UN refugee agency said it had so far registered 1,800 refugees from the town.', metric: 'displaced', min: 1800, max: 1800, chain: ['international'] },
  // How a speaker was reached is no part of who it is; an abbreviated role is one only in capitals.
  { text: 'A resident of Djibo reached by telephone said he had counted at least 30 bodies in the streets.', metric: 'killed', min: 30, max: null, chain: ['witness'] },
  { text: 'A strike flattened a house, killing 11 members of one family, according to Samir Hamdan, a neighbour who helped dig through the rubble.', metric: 'killed', min: 11, max: 11, chain: ['witness'] },
  { text: 'DIG Ahmed Khan said 11 people were killed in the blast.', metric: 'killed', min: 11, max: 11, chain: ['government'] },
  // Killed or maimed: both, as one count.
  { text: 'Unicef said more than 650 children had been killed or maimed in the first four months of the year.', metric: 'casualties', min: 650, max: null, group: 'civilian', chain: ['international'] },
  { text: 'Airstrikes killed or maimed 300 children last year, Unicef said.', metric: 'casualties', min: 300, max: 300, group: 'civilian', chain: ['international'] },
  // Unnamed officials are of the country attacked, not of the attacker named first.
  { text: 'Russia pounded Kyiv with missiles overnight, killing at least 12 people, officials said.', metric: 'killed', min: 12, max: null, chain: ['official'], originCountry: 'UA' },
  // Named hospital staff speak for no state; a state's health official or an unnamed hospital administrator does.
  { text: 'Among the dead were 20 children, said Dr. Khalil Abu Nada, head of the emergency department at Nasser Hospital.', metric: 'killed', min: 20, max: 20, group: 'civilian', chain: ['other'] },
  { text: 'Medical superintendent Ahmad Gul said his staff had received 39 bodies.', metric: 'killed', min: 39, max: 39, chain: ['other'] },
  { text: 'Dr Abdulqawi al-Mikhlafi, director of the Taiz health office, said 18 of the dead were children.', metric: 'killed', min: 18, max: 18, chain: ['government'] },
  { text: "At least 26 people were killed, an administrator at the town's hospital said.", metric: 'killed', min: 26, max: null, chain: ['official'] },
  // "by N to M" is a range unless a verb of change comes before; "X, which Y say …": Y says it.
  { text: 'The M23, which United Nations experts say is backed by 3,000 to 4,000 Rwandan soldiers operating inside Congo, has set up its own administration.', metric: 'deployed', min: 3000, max: 4000, country: 'RW', group: 'military', chain: ['international'] },
  { text: 'The toll rose by 300 to 4,500, the ministry said.', metric: 'killed', min: 4500, max: 4500, chain: ['government'] },
  { text: "Fighters killed more than 200 people in raids on villages, a lawyers' group tracking the war said.", metric: 'killed', min: 200, max: null, chain: ['ngo'] },
  // A second verb after a quoted object ("condemned the "heinous" attack and said") has the sentence's subject.
  { text: 'MONUSCO, the UN mission in Congo, condemned the "heinous" attack and said on Monday that rebels had killed at least 82 civilians since July.', metric: 'killed', min: 82, max: null, group: 'civilian', chain: ['international'], asOf: '2025-03-10' },
  // "General Directorate" is a state body, not a general named "Migration".
  { text: 'More than 276,000 Haitians were deported last year, according to the General Directorate of Migration.', metric: 'displaced', min: 276000, max: null, chain: ['government'] },
  // Sheltered away from home are displaced.
  { text: 'The agency said 21,306 people were sheltering in 142 safety centres run by the district secretariats.', metric: 'displaced', min: 21306, max: 21306 },
  { text: 'Some 9,300 people were in official shelters, the agency said.', metric: 'displaced', min: 9300, max: 9300, approximate: true },
  // "fighting" after a preposition or an adjective is the noun; victims of what is named before them.
  { text: 'The number of people killed in fighting in Arauca has risen to 27, the ministry said.', metric: 'killed', min: 27, max: 27, chain: ['government'] },
  { text: 'The police spokesman said tactical teams had rescued four other kidnap victims in a forest.', metric: 'captured', min: 4, max: 4, chain: ['government'] },
  { text: 'The nurse said she treated dozens of gunshot victims at the clinic.', metric: 'wounded', min: 24, max: 99, approximate: true },
  { text: '95 Ukrainian defenders have returned home from Russian captivity, the headquarters said.', metric: 'captured', min: 95, max: 95, country: 'UA', group: 'military' },
  // People a state holds in its prisons are detained, not captives; boats seized count no one.
  { text: 'The prison service says it holds more than 80,000 inmates in its facilities nationwide.', metric: 'detained', min: 80000, max: null },
  { text: 'The navy said it had arrested 213 fishermen and seized 29 trawlers so far this year.', metric: 'detained', min: 213, max: 213, group: 'civilian', chain: ['military'] },
  // A bracketed acronym is part of the name before it; "credible reports" is a noun; a role's initials refer back to it.
  { text: "Six jawans of the state police's Special Task Force (STF) and their civilian driver were killed on Thursday, police said.", metric: 'killed', min: 6, max: 6, group: 'military', chain: ['government'] },
  { text: 'The council said it had received “credible reports” from relatives that more than 50 people were injured.', metric: 'wounded', min: 50, max: null, chain: ['government'] },
  // Unions of journalists, documentation centres and civil-society coordinators are NGOs.
  { text: 'At least 13 journalists have been killed since April, the Sudanese Journalists Syndicate says.', metric: 'killed', min: 13, max: null, group: 'civilian', chain: ['ngo'], originCountry: 'SD' },
  { text: 'More than 80,000 people have fled, according to the Syria Response Coordinators group.', metric: 'displaced', min: 80000, max: null, chain: ['ngo'], originCountry: 'SY' },
  { text: 'Between 3,000 and 5,000 people fled across the border last month, The Border Consortium said.', metric: 'displaced', min: 3000, max: 5000, chain: ['ngo'] },
  // A time after "said" is no speaker; an aside opened by a participle is set off; a pronoun closing a fronted place speaks.
  { text: 'Ahmad Mourad, head of the commission set up by the interim authorities, said last month that at least 120,000 people were still missing.', metric: 'missing', min: 120000, max: null, chain: ['government'], asOf: '2025-02-01' },
  { text: 'An interior ministry official, speaking on condition of anonymity because he was not authorised to talk to the media, said police had detained about 2,300 people.', metric: 'detained', min: 2300, max: 2300, approximate: true, chain: ['official'] },
  // "puts the combined death toll for both sides at …": the object of "put" may run to several words.
  { text: 'The Centre for Border Studies, an Islamabad-based research group, puts the combined death toll for both sides at between 40 and 70.', metric: 'killed', min: 40, max: 70, chain: ['expert'], originCountry: 'PK' },
  // "to be" after a verb of report states what is: "are believed to be stationed" is no plan.
  { text: 'Several hundred Russian paramilitaries are believed to be stationed in the country, diplomats said.', metric: 'deployed', min: 300, max: 999, approximate: true, hedged: true, country: 'RU', group: 'military' },
  // A state's report of forces sent, in the passive and with no other side named, is of its own forces.
  { text: "Kenya's Interior Ministry said 300 police officers had been deployed to the protest sites.", metric: 'deployed', min: 300, max: 300, country: 'KE', group: 'military', chain: ['government'] },
  // The dead recovered, whatever verb finds them; those treated for wounds; those who bury count the dead.
  { text: "The bodies of 12 men were found in a ravine, the prosecutor's office said.", metric: 'killed', min: 12, max: 12, chain: ['government'] },
  { text: 'The aid group said its teams treated 214 patients for gunshot and shrapnel wounds.', metric: 'wounded', min: 214, max: 214, group: 'civilian' },
  { text: 'Two residents said they helped bury between 40 and 45 people.', metric: 'killed', min: 40, max: 45, chain: ['witness'] },
  // Sheltered away from home; civilians an authority moves are displaced, not deployed.
  { text: 'An estimated 3,100 people are staying in overcrowded sites, the agency said.', metric: 'displaced', min: 3100, max: 3100, approximate: true },
  { text: 'The mission said about 1,600 civilians seeking protection had gathered at its base.', metric: 'displaced', min: 1600, max: 1600, approximate: true, group: 'civilian' },
  { text: 'Provincial authorities have moved 141,208 civilians from border districts to 612 temporary shelters, the ministry said.', metric: 'displaced', min: 141208, max: 141208, group: 'civilian' },
  // A name's bracketed acronym inside the noun phrase: the people are still the name's fighters.
  { text: 'Iraqi security forces killed six Islamic State (ISIS) militants in the Hamrin mountains, the cell said.', metric: 'killed', min: 6, max: 6, group: 'military' },
  // A figure in words restated in digits is one figure: "nine (9) killed", "twenty-three (23) kidnapped victims".
  { text: 'Casualties among Thai military personnel since 8 December stand at nine (9) killed and 68 wounded, the ministry said.', metric: 'killed', min: 9, max: 9, chain: ['government'] },
  { text: 'Three (3) bandits were neutralised and twenty-three (23) kidnapped victims were rescued, police said.', metric: 'captured', min: 23, max: 23, chain: ['government'] },
  { text: 'One (1) Police Inspector sustained a gunshot injury, police said.', metric: 'wounded', min: 1, max: 1 },
  // A national society is its country's charity; a country's name before a group's makes it the state's own force; one
  // word of a known body's name inside another name is not that body.
  { text: 'The Philippine Red Cross said two civilians had been killed by stray bullets.', metric: 'killed', min: 2, max: 2, chain: ['ngo'], originCountry: 'PH' },
  { text: "The South Sudan People's Defence Forces said on Monday that 58 of its soldiers had been killed.", metric: 'killed', min: 58, max: 58, chain: ['military'], originCountry: 'SS', asOf: '2025-03-10' },
  { text: 'The Geneva-based Civilian Harm Observatory said at least 480 civilians were killed in drone strikes.', metric: 'killed', min: 480, max: null, chain: ['ngo'], originCountry: 'CH' },
  // Nouns and participles that look like speech verbs: "raised fears that", "damage estimated at", "people accused of";
  // "in May 2024" is the month, no hedge.
  { text: 'Weeks of fighting have driven tens of thousands of people across the border and raised fears that the country could slide back into war.', metric: 'displaced', min: 20000, max: 99999, approximate: true, chain: [] },
  { text: 'Unrest in May 2024 killed 14 people and caused damage estimated at 2.2 billion euros.', metric: 'killed', min: 14, max: 14, chain: [], hedged: false },
  { text: 'Under the conflict decree, security forces have arrested more than 18,000 people accused of belonging to gangs, according to the interior ministry.', metric: 'detained', min: 18000, max: null, chain: ['government'] },
  // People of aid groups speak for the aid side.
  { text: 'A local aid worker said 6,000-7,000 people had fled the town since the siege began.', metric: 'displaced', min: 6000, max: 7000, chain: ['ngo'] },
  // A clause about some of the speakers set off by commas; a span of time fronted before the speaker.
  { text: 'Relatives, some of whom had walked for hours from neighbouring valleys, said about two dozen men were still unaccounted for.', metric: 'missing', min: 24, max: 24, approximate: true, chain: ['witness'] },
  { text: 'Governor Ihor Kovalchuk wrote that four people had died. Just over an hour later he posted an update saying the number of dead had risen to 5.', metric: 'killed', min: 5, max: 5, chain: ['government'] },
  // Dying in custody is killed; people an agency moves into shelters are displaced; a trailing "its researchers found"
  // closes the sentence and speaks for the body named before.
  { text: 'Nationwide, the prison service recorded 392 prisoners dying in custody between 2021 and 2024, the paper said.', metric: 'killed', min: 392, max: 392 },
  { text: 'The UN refugee agency said it had moved about 1,800 people into temporary communal centres.', metric: 'displaced', min: 1800, max: 1800, approximate: true, chain: ['international'] },
  { text: 'The Civilian Harm Observatory published its report. A strike on the market killed 63 people, 11 of them women, its researchers found.', metric: 'killed', min: 63, max: 63, chain: ['ngo'] },
  { text: 'At least 16 mothers who searched for disappeared relatives have been murdered since 2010, according to the network.', metric: 'killed', min: 16, max: null },
  // Held by a state ("now in Sri Lankan custody"), caught, recaptured; "last seen in police custody" is missing; soldiers
  // handed back are captives.
  { text: 'The association said 97 Tamil Nadu fishermen were now in Sri Lankan custody.', metric: 'detained', min: 97, max: 97, chain: ['ngo'] },
  { text: 'Border guards caught 1,264 irregular migrants last week, the ministry said.', metric: 'detained', min: 1264, max: 1264, chain: ['government'] },
  { text: 'The prison service said 27 of the escapees had been recaptured.', metric: 'detained', min: 27, max: 27 },
  { text: 'The coalition said 11 people who were last seen in police custody remained unaccounted for.', metric: 'missing', min: 11, max: 11 },
  { text: 'Both sides handed back 185 soldiers, the ministry said.', metric: 'captured', min: 185, max: 185 },
  // State services by what they do; a state's "armed forces" are no armed group; private analysts are experts.
  { text: 'The Nigerian Correctional Service says it holds more than 80,000 inmates in its custodial centres.', metric: 'detained', min: 80000, max: null, chain: ['government'], originCountry: 'NG' },
  { text: 'Two residents of Kirbali were detained on Tuesday, the State Security Service of Georgia said.', metric: 'detained', min: 2, max: 2, chain: ['intelligence'], originCountry: 'GE' },
  { text: 'Four soldiers were killed in the ambush in Peru, the Joint Command of the Armed Forces said.', metric: 'killed', min: 4, max: 4, chain: ['military'], originCountry: 'PE' },
  { text: 'At least 1,180 people were kidnapped last year, the Abuja-based consultancy Sahel Risk Analytics said.', metric: 'captured', min: 1180, max: null, chain: ['expert'], originCountry: 'NG' },
  // A range straight after its anchor ("put the death toll between 60 and 70"); "a combined" before the figure.
  { text: 'A local volunteer network put the death toll between 60 and 70.', metric: 'killed', min: 60, max: 70 },
  { text: 'Fighting has displaced a combined 1.2 million Somalis, the agency said.', metric: 'displaced', min: 1200000, max: 1200000, country: 'SO' },
  // Forces concentrated or massed are deployed; people expelled or living in host villages are displaced; "a record";
  // prisoners a state frees in an amnesty were its detainees (not in "Amnesty International"); one crew member counts.
  { text: 'Russia has concentrated about 110,000 troops near Pokrovsk, the commander said.', metric: 'deployed', min: 110000, max: 110000, approximate: true, chain: ['military'] },
  { text: 'More than 1.2 million Afghans had been expelled from Iran since January, the ministry said.', metric: 'displaced', min: 1200000, max: null, country: 'AF' },
  { text: 'Thousands more are living in host villages, the aid group said.', metric: 'displaced', min: 2000, max: 9999, approximate: true },
  { text: 'The IOM said the number of people displaced by violence in Haiti had risen to a record 1.4 million.', metric: 'displaced', min: 1400000, max: 1400000, chain: ['international'] },
  { text: 'The military government freed 6,010 prisoners in its annual Independence Day amnesty, state broadcaster MRTV reported.', metric: 'detained', min: 6010, max: 6010, chain: ['media'] },
  { text: 'Boko Haram seized 276 schoolgirls from Chibok in 2014, Amnesty International said.', metric: 'captured', min: 276, max: 276, chain: ['ngo'] },
  { text: 'Rebels shot down the helicopter and one crew member was killed, the mission said.', metric: 'killed', min: 1, max: 1 },
  // A channel named with its number speaks; "up from five reported earlier" is a participle, not a report.
  { text: 'Channel 12 reported that the IDF had moved some 3,000 troops to the northern West Bank.', metric: 'deployed', min: 3000, max: 3000, approximate: true, chain: ['media'] },
  { text: 'Nine people are now known to have died, up from five reported earlier, regional governor Oleh Hrytsenko said on Tuesday.', metric: 'killed', min: 9, max: 9, chain: ['government'], asOf: '2025-03-11' },
  // A titled name in apposition with its description ("the El Fasher Resistance Committee, a network of volunteers, said");
  // a named network is a group's, a state's offices are the state's, the sea is no channel.
  { text: 'Shelling has killed at least 40 people since Sunday, the El Fasher Resistance Committee, a network of neighbourhood volunteers, said.', metric: 'killed', min: 40, max: null, chain: ['ngo'] },
  { text: 'The Southland Immigrant Defense Network said it had documented at least 212 arrests since June 6.', metric: 'detained', min: 212, max: null, chain: ['ngo'] },
  { text: "ICE's Los Angeles field office said 118 people were taken into custody.", metric: 'detained', min: 118, max: 118, chain: ['government'] },
  { text: 'Another 14 people were injured, the maritime prefecture for the Channel and the North Sea said.', metric: 'wounded', min: 14, max: 14, chain: ['government'] },
  // District magistrates and statistics agencies are the state's; "initial reports" are what a source gave, not a source.
  { text: 'The death toll in the stampede has risen to 11, Patna District Magistrate Anupam Shekhar told reporters.', metric: 'killed', min: 11, max: 11, chain: ['government'] },
  { text: 'The national statistics agency, INEGI, recorded 33,241 homicides in 2024.', metric: 'killed', min: 33241, max: 33241, chain: ['government'] },
  { text: 'Initial reports suggest at least five people may have died in the stampede, according to local TV channels.', metric: 'killed', min: 5, max: null, hedged: true, chain: ['media'] },
  // Forces present: past an adverb ("were currently in Kursk"), or in a mission named by its noun.
  { text: 'Uganda has some 4,400 soldiers in the mission, the spokesman said.', metric: 'deployed', min: 4400, max: 4400, approximate: true, country: 'UG' },
  { text: 'He said around 11,000 North Korean soldiers were currently in Russia\'s Kursk region.', metric: 'deployed', min: 11000, max: 11000, approximate: true, country: 'KP' },
  // "three others wounded": more of the people just counted, the participle their cue; constables are police.
  { text: 'Officials said two civilians were killed and three others wounded.', metric: 'wounded', min: 3, max: 3, group: 'civilian' },
  { text: 'The district police officer said two constables were martyred and three were injured.', metric: 'killed', min: 2, max: 2, group: 'military' },
  // A demonym before a state body makes that state the one deploying ("the Indian Army", "the Australian Defence Force").
  { text: 'The Indian Army has deployed about 150 personnel to the district, the state government said.', metric: 'deployed', min: 150, max: 150, approximate: true, country: 'IN', group: 'military' },
  { text: 'The minister said the Australian Defence Force had sent 250 personnel to the flooded towns.', metric: 'deployed', min: 250, max: 250, country: 'AU', group: 'military' },
  // "bring to 862 the number of soldiers killed": the object shifted after the figure names the people counted.
  { text: 'The latest deaths bring to 862 the number of soldiers killed since the war began, the army said.', metric: 'killed', min: 862, max: 862, group: 'military' },
  // An NGO based abroad is an international one (of no country); one based in the story's country is a local group.
  { text: "The Geneva-based Civilian Harm Observatory said at least 480 civilians were killed in Ethiopia's Amhara region.", metric: 'killed', min: 480, max: null, chain: ['ngo'], originCountry: null },
  { text: 'The Jos-based group Rural Peace Watch said 1,336 people were killed in Plateau State in Nigeria.', metric: 'killed', min: 1336, max: 1336, chain: ['ngo'], originCountry: 'NG' },
  // Local media are the press of the place the story is in.
  { text: "At least 24 people were killed in an air strike on a village in Myanmar's Sagaing region, local media reported.", metric: 'killed', min: 24, max: null, chain: ['media'], originCountry: 'MM' },
  // Monitors, several and unnamed, are a group's (of no one country); the UN's are the UN's.
  { text: 'Independent monitors say air strikes have killed hundreds of civilians since January.', metric: 'killed', min: 200, max: 999, approximate: true, chain: ['ngo'], originCountry: null },
  { text: 'UN monitors said 40 civilians were killed in the district.', metric: 'killed', min: 40, max: 40, chain: ['international'] },
  // "handing over 185 servicemen" in a swap counts captives, as "handed over" did.
  { text: 'Russia exchanged prisoners with Ukraine on Thursday, handing over 185 Ukrainian servicemen, officials said.', metric: 'captured', min: 185, max: 185, country: 'UA', group: 'military' },
  // "based on reports from its network": the speaker's own people are no further source.
  { text: 'HRANA, an Iranian rights group, said 1,190 people had been killed, based on reports from its network inside the country.', metric: 'killed', min: 1190, max: 1190, chain: ['ngo'], originCountry: 'IR' },
  // The dead and the missing in one count are missing, as "missing or in captivity" is (dev decision).
  { text: 'More than 1,000 migrants have died or gone missing this year, the agency says.', metric: 'missing', min: 1000, max: null },
  { text: 'The agency counts 1,189 people dead or missing on the route.', metric: 'missing', min: 1189, max: 1189 },
  // Forces serving in a mission are deployed; others who serve deploy no one (negative.test.ts).
  { text: 'Around 11,000 troops serve with the African Union mission in Somalia.', metric: 'deployed', min: 11000, max: 11000, approximate: true, group: 'military' },
  // A long appositive of a noun and its relative clause still closes before the speaker's verb; volunteer networks are groups.
  { text: "The Um Sumeima Emergency Room, one of the volunteer networks that have kept food and medicine moving in areas cut off by Sudan's war, said in a statement that 11 children were among the dead.", metric: 'killed', min: 11, max: 11, chain: ['ngo'], originCountry: 'SD' },
  { text: 'The Emergency Room, one of the volunteer networks that have helped, said that 11 children were killed.', metric: 'killed', min: 11, max: 11, chain: ['ngo'] },
  // People held in a prison are its detainees, whoever holds them; hostages and prisoners of war held elsewhere stay captives.
  { text: 'The group holds about 9,000 suspected Islamic State fighters in prisons across the northeast.', metric: 'detained', min: 9000, max: 9000, approximate: true },
  { text: 'The minister said the facility had held about 2,500 prisoners, more than twice its capacity.', metric: 'detained', min: 2500, max: 2500, approximate: true },
  { text: 'Russia holds about 8,000 Ukrainian prisoners of war, the ombudsman said.', metric: 'captured', min: 8000, max: 8000, approximate: true, country: 'UA' },
  // A bound straight after a toll it puts: "put the death toll as high as 150,000".
  { text: 'Some researchers put the death toll as high as 150,000.', metric: 'killed', min: null, max: 150000, chain: ['expert'] },
  // The execution, massacre or murder of people counts them killed, whatever a relative clause after them says.
  { text: 'The mission has documented the execution of at least 79 Ukrainian servicemen who had surrendered or been captured.', metric: 'killed', min: 79, max: null, country: 'UA', group: 'military' },
  // A country's name after "in" places an unplaced state source; "South Sudan's army" is not "Sudan's army".
  { text: "Israeli warplanes struck yards in south Lebanon, killing one person, the Health Ministry's emergency centre said.", metric: 'killed', min: 1, max: 1, chain: ['government'], originCountry: 'LB' },
  { text: "South Sudan's army said it had killed 43 fighters of the opposition's armed wing.", metric: 'killed', min: 43, max: 43, chain: ['military'], originCountry: 'SS' },
  // Medical staff (a doctor, a local health worker) are "other" sources, placed where they work.
  { text: 'At a hospital in Mogadishu, a doctor said 17 of the wounded were in critical condition.', metric: 'wounded', min: 17, max: 17, chain: ['other'], originCountry: 'SO' },
  { text: 'In Ethiopia\'s Amhara region, a local health worker said 26 wounded people had been brought to the clinic.', metric: 'wounded', min: 26, max: 26, chain: ['other'], originCountry: 'ET' },
  // People named with the one country they come from ("migrants from Ethiopia"); several countries give none.
  { text: 'At least 68 migrants from Ethiopia drowned when their boat capsized, the agency said.', metric: 'killed', min: 68, max: null, country: 'ET', group: 'civilian' },
  { text: 'The UN says 13 peacekeepers from South Africa, Malawi and Uruguay have been killed in the fighting.', metric: 'killed', min: 13, max: 13, country: null, group: 'military' },
  // Armed men named as bandits or kidnappers are fighters; an elided noun after a count of one side's dead is that side's.
  { text: 'The army said troops had rescued 29 kidnap victims and killed 11 bandits in neighbouring Katsina state.', metric: 'killed', min: 11, max: 11, group: 'military' },
  { text: "President Volodymyr Zelensky put Ukraine's military dead at more than 46,000, with about 380,000 wounded.", metric: 'wounded', min: 380000, max: 380000, approximate: true, country: 'UA', group: 'military' },
  // "…, state broadcaster RTB quoted the minister as saying on Tuesday": the day after the quotation dates it (a Tuesday).
  { text: 'Forty soldiers were killed near Djibo on Sunday, state broadcaster RTB quoted the security minister as saying on Tuesday.', metric: 'killed', min: 40, max: 40, chain: ['media', 'government'], asOf: '2025-03-11' },
  // "moved to": forces moved somewhere are deployed there; other people moved to safety are displaced.
  { text: 'He added that roughly 5,000 North Korean military engineers were reportedly being moved to the region to clear mines.', metric: 'deployed', min: 5000, max: 5000, approximate: true, country: 'KP', group: 'military', hedged: true },
  { text: 'About 3,000 civilians were moved to shelters, the governor said.', metric: 'displaced', min: 3000, max: 3000, approximate: true, group: 'civilian' },
  // An infinitive "to show" is no report; dotted acronyms are the bodies they spell; hospital staff are placed where they work.
  { text: 'The UN mission said it had received credible reports of at least 12 civilian deaths, and urged both sides to show restraint.', metric: 'killed', min: 12, max: null, chain: ['international'] },
  { text: 'The violence has displaced more than 700,000 Haitians, according to the I.O.M.', metric: 'displaced', min: 700000, max: null, chain: ['international'] },
  { text: 'In Mogadishu, the director of Medina Hospital, Dr Mohamed Yusuf, said the hospital had received 41 wounded people.', metric: 'wounded', min: 41, max: 41, chain: ['other'], originCountry: 'SO' },
  // Police ranks are no army's; ombudspeople and search-and-rescue or social-affairs offices are the state's.
  { text: 'Police spokesperson Brigadier Namhla Mhlakuza said 14 people were still unaccounted for.', metric: 'missing', min: 14, max: 14, chain: ['government'] },
  { text: "Russia's human rights ombudswoman said about 2,000 residents were unaccounted for.", metric: 'missing', min: 2000, max: 2000, approximate: true, chain: ['government'], originCountry: 'RU' },
  { text: 'Some 1,200 refugees are housed in shelters, according to the provincial social affairs office.', metric: 'displaced', min: 1200, max: 1200, approximate: true, chain: ['government'] },
  // Forces "in the country" (the region, the province …) are present there, as in a place named.
  { text: 'The African Union mission, which still has about 12,600 troops in the country, is due to be replaced.', metric: 'deployed', min: 12600, max: 12600, approximate: true, group: 'military' },
  // People without a roof since they fled are displaced.
  { text: 'Save the Children said some 35,000 people were sleeping in the open after their homes were destroyed.', metric: 'displaced', min: 35000, max: 35000, approximate: true, chain: ['ngo'] },
  // A state holding another country's people holds captives, whoever reports it; its own people it detains.
  { text: "Ukraine's ombudsman said Russia was holding at least 16,000 Ukrainian civilians.", metric: 'captured', min: 16000, max: null, country: 'UA' },
  { text: "The interior ministry said Russia was holding 300 Russian citizens on terrorism charges.", metric: 'detained', min: 300, max: 300, country: 'RU' },
  // A relative clause before the speaker's name is the figure's clause: its date is the event's, not the statement's.
  { text: 'The bodies of six people, including three children, who had gone missing from a relief camp on March 2 were recovered from the river, Manipur Police said on Thursday.', metric: 'killed', min: 6, max: 6, chain: ['government'], asOf: '2025-03-13' },
  // "according to a report released on Thursday by X": the day the report came out stands between it and its maker.
  { text: 'The army killed at least 1,161 civilians this year, according to a report released on Thursday by the Burma Rights Observatory, a monitoring group.', metric: 'killed', min: 1161, max: null, chain: ['ngo'], originCountry: 'MM', asOf: '2025-03-13' },
  // Forces "shipped to" a country or "on the ground", and "in eastern Congo", are deployed; "serving with" a force before
  // the verb of what befell them is a description.
  { text: 'Roughly 11,000 North Korean troops were shipped to Russia last year, the lawmakers said.', metric: 'deployed', min: 11000, max: 11000, approximate: true, country: 'KP', group: 'military' },
  { text: 'Burundi has an estimated 10,000 troops in eastern Congo.', metric: 'deployed', min: 10000, max: 10000, approximate: true, country: 'BI', group: 'military' },
  { text: 'Thirteen foreign peacekeepers and soldiers serving with a southern African force were killed in the fighting, their governments said.', metric: 'killed', min: 13, max: 13, group: 'military' },
  // "forced to move again", "forced out of camps" displace; "subjected to enforced disappearance" are missing.
  { text: 'About 350,000 people have been forced out of camps, the UN refugee agency said.', metric: 'displaced', min: 350000, max: 350000, approximate: true, chain: ['international'] },
  { text: 'The commission documented 32 people subjected to enforced or involuntary disappearance.', metric: 'missing', min: 32, max: 32 },
  // "a week ago" is a time, not a rate ("a week" after a figure is one).
  { text: 'The ministry said more than 400 people have been killed and 3,056 injured since the strikes began a week ago.', metric: 'wounded', min: 3056, max: 3056 },
  // Forces called up: "mobilised" in the passive; a mixed coordination counts people.
  { text: 'Some 12,000 reservists have been mobilised for the border operation, the defence ministry said.', metric: 'deployed', min: 12000, max: 12000, approximate: true, group: 'military' },
  { text: 'More than 2,000 soldiers and relief workers were mobilised after the landslide, the governor said.', metric: 'deployed', min: 2000, max: null, group: 'people' },
  // A toll that "lay" or "remained" at a figure; a distance set off after a place does not end the subject.
  { text: 'The toll from the raids lay between 70 and 90, a hospital director said.', metric: 'killed', min: 70, max: 90 },
  { text: 'The number of people killed in the raid on the village of Oruma, 20 km from the border, rose to 41, a local official said.', metric: 'killed', min: 41, max: 41 },
  // A state that "has" forces somewhere, named before a relative clause, is their country.
  { text: 'Rwanda, which has about 2,000 soldiers in Cabo Delgado, said none had been hurt.', metric: 'deployed', min: 2000, max: 2000, approximate: true, country: 'RW', group: 'military' },
  // The people counted named after "were", past an adverb or a hedge, with a phrase of their own after them.
  { text: 'At least 19 of the victims were pupils of a village school, police said.', metric: 'killed', min: 19, max: null, group: 'civilian' },
  { text: 'About 30 of the missing are believed to be children, the governor said.', metric: 'missing', min: 30, max: 30, approximate: true, group: 'civilian' },
  { text: 'Two of the dead were reportedly teenagers, a doctor said.', metric: 'killed', min: 2, max: 2, group: 'civilian' },
  // Heads of regions and districts are the state's; "Hon." is a title before a name set off after a description.
  { text: 'Two men were killed in the shelling, according to regional head Oleh Kostenko.', metric: 'killed', min: 2, max: 2, chain: ['government'] },
  { text: 'About 300 miners fled the gold fields, Nduga Regent Yakobus Wenda said.', metric: 'displaced', min: 300, max: 300, chain: ['government'] },
  { text: 'The Minister of Interior, Hon. Mary Akech, told journalists in Juba that 45 soldiers had been killed.', metric: 'killed', min: 45, max: 45, chain: ['government'] },
  // A counter named as the owner of its count: "X's running tally", "By the count of X,", "X puts … higher still, at".
  { text: "The monitor's running tally now stands at more than 9,400 people killed.", metric: 'killed', min: 9400, max: null, chain: ['ngo'] },
  { text: "By the count of Sudan's health ministry, nearly 800 people died in the week of fighting.", metric: 'killed', min: null, max: 800, chain: ['government'] },
  { text: "Ukraine's General Staff puts the enemy's losses higher still, at more than 12,000 killed and wounded.", metric: 'casualties', min: 12000, max: null, chain: ['military'] },
  // People a state's body holds, or held in a facility or in detention, are detained.
  { text: 'The agency was holding 5,200 people as of May 1, its figures show.', metric: 'detained', min: 5200, max: 5200 },
  { text: 'Police said 300 of the migrants were being held at a temporary facility near the border.', metric: 'detained', min: 300, max: 300 },
  { text: 'The number of people held in immigration detention has climbed past 40,000, the agency said.', metric: 'detained', min: 40000, max: null },
  // People seized, even by a plural noun this extractor does not list ("schoolgirls"), or "others".
  { text: 'Gunmen seized 87 schoolgirls from a boarding school, police said.', metric: 'captured', min: 87, max: 87 },
  // "not yet been accounted for" is missing.
  { text: 'Officials said 140 people had not yet been accounted for.', metric: 'missing', min: 140, max: 140 },
  // An appositive name with its bracketed acronym still names the speaker before the verb.
  { text: "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said on Thursday that 23 soldiers had been killed.", metric: 'killed', min: 23, max: 23, group: 'military', chain: ['military'], originCountry: 'PK', asOf: '2025-03-13' },
  // A set-off relative clause before a first verb joined to "and said" is no speaker ("…, which has fought … since August 2023, blamed X and said").
  { text: 'A spokesman for the Kivu militia, which has been fighting the army since August 2023, blamed the air force and said its fighters had killed more than 70 soldiers.', metric: 'killed', min: 70, max: null, chain: ['military'] },
  // A distance set off after the speaker's place is no speaker ("X in Kaya, about 150 km to the south, said").
  { text: 'An aid worker in Kaya, about 150 km to the south, said more than 2,000 people had fled there since Sunday.', metric: 'displaced', min: 2000, max: null, chain: ['ngo'] },
  // A group's named media arm carries its statement; a platform or an unnamed station does not.
  { text: 'The militia claimed the ambush in a statement on its Sawt al-Jabal radio station, saying it had killed 14 soldiers.', metric: 'killed', min: 14, max: 14, chain: ['media', 'military'] },
  { text: 'The militia said on its Telegram channel that it had killed 14 soldiers.', metric: 'killed', min: 14, max: 14, chain: ['military'] },
  // "detailed" reports what a body's report sets out.
  { text: "Of the victims, 141 were men, the prosecutor's office detailed in its monthly report.", metric: 'killed', min: 141, max: 141, chain: ['government'] },
  // What the state publishes ("official figures", "official data") is the government's voice.
  { text: 'More than 60 people died last year, according to official figures.', metric: 'killed', min: 60, max: null, chain: ['government'] },
  // People a state sends back to a country were removed, not freed from captivity.
  { text: 'The interior ministry said it had returned 212 migrants to Tunisia since June.', metric: 'displaced', min: 212, max: 212, chain: ['government'] },
  // A time before a semicolon dates its own clause's event, not the statement after it.
  { text: 'Earlier this month troops retook the town; the army said 70 militants were killed in the operation.', metric: 'killed', min: 70, max: 70, chain: ['military'], asOf: '2025-03-14' },
  // A limiting adverb may stand between "listed" and its figure.
  { text: 'On Monday the council had listed only 12 people as missing.', metric: 'missing', min: 12, max: 12, chain: ['government'], asOf: '2025-03-10' },
  // A report named before a relative clause without "that": its maker is in the clause.
  { text: 'Of the victims, 141 were men, according to a report the prosecutor published on Thursday.', metric: 'killed', min: 141, max: 141, chain: ['government'], asOf: '2025-03-13' },
  { text: 'According to the report I have just received from the mayor, six civilians were killed.', metric: 'killed', min: 6, max: 6, chain: ['government'] },
  // Soldiers and members of an armed body named with its full name are forces, past inner "of" and a bracketed acronym.
  { text: 'Officials said 25 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) militia had been killed.', metric: 'killed', min: 25, max: 25, group: 'military', chain: ['official'] },
  // After ", but said" the speaker is the subject before the sentence's first verb.
  { text: 'The army spokesman, Colonel Jean Ndayi, declined to comment on the figure, but said three soldiers had been killed.', metric: 'killed', min: 3, max: 3, chain: ['military'] },
  // An acronym opening with "UN" that the gazetteer does not know is a UN body's.
  { text: 'According to UNJHRO, 64 civilians were killed in Ituri last month.', metric: 'killed', min: 64, max: 64, chain: ['international'], originCountry: null },
  // A public body named by what it is, or a state's representative at a meeting, is the government, not an unnamed official.
  { text: 'About 4,000 people have fled their homes, the provincial disaster office said on Thursday.', metric: 'displaced', min: 4000, max: 4000, approximate: true, chain: ['government'], asOf: '2025-03-13' },
  { text: 'According to the regional health division, 12 people have died of their injuries.', metric: 'killed', min: 12, max: 12, chain: ['government'] },
  { text: 'The representative of Chad told the council that 35 soldiers had been killed in the attack.', metric: 'killed', min: 35, max: 35, group: 'military', chain: ['government'], originCountry: 'TD' },
  { text: 'A local official said 35 soldiers had been killed in the attack.', metric: 'killed', min: 35, max: 35, group: 'military', chain: ['official'] },
  // A national human rights commission is a public body set up by its state: the government's voice, not a rights group's.
  { text: 'The Ethiopian Human Rights Commission said at least 2,000 civilians were killed.', metric: 'killed', min: 2000, max: null, chain: ['government'], originCountry: 'ET' },
  { text: 'The Malawi Human Rights Commission said 14 protesters had been killed by police.', metric: 'killed', min: 14, max: 14, chain: ['government'], originCountry: 'MW' },
  { text: 'At least 27 people were killed, according to the Uganda National Commission on Human Rights.', metric: 'killed', min: 27, max: null, chain: ['government'], originCountry: 'UG' },
  // A body described as a group of citizens ("a civil society group", "a monitoring project", "a network of …
  // associations", "the New York-based group") is a non-governmental group; an armed one stays armed.
  { text: 'At least 130 people have been killed since the vote, according to Votar Livre, a civil society group that monitors the unrest.', metric: 'killed', min: 130, max: null, chain: ['ngo'] },
  { text: 'According to the Sahel Casualty Tracker, a monitoring project, 412 civilians were killed last year.', metric: 'killed', min: 412, max: 412, group: 'civilian', chain: ['ngo'] },
  { text: 'Nine migrants are still missing, according to Rete Sette Marzo, a network of Italian associations that supports the families.', metric: 'missing', min: 9, max: 9, chain: ['ngo'], originCountry: 'IT' },
  { text: 'The New York-based group said at least 118 journalists had been killed in 2024.', metric: 'killed', min: 118, max: null, chain: ['ngo'] },
  { text: 'According to Ansar Front, an armed group that controls the area, 40 soldiers were killed.', metric: 'killed', min: 40, max: 40, group: 'military', chain: ['military'] },
  // A body's name with its links ("for", "'s") before a description set off after it is the speaker; the description types it.
  { text: "Nineteen people were killed, the Township People's Administration, a local resistance authority, said.", metric: 'killed', min: 19, max: 19, chain: ['government'] },
  { text: 'Nineteen people were killed, the Centre for Frontier Studies, a local think tank, said.', metric: 'killed', min: 19, max: 19, chain: ['expert'] },
  // A statement read or broadcast on the air: the station carries it, its issuer speaks.
  { text: 'Ten soldiers were killed on Friday, according to a defence ministry statement read on state television.', metric: 'killed', min: 10, max: 10, group: 'military', chain: ['media', 'military'] },
  { text: 'Ten soldiers were killed on Friday, according to an army communique broadcast over national radio.', metric: 'killed', min: 10, max: 10, group: 'military', chain: ['media', 'military'] },
  // A part of the people a sentence counted ("three of them") is of the country found for the whole.
  { text: 'The Israeli military said that six soldiers had been wounded, three of them seriously.', metric: 'wounded', min: 3, max: 3, country: 'IL', group: 'military' },
  // A body's press office named after it ("the army's media centre") speaks with the body's voice.
  { text: "Five government soldiers were killed in clashes on the Marib front, the Yemeni army's media centre said.", metric: 'killed', min: 5, max: 5, group: 'military', chain: ['military'], originCountry: 'YE' },
  // A title with a list of portfolios ("Minister of Information, Culture and Tourism") set off before a name is one description.
  { text: 'The Minister of Information, Culture and Tourism, Amina Warsame, told reporters that seven of the dead were police recruits.', metric: 'killed', min: 7, max: 7, chain: ['government'] },
  // A named body the words place in the state ("the state Commission on …") is the government's.
  { text: 'The remains of 47 people had been found, the state Commission on Prisoners of War, Hostages and Missing Persons said.', metric: 'killed', min: 47, max: 47, chain: ['government'] },
  // A bracketed acronym that another body is known by ("AFP") does not make the name it abbreviates that body.
  { text: 'The Armed Forces of the Philippines (AFP) said it had deployed 1,500 troops for relief operations.', metric: 'deployed', min: 1500, max: 1500, group: 'military', chain: ['military'], originCountry: 'PH' },
  // "three of its soldiers": the owner is the speaker, not the people the sentence before counted.
  { text: 'Gaza health officials say 360 Palestinians have been killed since the truce. Israel says three of its soldiers have been killed in the same period.', metric: 'killed', min: 3, max: 3, country: 'IL', group: 'military' },
  // A verb in a relative clause about another noun ("among patients who arrived") does not govern a figure whose own noun is a cue.
  { text: 'Our staff recorded 37 deaths in the hospital among patients who arrived in critical condition.', metric: 'killed', min: 37, max: 37 },
  { text: 'The ombudsman said his office was examining at least three killings of people who had already surrendered.', metric: 'killed', min: 3, max: null },
  // In a story of an exchange of prisoners, people returned home come back from captivity.
  { text: 'In the prisoner exchange, 185 Russian servicemen had been returned from Ukrainian-held territory, the ministry said.', metric: 'captured', min: 185, max: 185, country: 'RU', group: 'military' },
  { text: 'One hundred and eighty-five Ukrainian defenders returned home in the exchange of prisoners on Saturday, Zelensky said.', metric: 'captured', min: 185, max: 185, country: 'UA', group: 'military', asOf: '2025-03-08' },
  // Forces posted, brought in, inducted or staying on are deployed there.
  { text: 'Some 1,200 soldiers and police have been posted to the district, officials said.', metric: 'deployed', min: 1200, max: 1200, approximate: true, group: 'military' },
  { text: 'About 800 soldiers and Marines had been brought in, the army said.', metric: 'deployed', min: 800, max: 800, approximate: true, group: 'military' },
  // Staying or sleeping in a place of refuge is being displaced; staying in a city is not.
  { text: 'Some 38,900 people were still staying in 402 evacuation centers, the agency said.', metric: 'displaced', min: 38900, max: 38900, approximate: true },
  { text: 'Up to 400 people were sleeping in the church compound, the priest said.', metric: 'displaced', min: null, max: 400 },
  // People treated for wounds, or counted with them, are wounded: "treated … for injuries", "63 patients with gunshot wounds".
  { text: 'Four people were treated at the National Referral Hospital for injuries, police said.', metric: 'wounded', min: 4, max: 4 },
  { text: 'MSF said its teams had treated 37 people for gunshot and machete wounds.', metric: 'wounded', min: 37, max: 37, chain: ['ngo'] },
  { text: 'The hospital received 63 patients with gunshot and blast wounds, the director said.', metric: 'wounded', min: 63, max: 63 },
  // Kin and colleagues lost are dead; a force's losses may be wounded too.
  { text: 'He lost three relatives in the blast, he said.', metric: 'killed', min: 3, max: 3 },
  { text: 'The charity said it had lost four staff to a mortar round.', metric: 'killed', min: 4, max: 4, chain: ['ngo'] },
  { text: 'Russia lost 50 soldiers in the assault, Kyiv said.', metric: 'casualties', min: 50, max: 50, country: 'RU' },
  // A span rounded ("in almost a week of fighting") is no rate; a state word in a clause after a subordinator is another clause's.
  { text: 'More than 600 people have been killed in almost a week of sectarian fighting in the province, according to a war monitor.', metric: 'killed', min: 600, max: null },
  { text: 'Officials had initially put the toll at 16 on Friday night, before rescuers found more bodies under debris.', metric: 'killed', min: 16, max: 16 },
  // "Hellenic" places a Greek body; a parliamentary commissioner (an ombudsman) is the government's.
  { text: 'At least 27 people have died after a boat carrying migrants from Libya capsized, the Hellenic Coast Guard said.', metric: 'killed', min: 27, max: null, chain: ['military'], originCountry: 'GR' },
  { text: 'More than 70,000 people are registered as missing, according to the office of the parliamentary commissioner for missing persons.', metric: 'missing', min: 70000, max: null, chain: ['government'] },
  // Local people of no known body (elders, a community leader) are of the place the story is in, as its witnesses are.
  { text: 'Government troops attacked positions near Afgooye in Somalia on Tuesday. Elders in Sabiid said at least six civilians had died in the crossfire.', metric: 'killed', min: 6, max: null, group: 'civilian', chain: ['other'], originCountry: 'SO', asOf: '2025-03-14' },
  // A body's statement carried by a broadcaster goes on through it: "The ministry said" after "… said on state television".
  { text: 'The interior ministry said on state television that 40 worshippers had been killed. The ministry said security forces had arrested 11 suspects.', metric: 'detained', min: 11, max: 11, chain: ['media', 'government'] },
  // A named administrator holds a civil post (government); an unnamed one is an official.
  { text: 'Insurgents beheaded six civilians on Saturday, the district administrator, Januario Chale, confirmed on Monday.', metric: 'killed', min: 6, max: 6, group: 'civilian', chain: ['government'], asOf: '2025-03-10' },
  // Forces rotated through a front are deployed; "sent … to hell" (a communique's words) is killed.
  { text: 'The spy agency estimates that Pyongyang has rotated some 16,000 combat troops through the Kursk region since late 2024, a lawmaker said.', metric: 'deployed', min: 16000, max: 16000, approximate: true, group: 'military' },
  { text: 'Security forces effectively responded and sent all 19 khawarij to hell, the ISPR statement said.', metric: 'killed', min: 19, max: 19 },
  // A local office with no country of its own speaks for the place last named, not for the country the story names most;
  // a sentence naming a nation keeps the older reading.
  { text: 'Russia fired 40 drones and six missiles overnight, Russia\'s defence ministry said. Russian forces also shelled border villages. The strike hit Kryvyi Rih. Regional governor Oksen Tkach said 14 people had been killed.', metric: 'killed', min: 14, max: 14, chain: ['government'], originCountry: 'UA' },
  { text: 'Russia launched a wave of drones at Odesa, Russian state media said, and Russia claimed the port was a military target. Oleh Vovk, head of the city\'s military administration, said 23 people were wounded.', metric: 'wounded', min: 23, max: 23, chain: ['government'], originCountry: 'UA' },
  // A group's named media arm carried its claim, whichever way round the name and the arm's noun stand; a platform is no arm.
  { text: 'The Islamic State group claimed the ambush through its Amaq news agency, saying its fighters had killed 23 soldiers.', metric: 'killed', min: 23, max: 23, group: 'military', chain: ['media', 'military'] },
  { text: 'The militants, in a claim relayed by their propaganda arm az-Zallaqa, said they had killed 60 soldiers.', metric: 'killed', min: 60, max: 60, group: 'military', chain: ['media', 'military'] },
  { text: 'Al-Shabaab said in a statement on its Radio Andalus that it had killed 31 soldiers.', metric: 'killed', min: 31, max: 31, group: 'military', chain: ['media', 'military'] },
  { text: 'Al-Shabaab said on its Telegram channel that it had killed 31 soldiers.', metric: 'killed', min: 31, max: 31, group: 'military', chain: ['military'] },
  // Members of an armed body are fighters: named by a word before them, or an armed group the gazetteer knows, before or after.
  { text: 'Police said officers had killed eight gang members in the operation.', metric: 'killed', min: 8, max: 8, group: 'military' },
  { text: 'The army said it had killed 23 Hezbollah members in the strikes.', metric: 'killed', min: 23, max: 23, group: 'military' },
  { text: 'Troops captured 14 members of the ELN during the raid, the army said.', metric: 'captured', min: 14, max: 14, group: 'military' },
  { text: 'State media said 23 members of the resistance had been killed.', metric: 'killed', min: 23, max: 23, group: 'military' },
  { text: 'Police said they had arrested 12 suspected gang members.', metric: 'detained', min: 12, max: 12, group: 'people' },
  { text: 'The rescuers said 12 members of one family were killed.', metric: 'killed', min: 12, max: 12, group: 'people' },
  // The whole of a partitive may be a place's ("of Gaza's 2.1 million residents") or its own ("of its 40 staff").
  { text: "About 1.9 million of Gaza's 2.1 million residents were displaced during the war, according to UN estimates.", metric: 'displaced', min: 1900000, max: 1900000, approximate: true, chain: ['international'] },
  { text: 'Nine of its 40 staff were killed in the strike, the charity said.', metric: 'killed', min: 9, max: 9, chain: ['ngo'] },
  // Taken, then "into custody": arrested. The dead are moved, not deployed. People, not forces, sent back are displaced.
  { text: 'The police officer said his men had taken 16 suspects into custody.', metric: 'detained', min: 16, max: 16 },
  { text: 'Forty-one bodies of Russian soldiers were sent the other way, the headquarters said.', metric: 'killed', min: 41, max: 41 },
  { text: 'The ministry said 4,812 people had been sent back through the border crossings on Saturday.', metric: 'displaced', min: 4812, max: 4812, asOf: '2025-03-14' },
  { text: 'The army said 300 soldiers had been sent back to the front.', metric: 'deployed', min: 300, max: 300, group: 'military' },
  { text: 'Two children, a girl of 12 and her brother, were among the dead, the service said.', metric: 'killed', min: 2, max: 2, group: 'civilian' },
  // Where a body briefs ("told reporters in Geneva") is no place the sources after it are of.
  { text: 'Fighting around Malakal has forced thousands to flee their homes. A UNHCR spokesperson told reporters in Geneva that the agency was alarmed. Elders in the town said 19 civilians were killed.', metric: 'killed', min: 19, max: 19, chain: ['other'], originCountry: 'SS' },
  // How often a product comes out describes it ("a quarterly report by X"); "on Dec. 2" is the day it came out.
  { text: 'Gangs killed at least 1,247 people between July and September, according to a quarterly report released on Dec. 2 by the UN office in the capital.', metric: 'killed', min: 1247, max: null, chain: ['international'], asOf: '2024-12-02' },
  { text: 'At least 310 civilians were killed last year, according to the annual report of the rights group.', metric: 'killed', min: 310, max: null, chain: ['ngo'] },
  // A count after the verb, set off by a clause of its own and then followed by its verb, is what was said, not who said it.
  { text: "Lt. Col. Ana Cruz, spokesperson of the Philippine Army's 6th Infantry (Kampilan) Division, said seven rebels, including a commander known as Kagi, were killed.", metric: 'killed', min: 7, max: 7, group: 'military', chain: ['military'], originCountry: 'PH' },
  { text: 'Five people were killed, said two officials, who spoke on condition of anonymity.', metric: 'killed', min: 5, max: 5, chain: ['official'] },
  // A defence department is its state's military voice, as a defence ministry is; asking for anonymity is how one spoke.
  { text: "Mexico's Defense Department said it had sent 350 more soldiers to the area.", metric: 'deployed', min: 350, max: 350, chain: ['military'], originCountry: 'MX' },
  { text: 'Police officials in Bannu, requesting anonymity, told this newspaper that two civilians were also killed.', metric: 'killed', min: 2, max: 2, chain: ['official'], originCountry: 'PK' },
  // Taken captive; a relative clause of holding ("the number of U.N. personnel it is holding"), held by those the sentence
  // says detained them; registered at shelters; a count of places inside the phrase past an article.
  { text: 'Nine soldiers were taken captive by the rebels, the army said.', metric: 'captured', min: 9, max: 9, group: 'military' },
  { text: 'The movement has detained three more staff, bringing to 62 the number of U.N. personnel it is holding, a spokesperson said.', metric: 'detained', min: 62, max: 62 },
  { text: 'Officials said 612 residents of the two villages had registered at shelters in the town.', metric: 'displaced', min: 612, max: 612 },
  // Kin counted by their tie to someone are people, and kin lost are dead; "murdered" before its figure governs it.
  { text: 'A resident who lost two cousins in the attack said the strike hit a tent.', metric: 'killed', min: 2, max: 2, chain: ['witness'] },
  { text: 'The group said army aircraft had murdered 38 of our people at the market.', metric: 'killed', min: 38, max: 38 },
  // A year followed by its comma is a date's, not a count before the verb: the day before "when it said" dates it.
  { text: 'The defence ministry last disclosed its losses on September 21, 2022, when it said 5,937 servicemen had been killed.', metric: 'killed', min: 5937, max: 5937, asOf: '2022-09-21' },
  // A nation's casualties in a war are its forces'; members of an armed body named after "soldiers and" are forces too.
  { text: 'British defence intelligence estimates Russian casualties at about 750,000.', metric: 'casualties', min: 750000, max: 750000, approximate: true, country: 'RU', group: 'military' },
  { text: 'The group said it had killed dozens of soldiers and members of the Africa Corps.', metric: 'killed', min: 24, max: 99, approximate: true, group: 'military' },
  // The staff of international and aid bodies are civilians, not workers of a trade.
  { text: 'The Houthis are holding 59 United Nations employees, a UN spokesman said.', metric: 'detained', min: 59, max: 59, group: 'civilian' },
  { text: 'Twelve factory employees were killed in the blast, police said.', metric: 'killed', min: 12, max: 12, group: 'workers' },
  // Apprehended people are detainees; an aside that counts a part of them is passed over to the verb after it.
  { text: 'The coast guard said 1,284 irregular migrants had been apprehended.', metric: 'detained', min: 1284, max: 1284 },
  { text: 'Police said 19 Maoists, several of them members of the outlawed group\'s militia wing, were arrested.', metric: 'detained', min: 19, max: 19, group: 'military' },
  // A named body's own noun may close the name between coordinated counts that share the verb after the last.
  { text: 'Seven members of the Dawlah Islamiyah-Maute group and two Army soldiers were killed in a firefight, military officials said.', metric: 'killed', min: 7, max: 7 },
  // An occasion addressed is no outlet ("told a media briefing"); a defence headquarters is its state's military voice.
  { text: 'Police Minister Lindiwe Mokoena told a media briefing on Tuesday that 14,382 suspects had been arrested.', metric: 'detained', min: 14382, max: 14382, chain: ['government'], asOf: '2025-03-11' },
  { text: 'The Defence Headquarters said troops killed 14 bandits.', metric: 'killed', min: 14, max: 14, chain: ['military'] },
  // Britain's Defence Intelligence is an intelligence body of its own, not the ministry it belongs to.
  { text: "Britain's Defence Intelligence said about 250,000 Russian soldiers had been killed.", metric: 'killed', min: 250000, max: 250000, approximate: true, chain: ['intelligence'], originCountry: 'GB' },
  // Presence: serving with a mission named; past where the forces come from; a body's members after its name.
  { text: 'About 130 Irish personnel are currently with Undof, according to the Department of Defence.', metric: 'deployed', min: 130, max: 130, approximate: true, country: 'IE', group: 'military' },
  { text: 'The force currently has about 7,500 peacekeepers from 48 countries in southern Lebanon, it said.', metric: 'deployed', min: 7500, max: 7500, approximate: true, group: 'military' },
  { text: 'Canada already has about 1,850 Canadian Armed Forces members in Latvia, the minister said.', metric: 'deployed', min: 1850, max: 1850, approximate: true, country: 'CA', group: 'military' },
  // "The deceased" are the dead; a part of the dead, found, is of the dead too.
  { text: 'Police said two of the deceased were found at the market.', metric: 'killed', min: 2, max: 2 },
  { text: 'The hospital said 14 of the victims were found in the rubble.', metric: 'killed', min: 14, max: 14 },
  { text: 'Some 600 soldiers already on the Cape Flats will stay until March, police said.', metric: 'deployed', min: 600, max: 600, approximate: true, group: 'military' },
  // Rounded up, housed in relief centres, taking part in an operation.
  { text: 'At least 80 young men had been rounded up, residents said.', metric: 'detained', min: 80, max: null },
  { text: 'Some 121,480 people from 36,200 families were being housed at 612 relief centres, officials said.', metric: 'displaced', min: 121480, max: 121480, approximate: true },
  { text: 'Around 4,000 Ugandan soldiers are taking part in the operation, the army said.', metric: 'deployed', min: 4000, max: 4000, approximate: true, country: 'UG', group: 'military' },
  { text: 'One soldier had also lost his life, the officer said.', metric: 'killed', min: 1, max: 1, group: 'military' },
  { text: 'The army deplored the loss of seven soldiers in the attack.', metric: 'killed', min: 7, max: 7, group: 'military' },
  // A role after a lower-case word that says what of opens a description: the name before it speaks.
  { text: 'Lt Commander Tahmid Rahman, media officer of the Bangladesh Coast Guard, said 38 people were killed. "At least 40 people are still missing," he said.', metric: 'missing', min: 40, max: null, chain: ['military'], originCountry: 'BD' },
  { text: 'Tahmid Rahman, a media officer of the coast guard, said 38 people were killed.', metric: 'killed', min: 38, max: 38, chain: ['military'] },
  // A place's people counted whole, or all of them, are a count; a month describing a report dates it, no second link.
  { text: "All of the village's 300 residents were evacuated, officials said.", metric: 'displaced', min: 300, max: 300 },
  { text: "The camp's 40,000 residents have fled to Tawila, the agency said.", metric: 'displaced', min: 40000, max: 40000 },
  { text: 'The group said in an August report that 300 people had fled.', metric: 'displaced', min: 300, max: 300, chain: ['official'], asOf: '2024-08-01' },
  // An aside that names who counted ("…, as verified by X") gives X; a span of time after the name closes it.
  { text: 'Some 12,605 civilians were killed in Ukraine, as verified by the U.N. Human Rights Monitoring Mission through the end of January.', metric: 'killed', min: 12605, max: 12605, approximate: true, chain: ['international'] },
  // Forces named by a state's armed forces the gazetteer knows are that state's; a de facto authority's fighters keep none.
  { text: 'Eight IDF soldiers were killed in the fighting on Wednesday, the military said.', metric: 'killed', min: 8, max: 8, country: 'IL', group: 'military' },
  { text: 'Two FARDC soldiers died in the ambush near Beni, a local official said.', metric: 'killed', min: 2, max: 2, country: 'CD', group: 'military', chain: ['official'] },
  { text: 'Police said 24 Taliban fighters were killed in the clash.', metric: 'killed', min: 24, max: 24, country: null, group: 'military' },
  // A state body deploying (its plain head, or a pronoun for the speaker) sends the speaker's state's forces.
  { text: 'Kenyan police said they had deployed 450 officers to the flooded districts.', metric: 'deployed', min: 450, max: 450, country: 'KE', group: 'military', chain: ['government'] },
  { text: 'The army has sent 1,600 additional soldiers to the region, the Peruvian defence ministry said.', metric: 'deployed', min: 1600, max: 1600, country: 'PE', group: 'military', chain: ['military'] },
  { text: 'The Peruvian defence ministry said the army had sent 1,600 more soldiers to the region.', metric: 'deployed', min: 1600, max: 1600, country: 'PE', group: 'military', chain: ['military'] },
  { text: 'The rebel group said it had sent 300 fighters to the region.', metric: 'deployed', min: 300, max: 300, country: null, group: 'military', chain: ['military'] },
  // A second noun with a count of its own ("a civilian") is counted apart: the figure is the first noun's alone.
  { text: 'Three police officers and a civilian were killed in the attack, police said.', metric: 'killed', min: 3, max: 3, group: 'military', chain: ['government'] },
  { text: 'Four port workers and a child were wounded in the strike, the ministry said.', metric: 'wounded', min: 4, max: 4, group: 'workers' },
  // Kinds by a body's words: unnamed medical sources are hospital staff (other); a rescue team of volunteers is an NGO; a
  // research centre is expert; customs and border services and a Cabinet Secretary ("CS") are the government's.
  { text: 'Medical sources in the city said 14 people had been wounded.', metric: 'wounded', min: 14, max: 14, chain: ['other'] },
  { text: 'Hospital officials in the city said 14 people had been wounded.', metric: 'wounded', min: 14, max: 14, chain: ['official'] },
  { text: 'At least 17 people were killed, the Township Rescue Team said.', metric: 'killed', min: 17, max: null, chain: ['ngo'] },
  { text: 'More than 780 people were killed last year, according to the Centre for Peace and Security Research.', metric: 'killed', min: 780, max: null, chain: ['expert'] },
  { text: 'Border agents apprehended 5,710 migrants in December, Customs and Border Protection said.', metric: 'detained', min: 5710, max: 5710, chain: ['government'] },
  { text: 'Interior CS Joseph Kamau said 150 more police officers had been deployed to the valley.', metric: 'deployed', min: 150, max: 150, chain: ['government'] },
  // "as per official figures" (a product named in lower case); an aside after a figure's noun names who gave the figure
  // stated after it, on the day it gives; "communicated on Monday evening by X".
  { text: 'Over 260 persons have been killed since the violence began, as per official figures.', metric: 'killed', min: 260, max: null, chain: ['government'] },
  { text: 'The last official number, given by the president in February 2024, was more than 31,000 soldiers killed.', metric: 'killed', min: 31000, max: null, chain: ['government'], asOf: '2024-02-01' },
  { text: 'The earlier toll, communicated on Monday evening by the district prefect, stood at 14 dead.', metric: 'killed', min: 14, max: 14, chain: ['government'], asOf: '2025-03-10' },
  // "put the overall toll at four dead" (a figure in words; a modifier before the toll); a place set off inside the object;
  // the day the speaker spoke is no part of its name.
  { text: 'The monitor put the overall toll at four dead.', metric: 'killed', min: 4, max: 4, chain: ['ngo'] },
  { text: 'The government on Monday evening put the provisional toll of the attack on Kalivuli, in Lubero territory, at 33 dead.', metric: 'killed', min: 33, max: 33, chain: ['government'], asOf: '2025-03-10' },
  // A body that "has identified" a count states it; "identified himself as", "identified by name among the dead" do not.
  { text: 'A volunteer project, Fallen Register, has identified by name more than 90,000 soldiers killed.', metric: 'killed', min: 90000, max: null, chain: ['ngo'] },
  // Casualties a body of forces suffered are its members', of its nation; so with the participles after the noun, and
  // with the figure quoted.
  { text: "Russia's armed forces have suffered more than 1.3 million casualties, killed and wounded, since 2022, the ministry said.", metric: 'casualties', min: 1300000, max: null, country: 'RU', group: 'military' },
  { text: 'He added that the army had suffered "more than 300 casualties" in all.', metric: 'casualties', min: 300, max: null, group: 'military' },
  // An armed body's own members are its fighters; a rights group's are not.
  { text: 'The militia has announced the deaths of 22 of its members this year.', metric: 'killed', min: 22, max: 22, group: 'military' },
  { text: 'The rights group said 12 of its members had been detained.', metric: 'detained', min: 12, max: 12, group: 'people', chain: ['ngo'] },
  // Civilians by their place in a community.
  { text: 'Among the dead were at least five social leaders, the mission said.', metric: 'killed', min: 5, max: null, group: 'civilian' },
  { text: 'Ten monks were killed when the monastery was bombed, residents said.', metric: 'killed', min: 10, max: 10, group: 'civilian' },
  // People held or sought for a crime are people: "three suspected smugglers", "31 suspected collaborators".
  { text: 'Police said they had arrested three suspected smugglers in connection with the voyage.', metric: 'detained', min: 3, max: 3, group: 'people' },
  // Officers and agencies of a state by their post or work: a prison director, a medical examiner, a special agent, an
  // SDO, a disaster institute or authority; an abbreviated role before "Hospital" is part of the hospital's name.
  { text: 'Two guards were wounded, according to the prison director, Justin Bahizi.', metric: 'wounded', min: 2, max: 2, chain: ['government'] },
  { text: 'The SDO said two of the attackers were killed.', metric: 'killed', min: 2, max: 2, chain: ['government'] },
  { text: 'According to the PDMA, some 55,000 people have left the valley.', metric: 'displaced', min: 55000, max: 55000, chain: ['government'] },
  { text: 'Doctors at the CS Hospital said 14 people were wounded.', metric: 'wounded', min: 14, max: 14, chain: ['other'] },
  // "and that" opens another thing said: a verb after it is no cue of the figure before it.
  { text: 'The deputy commissioner told the media that the death toll was 20 and that the mine had been operating without a lease.', metric: 'killed', min: 20, max: 20, chain: ['government'] },
  // A number a count just framed brings up is of the same metric: "…deployed, bringing the number of troops there to 1,000".
  { text: 'The army said 150 more troops had been deployed to the valley, bringing the number of soldiers there to nearly 1,000.', metric: 'deployed', min: null, max: 1000, approximate: true, group: 'military' },
  // A time phrase fronted before the speaker is not part of it.
  { text: 'Earlier this year the Kenyan army said 2,000 troops were stationed along the border.', metric: 'deployed', min: 2000, max: 2000, group: 'military', chain: ['military'], originCountry: 'KE', asOf: '2025-01-01' },
  { text: "Later in the morning the city's mayor, Ana Ruiz, wrote that 11 people had been injured.", metric: 'wounded', min: 11, max: 11, chain: ['government'] },
  { text: 'The next day the interior ministry put the number of injured at 19.', metric: 'wounded', min: 19, max: 19, chain: ['government'] },
  // Hostages are captured even where the sentence names a prison; prison administrations and state committees are government.
  { text: 'Twelve prison guards were held hostage by inmates overnight, the national prison agency, SPA, said.', metric: 'captured', min: 12, max: 12, chain: ['government'] },
  { text: "Five attackers were killed, Russia's Investigative Committee said.", metric: 'killed', min: 5, max: 5, group: 'military', chain: ['government'], originCountry: 'RU' },
  // Members of an armed body are fighters; members of other groups are not.
  { text: 'A further 318 members of the extremist group have been captured, the ministry said.', metric: 'captured', min: 318, max: 318, group: 'military' },
  { text: 'At least 40 members of the rival factions were killed in the clashes, the monitor said.', metric: 'killed', min: 40, max: null, group: 'military' },
  { text: 'Twenty members of a church choir group were injured when the roof collapsed, police said.', metric: 'wounded', min: 20, max: 20, group: 'people' },
  // A participle set off after the speaker ("…'s weekly figure, published on Monday, showed") is no speaker.
  { text: "The health ministry's weekly bulletin, published on Monday, showed 14 civilians killed in the province.", metric: 'killed', min: 14, max: 14, group: 'civilian', chain: ['government'], asOf: '2025-03-10' },
  // "according to" a norm or plan names no source.
  { text: 'Villagers buried 23 people on Friday according to Islamic rites, the district chief said.', metric: 'killed', min: 23, max: 23, chain: ['government'] },
  // Communiqué and bulletin wording.
  { text: 'The army said it had put out of action 120 members of the armed group.', metric: 'casualties', min: 120, max: 120, group: 'military' },
  { text: 'Twelve persons remain out of contact after the landslide, the county emergency bureau said.', metric: 'missing', min: 12, max: 12 },
  { text: 'More than 300 residents have taken shelter in two schools, the district office said.', metric: 'displaced', min: 300, max: null, group: 'civilian' },
  { text: 'Of the persons reported missing, 31 were located without life, the prosecutor said.', metric: 'killed', min: 31, max: 31 },
  { text: 'Nine suspects have been taken into custody, police said.', metric: 'detained', min: 9, max: 9 },
  { text: 'The provincial home department claims that 1,800 militants have been killed since January.', metric: 'killed', min: 1800, max: 1800, group: 'military', chain: ['government'] },
  // A label naming a source speaks what follows its colon (tickers, live pages); a line in capitals is read as prose.
  { text: 'Israeli military: 12 soldiers wounded in the north.', metric: 'wounded', min: 12, max: 12, country: 'IL', group: 'military', chain: ['military'] },
  { text: '[12 Mar, 16:05] Civil Defence Agency: 11 civilians killed in the strikes on the market.', metric: 'killed', min: 11, max: 11, group: 'civilian', chain: ['government'], asOf: '2025-03-12' },
  { text: '15:11 GAZA HEALTH MINISTRY: 21 KILLED IN STRIKES ON RAFAH', metric: 'killed', min: 21, max: 21, chain: ['government'], originCountry: 'PS' },
  { text: 'THE ARMY SAID 9 SOLDIERS WERE WOUNDED NEAR MOPTI.', metric: 'wounded', min: 9, max: 9, group: 'military', chain: ['military'] },
  // Quoted figures and nouns; a demonym before a modified person noun; members of an armed body; an armed side's "elements".
  { text: 'The department claims that 1,800 "terrorists" have been killed since January.', metric: 'killed', min: 1800, max: 1800, group: 'military' },
  { text: 'The army said it had repelled the attack, killing "dozens" of RSF fighters.', metric: 'killed', min: 24, max: 99, group: 'military' },
  { text: 'The task force said six Indonesian construction workers were killed.', metric: 'killed', min: 6, max: 6, country: 'ID', group: 'workers' },
  { text: 'At least 70 Palestinians were wounded in the strikes, the ministry said.', metric: 'wounded', min: 70, max: null, country: 'PS' },
  { text: 'The cabinet said 2,100 more soldiers and National Guard members had been sent to the state.', metric: 'deployed', min: 2100, max: 2100, group: 'military' },
  { text: 'Our forces killed more than 170 of its elements, the RSF said.', metric: 'killed', min: 170, max: null, group: 'military' },
  // The people a place holds are counted by what their noun says; a part that is the object of another verb counts no one.
  { text: 'Al-Hol camp holds approximately 51,000 displaced persons, the general said.', metric: 'displaced', min: 51000, max: 51000, approximate: true },
  // A lawmaker the words do not place is of the story's country, as other state sources are.
  { text: 'In Ukraine, lawmaker Oleksiy Honcharenko wrote on Telegram that 19 soldiers had been killed.', metric: 'killed', min: 19, max: 19, group: 'military', chain: ['legislator'], originCountry: 'UA' },
  // Central Asia's short demonyms name their countries.
  { text: 'Tajik authorities put their own death toll at 41.', metric: 'killed', min: 41, max: 41, chain: ['government'], originCountry: 'TJ' },
  { text: 'Tajik officials said their forces had killed dozens of Kyrgyz troops.', metric: 'killed', min: 24, max: 99, approximate: true, country: 'KG', group: 'military' },
  // A year before a report's noun; a province's public safety agency is its government's.
  { text: 'Some 600 people went missing in 1996, according to a 1999 report by the Jaffna Citizens Committee.', metric: 'missing', min: 600, max: 600, approximate: true, chain: ['other'], originCountry: 'LK' },
  { text: 'Upwards of 8,000 people have left their homes, the Saskatchewan Public Safety Agency said.', metric: 'displaced', min: 8000, max: null, chain: ['government'], originCountry: 'CA' },
  // "N-odd" is about N; states of the dead, the held, the missing and the displaced in plain words.
  { text: 'Officials said 2,000-odd people were detained under the act.', metric: 'detained', min: 2000, max: 2000, approximate: true, chain: ['official'] },
  { text: 'Police said five people are deceased.', metric: 'killed', min: 5, max: 5, chain: ['government'] },
  { text: 'Police said two people had been found dead in the house.', metric: 'killed', min: 2, max: 2, chain: ['government'] },
  { text: 'The group said 550 journalists were in prison at the end of the year.', metric: 'detained', min: 550, max: 550, group: 'civilian' },
  { text: 'Contact has been lost with 24 servicemen, the ministry said.', metric: 'missing', min: 24, max: 24, group: 'military' },
  { text: 'About 60,000 people had to leave their homes, officials said.', metric: 'displaced', min: 60000, max: 60000, approximate: true, chain: ['official'] },
  // Prepositional phrases after a closing "X said" are no complement: the day in them dates the statement, not the event's.
  { text: 'Forty civilians were killed on Friday, the government said in a communiqué read on state television on Saturday.', metric: 'killed', min: 40, max: 40, group: 'civilian', chain: ['media', 'government'], asOf: '2025-03-08' },
  // Singular person nouns count one ("one serviceman"); before another noun they modify it ("civilian deaths").
  { text: 'One soldier was killed in the shelling, the army said.', metric: 'killed', min: 1, max: 1, group: 'military', chain: ['military'] },
  { text: 'The mission has verified 13,883 civilian deaths since 2022.', metric: 'killed', min: 13883, max: 13883, group: 'civilian' },
  // Forces named with the body they serve in take its country.
  { text: 'Seven servicemen of the Azerbaijani Army died and ten were wounded, the ministry said.', metric: 'killed', min: 7, max: 7, country: 'AZ', group: 'military' },
  // A bracket labelled as the source names it and dates it, whatever the line's lead-in says.
  { text: 'What the numbers say: 3.6m people internally displaced (source: UNHCR, Nov. 30).', metric: 'displaced', min: 3600000, max: 3600000, chain: ['international'], asOf: '2024-11-30' },
  { text: 'About 1.1 million Russian troops killed or wounded (source: British Ministry of Defence, December).', metric: 'casualties', min: 1100000, max: 1100000, approximate: true, country: 'RU', group: 'military', chain: ['military'], originCountry: 'GB', asOf: '2024-12-01' },
  // A fronted country places an unplaced monitor; a participle aside ("reached by telephone") is no speaker; foundations are NGOs.
  { text: 'In Belarus, the human rights centre Viasna said on Wednesday that it counts 1,419 political prisoners.', metric: 'detained', min: 1419, max: 1419, chain: ['ngo'], originCountry: 'BY', asOf: '2025-03-12' },
  { text: 'Residents of the village, reached by telephone, said they had buried at least 31 bodies.', metric: 'killed', min: 31, max: null, chain: ['witness'] },
  { text: 'One person was killed in the gunfight, Edhi Foundation volunteers said.', metric: 'killed', min: 1, max: 1, chain: ['ngo'] },
  // A fronted "On the second day" is no part of the speaker ("I" is the outlet's or the quote's voice).
  { text: 'On the second day I counted 27 bodies near the fields.', metric: 'killed', min: 27, max: 27, chain: [] },
  // A part set off inside the figure's clause ("two of them children") does not cut the whole from its verb.
  { text: 'Five civilians, two of them children, were killed in the strike.', metric: 'killed', min: 5, max: 5, group: 'civilian' },
  // Taken, then killed: the dead are counted.
  { text: 'Eleven miners were abducted and killed by the gunmen, police said.', metric: 'killed', min: 11, max: 11, group: 'workers' },
  { text: 'Nineteen people were trampled to death at the gate, the foundation said.', metric: 'killed', min: 19, max: 19 },
  { text: 'According to the operator, 15 crew members were taken from the vessel during the boarding.', metric: 'captured', min: 15, max: 15, group: 'workers' },
  { text: 'About 1,000 US troops are currently rotating through the country, the president said.', metric: 'deployed', min: 1000, max: 1000, country: 'US', group: 'military' },
  { text: 'Of those detained, 312 are in pre-trial detention, the group said.', metric: 'detained', min: 312, max: 312 },
  // "told the media" names no outlet.
  { text: 'The deputy commissioner told the media that the death toll was 20.', metric: 'killed', min: 20, max: 20, chain: ['government'] },
  // Bodies count the dead, whoever takes or holds them.
  { text: 'Rescuers took four more bodies out of the collapsed building, the civil defence said.', metric: 'killed', min: 4, max: 4 },
  { text: 'Morgues were holding more than 7,000 unidentified bodies at the end of the year, the group said.', metric: 'killed', min: 7000, max: null },
  { text: 'The monitor recorded at least 187 executions in October.', metric: 'killed', min: 187, max: null, chain: ['ngo'] },
  { text: 'Police recorded 16 detentions in the city on Sunday.', metric: 'detained', min: 16, max: 16, chain: ['government'] },
  { text: 'Three firefighters were treated for minor injuries, the fire department said.', metric: 'wounded', min: 3, max: 3 },
  { text: 'Six workers have still not been located, port officials said.', metric: 'missing', min: 6, max: 6, group: 'workers', chain: ['official'] },
  // A role of a known body followed by a name is a person: "he" in the next sentence is that person.
  { text: 'The raid killed 30 militants, Director General of Inter-Services Public Relations Major General Asif Ghafoor said on Tuesday. He said 12 soldiers had been killed.', metric: 'killed', min: 12, max: 12, group: 'military', chain: ['military'], asOf: '2025-03-11' },
  // A fronted month and year is no part of the speaker; before a counting verb it is the count's period, not the statement's day.
  { text: 'In February 2025 the Northern Rights Register recorded at least 87 executions.', metric: 'killed', min: 87, max: null, chain: ['ngo'], asOf: '2025-03-14' },
  { text: 'In 2024 the Northern Rights Register recorded 412 arrests.', metric: 'detained', min: 412, max: 412, chain: ['ngo'] },
  // A junta's soldiers are the state's forces: of the country named.
  { text: 'Resistance forces in Myanmar have killed 2,134 junta soldiers since October, the ministry said.', metric: 'killed', min: 2134, max: 2134, country: 'MM', group: 'military' },
  // The maker of figures named in a relative clause; a count before a relative clause without "that".
  { text: 'According to figures that the Assistance Association for Political Prisoners compiled, 2,573 people had been arrested.', metric: 'detained', min: 2573, max: 2573, chain: ['ngo'] },
  { text: 'The toll the health ministry has documented so far is 79 dead.', metric: 'killed', min: 79, max: 79, chain: ['government'] },
  // Known bodies and places: the International Maritime Bureau; the UAE.
  { text: 'The IMB Piracy Reporting Centre said 135 seafarers were kidnapped in 2020.', metric: 'captured', min: 135, max: 135, group: 'workers', chain: ['ngo'], originCountry: null },
  { text: 'The UAE foreign ministry said 146 captives had been freed.', metric: 'captured', min: 146, max: 146, chain: ['government'], originCountry: 'AE' },
  // A date between the subject and its verb is not part of the speaker.
  { text: 'Provincial officials had on 7 March put the number of civilians killed at 26.', metric: 'killed', min: 26, max: 26, group: 'civilian', chain: ['official'], asOf: '2025-03-07' },
  { text: 'The state prosecutor informs that 41 persons have been reported missing.', metric: 'missing', min: 41, max: 41, chain: ['government'] },
  // A survey's respondents speak of what they saw.
  { text: 'Respondents reported 61 deaths in their households.', metric: 'killed', min: 61, max: 61, chain: ['witness'] },
  // A communiqué's own side: the speaker's forces, of the speaker's country.
  { text: 'On the friendly side: 9 killed and 14 wounded, the Malian army said.', metric: 'killed', min: 9, max: 9, country: 'ML', group: 'military', chain: ['military'] },
  { text: 'Our losses: 3 wounded, the Malian army said.', metric: 'wounded', min: 3, max: 3, country: 'ML', group: 'military', chain: ['military'] },
  // A closing attribution after a contrasting clause is that clause's: the figure before it is its own speaker's.
  { text: 'The army claims 14 rebels were killed in the raid, but only six bodies have been recovered, according to the local police.', metric: 'killed', min: 14, max: 14, group: 'military', chain: ['military'] },
  // An aside between the speaker and its verb may hold a "that" that points to a time, not a clause.
  { text: 'The army, in its brief statement that same night, said 12 soldiers had been killed.', metric: 'killed', min: 12, max: 12, group: 'military', chain: ['military'] },
  // "Based on" a product of a body, opening the sentence: the body is the source.
  { text: 'Based on the spot report of the 4th Infantry Division, six soldiers were killed in the ambush.', metric: 'killed', min: 6, max: 6, group: 'military', chain: ['military'] },
  { text: 'Based on figures compiled by the health ministry, 40 people were killed in the strikes.', metric: 'killed', min: 40, max: 40, chain: ['government'] },
  { text: 'The observatory has documented the death of 101 persons in the clashes since Tuesday.', metric: 'killed', min: 101, max: 101, chain: ['ngo'] },
  // A day set off by commas right after the verb dates the statement.
  { text: 'The monitor documented, on March 3, the death of 12 fighters in the area.', metric: 'killed', min: 12, max: 12, group: 'military', asOf: '2025-03-03' },
  { text: 'The ministry said, on Monday, that 12 soldiers had been killed.', metric: 'killed', min: 12, max: 12, group: 'military', asOf: '2025-03-10' },
  // Provinces and states place their unplaced state bodies.
  { text: 'The Sichuan provincial emergency department said 9 people had died in the landslide.', metric: 'killed', min: 9, max: 9, chain: ['government'], originCountry: 'CN' },
  { text: 'Police in Zamfara said 23 villagers were killed by gunmen.', metric: 'killed', min: 23, max: 23, group: 'civilian', chain: ['government'], originCountry: 'NG' },
  // Leaders of communities are no state's.
  { text: 'Insurgents abducted an estimated 12 young men, according to a community leader.', metric: 'captured', min: 12, max: 12, approximate: true, chain: ['other'] },
  { text: 'A clan elder said 11 civilians were killed when mortar rounds hit the market.', metric: 'killed', min: 11, max: 11, group: 'civilian', chain: ['other'] },
  // A ship's crew and seafarers are workers.
  { text: 'Eleven crew members were missing after the tanker sank, the coast guard said.', metric: 'missing', min: 11, max: 11, group: 'workers' },
  { text: 'Two seafarers were killed in the missile strike on the freighter, the shipping ministry said.', metric: 'killed', min: 2, max: 2, group: 'workers' },
  // A state body that says it deployed forces deployed its own.
  { text: 'The Kenyan army said it had sent 300 more troops to the border region.', metric: 'deployed', min: 300, max: 300, group: 'military', country: 'KE', chain: ['military'] },
  { text: 'The Peruvian interior ministry said that it has deployed 1,200 police officers to the mining district.', metric: 'deployed', min: 1200, max: 1200, group: 'military', country: 'PE', chain: ['government'] },
  { text: 'Hundreds of people have been detained since the protests began, a rights group said.', metric: 'detained', min: 200, max: 999, approximate: true, chain: ['ngo'] },
  { text: 'Tens of thousands of residents have been displaced by the floods and fighting, the U.N. said.', metric: 'displaced', min: 20000, max: 99999, approximate: true, chain: ['international'], originCountry: null },
  { text: 'More than 1.5 million people have fled their homes, the UNHCR said.', metric: 'displaced', min: 1500000, max: null },
  { text: 'A dozen soldiers were captured near the river, the defence ministry said.', metric: 'captured', min: 12, max: 12, approximate: true, group: 'military', chain: ['military'] },
  { text: 'Nearly three dozen fighters surrendered to the army, a commander said.', metric: 'captured', min: null, max: 36, approximate: true, group: 'military', chain: ['military'] },
  { text: 'In a statement, the interior ministry put the number of dead at 156 and the injured at 1,080.', metric: 'killed', min: 156, max: 156, chain: ['government'] },
  { text: 'In a statement, the interior ministry put the number of dead at 156 and the injured at 1,080.', metric: 'wounded', min: 1080, max: 1080, chain: ['government'] },
  { text: 'Asked about losses, the general replied: "We have lost about 300 men in this sector since the spring."', metric: 'casualties', min: 300, max: 300, approximate: true, chain: ['military'] },
  { text: 'More than 100 migrants are feared dead after their boat capsized, the coast guard said.', metric: 'killed', min: 100, max: null, hedged: true },
  { text: 'The fire claimed at least 60 lives, a local official told the BBC, adding that dozens were still unaccounted for.', metric: 'missing', min: 24, max: 99, approximate: true, chain: ['media', 'official'] },
  { text: 'NAIROBI (20 July 2025) - The Office for the Coordination of Humanitarian Affairs said 650,000 people had been displaced.', metric: 'displaced', min: 650000, max: 650000, chain: ['international'] },
  { text: 'Over 1.5 lakh people have been displaced by the violence in the state, officials said.', metric: 'displaced', min: 150000, max: null, chain: ['official'] },
  { text: 'Shelling killed at least 30 villagers overnight, the governor said. Among them were 9 children.', metric: 'killed', min: 9, max: 9, group: 'civilian' },
  { text: 'At least 200 people were killed, according to the latest figures from a lawyers group monitoring the war.', metric: 'killed', min: 200, max: null, chain: ['ngo'] },
  { text: 'Kenya has sent a 1,000-strong police contingent to Haiti, the government said.', metric: 'deployed', min: 1000, max: 1000, country: 'KE', group: 'military', chain: ['government'] },
  { text: 'A car bomb killed nine people outside a police station, the provincial health department said.', metric: 'killed', min: 9, max: 9, chain: ['government'] },
  { text: "The U.N.'s top humanitarian official in Chad, Maria Okafor, said on Monday that at least 50 refugees had died of cholera.", metric: 'killed', min: 50, max: null, chain: ['international'], originCountry: null, asOf: '2025-03-10' },
  { text: 'Some Kenyan officials, quoted by the Financial Times, have put the toll at 300.', metric: 'killed', min: 300, max: 300, chain: ['media', 'official'], originCountry: 'KE' },
  { text: 'Officials said 300 Syrian and Iraqi fighters were killed in the raid.', metric: 'killed', min: 300, max: 300, country: null, group: 'military' },
  { text: 'A missile strike killed 26 people, including three children, and wounded 93, the interior minister said.', metric: 'killed', min: 3, max: 3, group: 'civilian', chain: ['government'] },
  { text: 'At least 52 civilians were hacked to death by rebels in a series of attacks, local leaders said.', metric: 'killed', min: 52, max: null, group: 'civilian' },
  { text: 'Another four people succumbed to their injuries overnight, hospital officials said.', metric: 'killed', min: 4, max: 4 },
  { text: 'The army said one of its soldiers was killed during the operation.', metric: 'killed', min: 1, max: 1, group: 'military', chain: ['military'] },
  { text: 'One more person died in hospital, the ministry said.', metric: 'killed', min: 1, max: 1 },
  { text: 'The army said 22 fighters were killed, along with 24 civilians.', metric: 'killed', min: 24, max: 24, group: 'civilian' },
  { text: 'Twelve people remain in critical condition, doctors said.', metric: 'wounded', min: 12, max: 12 },
  { text: 'Landmines killed or injured 5,757 people in 2023, the Landmine Monitor said.', metric: 'casualties', min: 5757, max: 5757, chain: ['ngo'] },
  { text: 'More than 2,000 people were believed to have been buried alive, the disaster centre said.', metric: 'killed', min: 2000, max: null, hedged: true },
  { text: 'Officials said 1,000 extra police and gendarmes were being flown in.', metric: 'deployed', min: 1000, max: 1000, group: 'military' },
  { text: 'Police have since put the toll at 26, the agency said.', metric: 'killed', min: 26, max: 26, chain: ['government'] },
  { text: 'The ministry said 12 citizens were killed, among them four children, and more than 100 others injured.', metric: 'wounded', min: 100, max: null },
  { text: 'Bakhtar quoted an official as saying more than 4,000 of the deportees had been held in detention centres.', metric: 'detained', min: 4000, max: null },
  { text: '"We buried 15 people this morning," said the head of a local youth association.', metric: 'killed', min: 15, max: 15 },
  { text: 'More than 1,300 people were treated for injuries, the ministry said.', metric: 'wounded', min: 1300, max: null },
  { text: 'A total of 361 people have fallen victim to landmines since 2020, the agency said.', metric: 'casualties', min: 361, max: 361 },
  { text: 'Prosecutors argued that the campaign drove some 29,000 villagers from their homes into the mountains.', metric: 'displaced', min: 29000, max: 29000, chain: ['government'] },
  { text: "The ministry has raised the number of citizens killed in last week's fighting on the border to 59, its press service reported.", metric: 'killed', min: 59, max: 59 },
  { text: 'Diplomats said between 10,000 and 20,000 Eritrean soldiers are now in the region.', metric: 'deployed', min: 10000, max: 20000, country: 'ER', group: 'military' },
  { text: 'At least 24 patients with gunshot wounds had been admitted, the hospital said.', metric: 'wounded', min: 24, max: null, group: 'civilian' },
  { text: 'Eight soldiers fell in combat in the south, the army said.', metric: 'killed', min: 8, max: 8, group: 'military' },
  { text: 'The army said its forces eliminated dozens of fighters in the raid.', metric: 'killed', min: 24, max: 99, group: 'military' },
  { text: 'Survivors said at least 30 others had been swept away.', metric: 'missing', min: 30, max: null },
  { text: 'Over 310,000 people have crossed from Lebanon into Syria, the authorities estimate.', metric: 'displaced', min: 310000, max: null },
  { text: 'Kenya has about 3,000 troops serving in Somalia.', metric: 'deployed', min: 3000, max: 3000, country: 'KE', group: 'military' },
  { text: 'Roughly 1,500 French soldiers were based in Niger at the time.', metric: 'deployed', min: 1500, max: 1500, country: 'FR', group: 'military' },
  { text: 'Russia redeployed roughly 1,500 additional troops to the area, a spokesperson said.', metric: 'deployed', min: 1500, max: 1500, country: 'RU', group: 'military' },
  { text: 'The court convicted him over the killing of six protesters.', metric: 'killed', min: 6, max: 6, group: 'civilian' },
  { text: 'Of those reported missing, 1,122 remain unlocated, the prosecutor said.', metric: 'missing', min: 1122, max: 1122 },
  { text: 'Three policemen sustained gunshot wounds in the ambush, police said.', metric: 'wounded', min: 3, max: 3, group: 'military' },
  { text: 'Eleven villagers suffered serious injuries when the shell landed, witnesses said.', metric: 'wounded', min: 11, max: 11 },
  { text: 'At least 14 people were killed and 30 were taken to hospital after the attack, local media said.', metric: 'wounded', min: 30, max: 30, chain: ['media'] },
  { text: 'Ukraine returned the bodies of 909 fallen soldiers to Russia, the coordination headquarters said.', metric: 'killed', min: 909, max: 909, country: 'RU', group: 'military' },
  { text: 'Russia handed over 150 prisoners of war to Ukraine in the exchange, officials said.', metric: 'captured', min: 150, max: 150, country: 'UA' },
  { text: 'Police said they had detained 214 people during the protests. Of those, 37 were later released.', metric: 'detained', min: 37, max: 37 },
  // Breakdowns set after a count: "Of those, N were X", "N of the dead were X", "Of the dead, N were X".
  { text: 'Gunmen killed 41 people in the village, the governor said. Of those, 15 were children, he said.', metric: 'killed', min: 15, max: 15, group: 'civilian', chain: ['government'] },
  { text: 'The ministry said 88 people had died, and that 19 of the dead were soldiers.', metric: 'killed', min: 19, max: 19, group: 'military', chain: ['government'] },
  { text: 'Of the dead, 23 were police officers, the provincial governor said.', metric: 'killed', min: 23, max: 23, group: 'military', chain: ['government'] },
  { text: 'Among the 300 arrested, 40 were students, a police spokesman said.', metric: 'detained', min: 40, max: 40, group: 'civilian' },
  // Wounded as people treated for their wounds.
  { text: 'Another 64 people were being treated at hospitals in the city, the health office said.', metric: 'wounded', min: 64, max: 64, chain: ['government'] },
  { text: 'Doctors said 17 survivors were still receiving treatment.', metric: 'wounded', min: 17, max: 17 },
  { text: 'The rights group said 900 people had been executed this year. It said 61 of those executed were women.', metric: 'killed', min: 61, max: 61, group: 'civilian', chain: ['ngo'] },
  { text: 'Police said 300 people were arrested at the rally. Of those arrested, 40 were students.', metric: 'detained', min: 40, max: 40, group: 'civilian', chain: [] },
  // Military press usage in South Asia.
  { text: 'Eleven militants were sent to hell in the operation, the military\'s media wing said.', metric: 'killed', min: 11, max: 11, group: 'military', chain: ['military'] },
  { text: 'Four soldiers embraced martyrdom during the exchange of fire, the army said.', metric: 'killed', min: 4, max: 4, group: 'military', chain: ['military'] },
  // A sentence adverb set off before the speaker is not the speaker.
  { text: 'Separately, the monitoring group said 19 protesters had been detained overnight.', metric: 'detained', min: 19, max: 19, chain: ['ngo'] },
  { text: 'The blast killed all 41 passengers on board, the transport ministry said.', metric: 'killed', min: 41, max: 41, chain: ['government'] },
  { text: '"We lost six soldiers and 14 others were wounded," Colonel Amadou Traore said in Mali.', metric: 'wounded', min: 14, max: 14, group: 'military', chain: ['military'] },
  // Non-state armed groups keep no country, wherever they speak.
  { text: 'The militants said on their radio station that they had killed 52 soldiers in Somalia.', metric: 'killed', min: 52, max: 52, chain: ['military'], originCountry: null },
  { text: 'Some 2.5mn Sudanese are now refugees in neighbouring states, the UN refugee agency said.', metric: 'displaced', min: 2500000, max: 2500000, country: 'SD', chain: ['international'] },
  // A coast guard is a force at sea (military: 22 links to 16 in the gold of rounds 1-31, against 'government' before).
  { text: 'More than a dozen migrants drowned off the coast, the coastguard said.', metric: 'killed', min: 12, max: null, chain: ['military'] },
  { text: 'Another 14 bodies were found in a ravine on Monday, police said.', metric: 'killed', min: 14, max: 14, chain: ['government'] },
  { text: 'The figure was given by the regional civil protection agency, which said 23 people were missing.', metric: 'missing', min: 23, max: 23, chain: ['government'] },
  { text: 'Over a hundred fighters were captured near the dam, the army said.', metric: 'captured', min: 100, max: null, group: 'military', chain: ['military'] },
  { text: 'Per the ministry\'s figures, 673 people have been killed since Tuesday.', metric: 'killed', min: 673, max: 673, chain: ['government'] },
  { text: 'The toll stands at 50,021, according to the health ministry\'s daily update.', metric: 'killed', min: 50021, max: 50021, chain: ['government'] },
  { text: 'NAIROBI, July 1 (Reuters) - Kenya\'s police said 23 protesters had been arrested.', metric: 'detained', min: 23, max: 23, chain: ['government'], originCountry: 'KE' },
  { text: 'July 1 (Reuters) - Ethiopia\'s government said 40 rebels were killed in clashes.', metric: 'killed', min: 40, max: 40, chain: ['government'], originCountry: 'ET' },
  { text: 'No fewer than 45 bodies were recovered from the rubble, rescuers said.', metric: 'killed', min: 45, max: null },
  { text: 'In the region of 5,000 people have fled the district, aid groups said.', metric: 'displaced', min: 5000, max: 5000, approximate: true, chain: ['ngo'] },
  { text: 'Upwards of 60 villagers are said to have been abducted, residents said.', metric: 'captured', min: 60, max: null, hedged: true, chain: ['witness'] },
  { text: 'Ten Gazans were killed in the strike, medics said.', metric: 'killed', min: 10, max: 10, country: 'PS' },
  { text: 'Five Kurdish fighters were killed in the clashes, officials said.', metric: 'killed', min: 5, max: 5, country: null, group: 'military' },
  { text: 'Twelve paramedics were killed in the strike, the Red Crescent said.', metric: 'killed', min: 12, max: 12, group: 'civilian', chain: ['ngo'] },
  { text: 'The governor said at the weekend that 16 people had died in the floods.', metric: 'killed', min: 16, max: 16, asOf: '2025-03-08' },
  { text: 'Two Western officials, speaking on condition of anonymity, said 700 soldiers had been killed.', metric: 'killed', min: 700, max: 700, chain: ['official'] },
  { text: 'The ministry, citing hospital records, said 310 people were killed.', metric: 'killed', min: 310, max: 310 },
  { text: 'A commander of the Liberation Front, the main rebel alliance in the north, said 40 soldiers were captured.', metric: 'captured', min: 40, max: 40, chain: ['military'], originCountry: null },
  { text: 'After the attack, the ministry said 12 people were killed.', metric: 'killed', min: 12, max: 12, chain: ['government'] },
  { text: 'He was one of 15 journalists detained since January, the union said.', metric: 'detained', min: 15, max: 15, chain: ['ngo'] },
  { text: 'Strikes have killed at least 61 Palestinians since dawn, including 19 aid seekers, medical sources said.', metric: 'killed', min: 19, max: 19, country: 'PS', group: 'civilian' },
  { text: 'South Korean lawmakers, citing the NIS, said 9 soldiers were wounded.', metric: 'wounded', min: 9, max: 9, chain: ['legislator', 'intelligence'] },
  { text: 'At least 12 journalists were killed, according to the Committee to Protect Journalists.', metric: 'killed', min: 12, max: null, chain: ['ngo'], originCountry: null },
  { text: 'At least 30 people died of cholera, according to WHO.', metric: 'killed', min: 30, max: null, chain: ['international'] },
  { text: 'Peace Now said 12 settlers were detained.', metric: 'detained', min: 12, max: 12, chain: ['ngo'] },
  // Regions place unplaced state sources: Zamfara is in Nigeria, Balochistan in Pakistan.
  { text: 'Gunmen killed 12 villagers in Zamfara, police said.', metric: 'killed', min: 12, max: 12, chain: ['government'], originCountry: 'NG' },
  { text: 'At least 30 people were killed in Balochistan, officials said.', metric: 'killed', min: 30, max: null, chain: ['official'], originCountry: 'PK' },
  // Unplaced intelligence bodies, national institutes and local witnesses take the story's country too; survivors of a crossing do not.
  { text: 'In Zamfara, the intelligence service said 14 gunmen were arrested.', metric: 'detained', min: 14, max: 14, chain: ['intelligence'], originCountry: 'NG' },
  { text: 'At least 3,000 people fled Balochistan last year, according to the National Policy Institute.', metric: 'displaced', min: 3000, max: null, chain: ['expert'], originCountry: 'PK' },
  { text: 'Villagers said 9 people were killed near Kaduna.', metric: 'killed', min: 9, max: 9, chain: ['witness'], originCountry: 'NG' },
  { text: 'Survivors said 30 people drowned off Libya.', metric: 'killed', min: 30, max: 30, chain: ['witness'], originCountry: null },
  // Unnamed people of a state body are officials; titles and local governments by their words.
  { text: 'More than 50 people have been detained in Kaduna, a senior police officer said.', metric: 'detained', min: 50, max: null, chain: ['official'], originCountry: 'NG' },
  { text: 'Two soldiers were wounded in Balochistan, army officials said.', metric: 'wounded', min: 2, max: 2, chain: ['official'], country: 'PK' },
  { text: 'Around 40 police officers were injured in Kaduna, Director General of Police Musa Bello said.', metric: 'wounded', min: 40, max: 40, chain: ['government'], originCountry: 'NG' },
  { text: 'Lam Dong Province reported 34 deaths in Vietnam.', metric: 'killed', min: 34, max: 34, chain: ['government'], originCountry: 'VN' },
  { text: 'Rescuers recovered the bodies of 46 villagers in Vietnam, district chairman Tran Van Minh said.', metric: 'killed', min: 46, max: 46, chain: ['government'], originCountry: 'VN' },
  { text: 'At least two people drowned in the river, the Kenya Red Cross said.', metric: 'killed', min: 2, max: null, chain: ['ngo'], originCountry: 'KE' },
  { text: 'Around 40 Chadian soldiers were killed, the presidency said.', metric: 'killed', min: 40, max: 40, chain: ['government'] },
  { text: 'The monitor said it had documented the killing of 57 civilians and the abduction of more than 120 people.', metric: 'captured', min: 120, max: null },
  { text: 'The Lakeside Rights Centre, whose founder is in prison, said on Tuesday that 300 people were detained.', metric: 'detained', min: 300, max: 300, chain: ['ngo'], asOf: '2025-03-11' },
  { text: 'At least 430 people have died in custody, the Salvadoran organisation Socorro Legal said.', metric: 'killed', min: 430, max: null, chain: ['ngo'], originCountry: 'SV' },
  { text: 'Yeah, the International Organization for Migration says more than 6,200 people have fled.', metric: 'displaced', min: 6200, max: null, chain: ['international'] },
  { text: 'The UN Integrated Office in Haiti (BINUH) reports that at least 1,190 people were killed.', metric: 'killed', min: 1190, max: null, chain: ['international'] },
  // "We assess": the publisher's own voice.
  { text: 'We assess that Russia has suffered roughly 950,000 military casualties since February 2022.', metric: 'casualties', min: 950000, max: 950000, approximate: true, chain: [], country: 'RU', group: 'military' },
  { text: 'At least 73 people were being held as political prisoners at the end of January, according to the monitor.', metric: 'detained', min: 73, max: null, chain: ['ngo'] },
  { text: 'Some 2,600 personnel of the Armed Forces of the Philippines and about 1,400 coast guard personnel had been deployed, he said.', metric: 'deployed', min: 2600, max: 2600, approximate: true, group: 'military' },
  { text: 'About 11,500 military personnel are currently serving with the mission, the spokesman said.', metric: 'deployed', min: 11500, max: 11500, approximate: true, group: 'military' },
  { text: 'Security forces killed 31 Maoists in a gunfight in the forest on Sunday, police said.', metric: 'killed', min: 31, max: 31, group: 'military' },
  { text: 'Two paramilitary rangers were killed when a bomb exploded under their truck, police said.', metric: 'killed', min: 2, max: 2, group: 'military' },
  { text: 'The rebels claimed that more than 100 security personnel had been killed in Balochistan.', metric: 'killed', min: 100, max: null, group: 'military', country: 'PK' },
  { text: 'A French security assessment put the number of civilians killed at around 600.', metric: 'killed', min: 600, max: 600, approximate: true, chain: ['intelligence'], originCountry: 'FR' },
  { text: 'At least 18 people were killed in the blast, a spokesman for the Ukrainian defence ministry said.', metric: 'killed', min: 18, max: null, chain: ['military'], originCountry: 'UA' },
  { text: 'At least 18 people were killed, the press service of the Kenya Red Cross reported.', metric: 'killed', min: 18, max: null, chain: ['ngo'], originCountry: 'KE' },
  { text: 'At least 30 bodies were counted in Luanda, the Angolan Civic Observatory said.', metric: 'killed', min: 30, max: null, chain: ['ngo'], originCountry: 'AO' },
  { text: 'At least 30 people were killed in Idlib, the Observatory said.', metric: 'killed', min: 30, max: null, chain: ['ngo'], originCountry: 'SY' },
  { text: 'More than 7,600 people have been killed in southern Thailand since 2004, according to Deep South Watch.', metric: 'killed', min: 7600, max: null, chain: ['ngo'], originCountry: 'TH' },
  { text: 'As of 5 p.m., 1,145 people had been injured in Hualien, the Central Emergency Operation Center said.', metric: 'wounded', min: 1145, max: 1145, chain: ['government'], originCountry: 'TW' },
  { text: 'Citing the national gendarmerie, the ministry said 12 people had died in Madagascar.', metric: 'killed', min: 12, max: 12, chain: ['government', 'military'] },
  { text: 'Local sources said at least 11 civilians were killed in the surrounding villages.', metric: 'killed', min: 11, max: null, chain: ['other'], originCountry: null },
  // A speaker citing a source that names no country lends it the speaker's, before the places in the sentence.
  { text: 'Kenyan lawmakers, citing intelligence reports, said 40 Somali fighters were killed.', metric: 'killed', min: 40, max: 40, chain: ['legislator', 'intelligence'], originCountry: 'KE' },
  { text: 'The death toll, which stood at 40 on Friday, climbed to 62 by Sunday, the ministry said.', metric: 'killed', min: 62, max: 62, chain: ['government'] },
  { text: 'The death toll, the ministry said, climbed to 62 by Sunday.', metric: 'killed', min: 62, max: 62, chain: ['government'] },
  { text: 'Officials revised the death toll down to 18 from 25.', metric: 'killed', min: 18, max: 18, chain: ['official'] },
  { text: 'A source in the Liberation Front, the main rebel alliance, said 40 soldiers were captured.', metric: 'captured', min: 40, max: 40, chain: ['military'], originCountry: null },
  { text: '"We have recorded 120 deaths since Friday," said Dr. Ahmed Khalil, director of the city hospital.', metric: 'killed', min: 120, max: 120 },
  { text: 'Reporters could not verify the figure of 52 dead given by the rebels.', metric: 'killed', min: 52, max: 52, chain: ['military'], originCountry: null },
  { text: 'At least 52 deaths were reported by the ministry on Monday.', metric: 'killed', min: 52, max: null, chain: ['government'], asOf: '2025-03-10' },
  { text: 'The general staff said Russian forces suffered 920 casualties over the past day.', metric: 'casualties', min: 920, max: 920, country: 'RU', group: 'military' },
  { text: 'The figure includes 920 casualties Russian forces suffered over the past day, the general staff said.', metric: 'casualties', min: 920, max: 920, country: 'RU', group: 'military' },
  { text: 'The junta pardoned 4,000 inmates on Friday, state media said.', metric: 'detained', min: 4000, max: 4000, chain: ['media'] },
  { text: 'Some 300 of the 500 detainees were released, officials said.', metric: 'detained', min: 500, max: 500 },
  { text: 'Units inflicted losses on 11 brigades, with the enemy losing up to 505 servicemen, the ministry said.', metric: 'casualties', min: null, max: 505, group: 'military' },
  { text: 'According to the latest data, a total of 3,145 people have been confirmed dead, said the ministry.', metric: 'killed', min: 3145, max: 3145, chain: ['government'] },
  // Ages are not counts, and do not hide the count they describe.
  { text: 'Four children aged between two and nine were killed, officials said.', metric: 'killed', min: 4, max: 4, group: 'civilian' },
  { text: 'Some 41 worshippers, aged between 30 and 70, were kidnapped, police said.', metric: 'captured', min: 41, max: 41, approximate: true, chain: ['government'] },
  { text: 'Twelve soldiers, aged 19 to 25, were killed, the army said.', metric: 'killed', min: 12, max: 12, group: 'military' },
  { text: 'Half a million people have fled the region, the UN said.', metric: 'displaced', min: 500000, max: 500000 },
  { text: 'A quarter of a million people have fled the region, the UN said.', metric: 'displaced', min: 250000, max: 250000 },
  // Displacement, captivity and detention in other words.
  { text: 'Authorities relocated 2,000 residents to safer places, officials said.', metric: 'displaced', min: 2000, max: 2000, group: 'civilian' },
  { text: 'The army has moved nearly 2,000 residents of border villages to safer places, officials said.', metric: 'displaced', min: null, max: 2000, group: 'civilian' },
  { text: 'The war has pushed 6.9 million Ukrainians to seek refuge abroad, the UN said.', metric: 'displaced', min: 6900000, max: 6900000, country: 'UA' },
  { text: 'The storms left 3.4mn people homeless, officials said.', metric: 'displaced', min: 3400000, max: 3400000 },
  { text: 'The floods forced the evacuation of more than 1.4 million people, officials said.', metric: 'displaced', min: 1400000, max: null },
  { text: 'More than 9,000 Palestinians are held in Israeli prisons, a prisoners\' group said.', metric: 'detained', min: 9000, max: null, country: 'PS' },
  { text: 'About 1,000 Ukrainians are held as prisoners in Russia, Kyiv said.', metric: 'captured', min: 1000, max: 1000, country: 'UA' },
  { text: 'The militants beheaded at least 30 villagers, the army said.', metric: 'killed', min: 30, max: null },
  // Partitives, old tolls, breakdown lists, comments on a figure.
  { text: 'Twenty-three of the 40 passengers drowned, the coastguard said.', metric: 'killed', min: 23, max: 23, group: 'civilian' },
  { text: 'Nine of the 37 deaths were in the port city, officials said.', metric: 'killed', min: 9, max: 9 },
  { text: 'At least 18 people, including 13 civilians and five soldiers, were killed, the army said.', metric: 'killed', min: 13, max: 13, group: 'civilian' },
  { text: 'At least 18 people, including 13 civilians and five soldiers, were killed, the army said.', metric: 'killed', min: 18, max: null },
  { text: 'Russia has suffered roughly 700,000 casualties, a figure that includes both the dead and the wounded, officials said.', metric: 'casualties', min: 700000, max: 700000, country: 'RU' },
  { text: 'At least 40 people were killed, a figure that could not be independently confirmed, the army said.', metric: 'killed', min: 40, max: null, chain: ['military'] },
  { text: 'Strikes killed 40 people, far more than the government has acknowledged.', metric: 'killed', min: 40, max: 40, chain: [] },
  { text: 'More than 20 officials said 40 people were killed.', metric: 'killed', min: 40, max: 40, chain: ['official'] },
  // Situation reports cite in brackets; sources by their words.
  { text: 'At least 9 people have died and 2 remain missing in the district (local authorities, 10 March).', metric: 'killed', min: 9, max: null, chain: ['government'], asOf: '2025-03-10' },
  { text: 'Some 12,000 people were displaced (OCHA, 12 March).', metric: 'displaced', min: 12000, max: 12000, chain: ['international'], asOf: '2025-03-12' },
  { text: 'Fifteen children were among the wounded, the State Emergency Service said.', metric: 'wounded', min: 15, max: 15, chain: ['government'] },
  { text: 'Paramilitary fighters killed at least 40 people, a Sudanese doctors\' group said.', metric: 'killed', min: 40, max: null, chain: ['ngo'], originCountry: 'SD' },
  { text: 'No fewer than 100 people have been killed in the attack, Amnesty International Nigeria said.', metric: 'killed', min: 100, max: null, chain: ['ngo'], originCountry: 'NG' },
  { text: 'Fourteen people have died in the floods, Himachal Pradesh officials said.', metric: 'killed', min: 14, max: 14, chain: ['official'], originCountry: 'IN' },
  { text: 'Insurgents killed at least 30 villagers in August, according to a tally compiled by the Cabo Ligado monitoring project.', metric: 'killed', min: 30, max: null, chain: ['ngo'] },
  { text: 'Over 46,500 people in the affected areas have been relocated to safe places, officials said.', metric: 'displaced', min: 46500, max: null },
  { text: 'Rights groups say more than 10,800 Palestinians are currently held in Israeli prisons.', metric: 'detained', min: 10800, max: null, chain: ['ngo'] },
  { text: 'About 1,800 people have already left the district, the governor said.', metric: 'displaced', min: 1800, max: 1800, approximate: true },
  { text: 'The ambulance service says it has treated 41 people for injuries.', metric: 'wounded', min: 41, max: 41 },
  { text: 'Around 20,000 residents spent the night in evacuation centres, officials said.', metric: 'displaced', min: 20000, max: 20000, group: 'civilian' },
  { text: 'The coordination headquarters said that 6,312 Ukrainians had been returned from Russian captivity since 2022.', metric: 'captured', min: 6312, max: 6312, country: 'UA' },
  // Outlets that carry a statement (decision 7: [outlet, speaker]).
  { text: 'The BBC quoted a local rescue official as saying that 370 bodies had been recovered.', metric: 'killed', min: 370, max: 370, chain: ['media', 'official'] },
  { text: 'A local official was quoted as saying by Radio Metropole that 40 people were killed.', metric: 'killed', min: 40, max: 40, chain: ['media', 'official'] },
  { text: 'At least 12 people were detained overnight, the prisoners\' society said on Monday, according to the official WAFA news agency.', metric: 'detained', min: 12, max: null, chain: ['media', 'ngo'], asOf: '2025-03-10' },
  { text: 'Doctors said 22 seriously wounded Ukrainian servicemen were evacuated.', metric: 'wounded', min: 22, max: 22, country: 'UA', group: 'military' },
  { text: 'Yemen\'s Ministry of Human Rights said 12 civilians were killed.', metric: 'killed', min: 12, max: 12, chain: ['government'], originCountry: 'YE' },
  { text: 'The Sudan Liberation Movement/Army said 30 fighters were killed.', metric: 'killed', min: 30, max: 30, chain: ['military'], originCountry: null },
  { text: 'Head of the regional military administration Ivan Fedorov said 12 civilians were wounded.', metric: 'wounded', min: 12, max: 12, chain: ['government'] },
  { text: 'Some 5,000 people have crossed the border, the interior minister told state broadcaster VTV in Venezuela.', metric: 'displaced', min: 5000, max: 5000, chain: ['media', 'government'], originCountry: 'VE' },
  { text: 'Militants attacked a fuel convoy, killing 14 drivers, officials said.', metric: 'killed', min: 14, max: 14, group: 'workers' },
  { text: 'The Emergency Lawyers, a rights group that documents abuses, said 112 people had been killed since Monday.', metric: 'killed', min: 112, max: 112, chain: ['ngo'] },
  { text: 'The Syrian Observatory for Human Rights, which relies on a network of sources inside the country, put the death toll at 48.', metric: 'killed', min: 48, max: 48, chain: ['ngo'], originCountry: 'SY' },
  { text: 'Mediazona, an independent Russian outlet that counts obituaries together with the BBC\'s Russian service, has confirmed the names of 111,387 soldiers killed.', metric: 'killed', min: 111387, max: 111387, chain: ['media'] },
  { text: 'The number of people confirmed dead has passed 3,000, the military government said on Wednesday, with a further 4,715 injured.', metric: 'wounded', min: 4715, max: 4715, chain: ['government'], asOf: '2025-03-12' },
  { text: 'The minister said at a press conference on Wednesday evening that 30 people were killed.', metric: 'killed', min: 30, max: 30, chain: ['government'], asOf: '2025-03-12' },
  // Titles, described names and bracketed acronyms.
  { text: 'Premier Oscar Mabuyane said 12 people were killed in the floods.', metric: 'killed', min: 12, max: 12, chain: ['government'] },
  { text: 'Gov. Greg Abbott said 12 people were killed in the floods.', metric: 'killed', min: 12, max: 12, chain: ['government'] },
  { text: 'Ukraine\'s interior minister, Ihor Klymenko, said 12 people were killed.', metric: 'killed', min: 12, max: 12, chain: ['government'], originCountry: 'UA' },
  { text: 'At least 30 patients were killed, said Jean-Marc Biquet, MSF head of mission.', metric: 'killed', min: 30, max: null, chain: ['ngo'], originCountry: null },
  { text: 'At least 4,864 people were killed, the UN human rights office (OHCHR) said on Wednesday.', metric: 'killed', min: 4864, max: null, chain: ['international'], asOf: '2025-03-12' },
  { text: 'Some 12 people were killed, according to the Prosecutor General\'s Office.', metric: 'killed', min: 12, max: 12, approximate: true, chain: ['government'] },
  { text: 'The strike hit a market, killing 12 people, two of them children, officials said.', metric: 'killed', min: 2, max: 2, group: 'civilian' },
  { text: 'The toll rose to 72, including 59 protesters, 10 prisoners and three police personnel, officials said.', metric: 'killed', min: 10, max: 10 },
  { text: 'Over 8,000 Ukrainians remain in Russian captivity and thousands more are missing, officials said.', metric: 'captured', min: 8000, max: null, country: 'UA' },
  { text: 'Russia has deported or transferred 19,546 Ukrainian children, Kyiv said.', metric: 'displaced', min: 19546, max: 19546, country: 'UA' },
  { text: 'Local sources told Lusa that 30 people were killed.', metric: 'killed', min: 30, max: 30, chain: ['media', 'other'] },
  { text: 'A nurse who escaped to the town told the BBC she had counted 40 bodies.', metric: 'killed', min: 40, max: 40, chain: ['media', 'witness'] },
  { text: 'Some 1,000 Kenyan police officers are in the country as part of the mission.', metric: 'deployed', min: 1000, max: 1000, country: 'KE', group: 'military' },
  { text: 'Around 1,000 army troops have been called in to assist civil authorities, the army said.', metric: 'deployed', min: 1000, max: 1000, group: 'military' },
  { text: 'The US envoy, Tom Perriello, said 150,000 people had been killed.', metric: 'killed', min: 150000, max: 150000, chain: ['government'], originCountry: 'US' },
  { text: 'The UN office says its staff have recorded 1,200 civilian deaths this year.', metric: 'killed', min: 1200, max: 1200, chain: ['international'] },
  { text: 'About 1.3 million refugees are in the country, the agency said.', metric: 'displaced', min: 1300000, max: 1300000 },
  { text: 'The death toll from the floods in the Eastern Cape has climbed to 78, Premier Oscar Mabuyane said on Thursday.', metric: 'killed', min: 78, max: 78, chain: ['government'], originCountry: 'ZA', asOf: '2025-03-13' },
  { text: 'Junta spokesman Major General Zaw Min Tun told state-run MRTV that 12 fighters were killed.', metric: 'killed', min: 12, max: 12, chain: ['media', 'military'] },
  { text: 'Thirty devotees were killed in a stampede, DIG Vaibhav Krishna said.', metric: 'killed', min: 30, max: 30, group: 'civilian', chain: ['government'] },
  { text: 'The monitor said the dead included 30 members of the security forces, 21 local Druze fighters and 10 civilians.', metric: 'killed', min: 21, max: 21, group: 'military', country: null },
  { text: 'The army claimed to have neutralised dozens of terrorists in the response.', metric: 'killed', min: 24, max: 99, chain: ['military'] },
  { text: 'A crowd surrounded and held 57 soldiers in the village, the defence ministry said.', metric: 'captured', min: 57, max: 57, group: 'military' },
  { text: 'Police have re-arrested around 5,000 of the escapees, a spokesman said.', metric: 'detained', min: 5000, max: 5000 },
  { text: 'The rights group has independently verified 17 of those deaths.', metric: 'killed', min: 17, max: 17, chain: ['ngo'] },
  { text: 'The Red Cross took part in the release and transfer of 246 prisoners of war from each side.', metric: 'captured', min: 246, max: 246 },
  // More ways of stating a figure.
  { text: 'Ukraine\'s General Staff puts Russian losses at more than 1.1 million.', metric: 'casualties', min: 1100000, max: null, country: 'RU', group: 'military', chain: ['military'] },
  { text: 'The Chamber found that government forces killed at least 213 civilians.', metric: 'killed', min: 213, max: null, group: 'civilian' },
  { text: 'The relief office now gives 3,958 dead, citing the WHO.', metric: 'killed', min: 3958, max: 3958 },
  { text: 'The two outlets estimate that between 190,000 and 233,000 soldiers have died.', metric: 'killed', min: 190000, max: 233000, chain: ['media'] },
  { text: 'The army believes 200 fighters were killed.', metric: 'killed', min: 200, max: 200, chain: ['military'], hedged: true },
  // Dates with their year, fronted dates; increases; other ways of stating.
  { text: 'The envoy said on March 12, 2023 that 150 people were killed.', metric: 'killed', min: 150, max: 150, asOf: '2023-03-12' },
  { text: 'The envoy said on 12 March 2023 that 150 people were killed.', metric: 'killed', min: 150, max: 150, asOf: '2023-03-12' },
  { text: 'The envoy said in March 2023 that 150 people were killed.', metric: 'killed', min: 150, max: 150, asOf: '2023-03-01' },
  { text: 'On 10 March, Governor Oleh Syniehubov said 11 people had been injured.', metric: 'wounded', min: 11, max: 11, asOf: '2025-03-10' },
  { text: 'The death toll rose by 300 to 4,500, officials said.', metric: 'killed', min: 4500, max: 4500 },
  { text: 'The toll could be as high as 150,000, the envoy said.', metric: 'killed', min: null, max: 150000, hedged: true },
  { text: 'Some 300 people whose whereabouts are unknown are listed, the committee said.', metric: 'missing', min: 300, max: 300 },
  { text: 'Two soldiers paid the supreme price, the army said.', metric: 'killed', min: 2, max: 2, group: 'military' },
  { text: 'Shelling killed 13 civilians and eight soldiers, and wounded 29 soldiers and 30 civilians, the army said.', metric: 'killed', min: 8, max: 8, group: 'military' },
  { text: 'Police made 17 arrests overnight, a spokesman said.', metric: 'detained', min: 17, max: 17 },
  { text: 'Security forces rounded up 300 protesters, witnesses said.', metric: 'detained', min: 300, max: 300, group: 'civilian', chain: ['witness'] },
  { text: 'Some 522 were held under the terrorism law, the Home Office said.', metric: 'detained', min: 522, max: 522, approximate: true, chain: ['government'] },
  { text: 'The governor said more than 32,000 people have been displaced, of whom 18,000 have reached the city.', metric: 'displaced', min: 18000, max: 18000 },
  { text: 'Over three days, 1,000 Russian servicemen and civilians were returned home, the ministry said.', metric: 'captured', min: 1000, max: 1000, country: 'RU' },
  { text: 'Authorities in Somalia say the fighters have killed seven government soldiers near the town.', metric: 'killed', min: 7, max: 7, country: 'SO', group: 'military' },
  { text: 'Rights groups say more than 10,800 Palestinians are held in Israeli prisons.', metric: 'detained', min: 10800, max: null, chain: ['ngo'], originCountry: null },
  // Sources: monitors named as networks, people named by their trade.
  { text: 'The Eastern Network for Human Rights said 35 civilians were killed.', metric: 'killed', min: 35, max: 35, chain: ['ngo'] },
  { text: 'Omar Haddad, a shopkeeper, said he counted 11 bodies in the street.', metric: 'killed', min: 11, max: 11, chain: ['witness'] },
  { text: 'Gunmen abducted 250 people from the village. Of those, 105 were released in November, officials said.', metric: 'captured', min: 105, max: 105 },
  { text: 'The shelling has sent another 5,000 fleeing across the border, aid groups said.', metric: 'displaced', min: 5000, max: 5000 },
  { text: 'The Israeli military said three of its soldiers were wounded in the clashes.', metric: 'wounded', min: 3, max: 3, country: 'IL', group: 'military', chain: ['military'] },
  { text: "The National Unity Government, the country's shadow administration, said at least 5,000 people had been killed in Myanmar.", metric: 'killed', min: 5000, max: null, chain: ['government'], originCountry: 'MM' },
  { text: 'Local authorities say about 9,000 residents have left since 2022.', metric: 'displaced', min: 9000, max: 9000, approximate: true, group: 'civilian', chain: ['government'] },
  { text: '16:05 GMT - The provincial governor says the number of people killed in the shelling has risen to 19.', metric: 'killed', min: 19, max: 19, chain: ['government'] },
  { text: 'Russia has suffered about 1.2m casualties since the invasion, British defence intelligence estimates.', metric: 'casualties', min: 1200000, max: 1200000, approximate: true, country: 'RU', group: 'military' },
  { text: 'The president said in February that 46,000 Ukrainian soldiers had been killed.', metric: 'killed', min: 46000, max: 46000, country: 'UA', group: 'military', asOf: '2025-02-01' },
  // Metric constructions
  { text: 'The blast ripped through the market, killing at least 31 people, officials said.', metric: 'killed', min: 31, max: null, group: 'people' },
  { text: 'The ministry put the death toll at 412 on Wednesday.', metric: 'killed', min: 412, max: 412, asOf: '2025-03-12', chain: ['government'] },
  { text: 'Hospital staff said the death toll of 58 included nine children.', metric: 'killed', min: 58, max: 58 },
  { text: 'The number of people killed in the landslide has risen to 140, the governor said.', metric: 'killed', min: 140, max: 140 },
  { text: 'The rebels took 40 prisoners during the offensive, a spokesman said.', metric: 'captured', min: 40, max: 40 },
  { text: 'Some 300 remain missing after the ferry sank, the coast guard said.', metric: 'missing', min: 300, max: 300, approximate: true },
  { text: 'Moscow deployed 11,000 soldiers to the region, Ukrainian intelligence said.', metric: 'deployed', min: 11000, max: 11000, country: 'RU', chain: ['intelligence'], originCountry: 'UA' },
  { text: 'The war has forced 2 million to flee, the agency said.', metric: 'displaced', min: 2000000, max: 2000000 },
  { text: 'Police arrested 85 protesters on Sunday, the interior ministry said.', metric: 'detained', min: 85, max: 85, group: 'civilian' },
  { text: 'About 150 Sudanese soldiers were killed or wounded in the fighting, the army said.', metric: 'casualties', min: 150, max: 150, approximate: true, country: 'SD' },
  { text: 'At least 19 people were killed and 60 wounded, the ministry said.', metric: 'killed', min: 19, max: null },
  { text: 'The toll reached 85 dead on Thursday, local officials said.', metric: 'killed', min: 85, max: 85 },
  { text: 'Hospitals recorded 14 deaths and 37 injuries after the blast.', metric: 'wounded', min: 37, max: 37, chain: ['other'] },
  { text: 'Among the dead were 12 children, the ministry said.', metric: 'killed', min: 12, max: 12, group: 'civilian', chain: ['government'] },
  { text: 'Some 200 fighters surrendered to the army, a military spokesman said.', metric: 'captured', min: 200, max: 200, approximate: true, group: 'military', chain: ['military'] },
  { text: 'The monitor said it had documented 1,840 civilian casualties in the first quarter.', metric: 'casualties', min: 1840, max: 1840, group: 'civilian', chain: ['ngo'] },
  { text: 'Aid agencies have verified the deaths of 31 aid workers this year.', metric: 'killed', min: 31, max: 31, chain: ['ngo'] },
  { text: 'Rebels handed over 40 hostages to the Red Cross, the mediators said.', metric: 'captured', min: 40, max: 40 },
  { text: 'About 26,000 people left the city on Friday alone, the migration agency estimated.', metric: 'displaced', min: 26000, max: 26000, approximate: true },
  { text: 'More than 36,000 civilians have walked to the town of Tawila, the migration agency said.', metric: 'displaced', min: 36000, max: null, group: 'civilian' },
  { text: 'About 1,000 North Korean troops arrived in Kursk last week, Ukrainian intelligence said.', metric: 'deployed', min: 1000, max: 1000, approximate: true, country: 'KP', group: 'military' },
  { text: 'A suicide bombing at a mosque claimed at least 32 lives on Friday, police said.', metric: 'killed', min: 32, max: null, chain: ['government'] },
  { text: 'More than 60 people were hospitalised with gunshot wounds, the medical charity said.', metric: 'wounded', min: 60, max: null },
  { text: 'Moscow said its forces lost only 50 men in the assault.', metric: 'casualties', min: 50, max: 50, country: 'RU', chain: ['government'] },
  { text: 'North Korean units in Kursk have lost hundreds of soldiers, Kyiv said.', metric: 'casualties', min: 200, max: 999, approximate: true, country: 'KP', group: 'military' },
  { text: 'Russian forces have lost 1,200 in a day, Kyiv said.', metric: 'casualties', min: 1200, max: 1200, country: 'RU', group: 'military' },
  // Attribution chains
  { text: 'About 700 Russian soldiers were killed in a week, Ukrainian lawmakers said on Monday, citing the country\'s military intelligence.', metric: 'killed', min: 700, max: 700, approximate: true, country: 'RU', chain: ['legislator', 'intelligence'], originCountry: 'UA', asOf: '2025-03-10' },
  { text: 'According to Israeli officials, 60 hostages remain in captivity.', metric: 'captured', min: 60, max: 60, chain: ['official'], originCountry: 'IL' },
  { text: 'Around 500 Yemeni civilians have been killed since January, the U.N. human rights office said.', metric: 'killed', min: 500, max: 500, country: 'YE', chain: ['international'] },
  { text: 'Some 1,000 troops were stationed in the province, the general told reporters.', metric: 'deployed', min: 1000, max: 1000, chain: ['military'] },
  { text: 'At least 44 migrants drowned and 120 are missing, the IOM said.', metric: 'missing', min: 120, max: 120, chain: ['international'] },
  { text: '"We have counted more than 2,100 bodies," a Red Cross official told Reuters.', metric: 'killed', min: 2100, max: null, chain: ['media', 'international'] },
  { text: "Syria's defence ministry, for its part, said its forces had captured 17 fighters near the dam.", metric: 'captured', min: 17, max: 17, chain: ['military'], originCountry: 'SY' },
  { text: 'A military spokesman said Russian losses in the sector had exceeded 1,200 killed and wounded.', metric: 'casualties', min: 1200, max: null, country: 'RU', group: 'military' },
  { text: "Nigeria's armed forces said they had killed about 60 insurgents in the forest.", metric: 'killed', min: 60, max: 60, approximate: true, chain: ['military'], originCountry: 'NG' },
  { text: 'Gunmen killed at least 45 villagers and wounded dozens more, two local officials told the news agency on condition of anonymity.', metric: 'killed', min: 45, max: null, group: 'civilian', chain: ['media', 'official'] },
  { text: 'Over a million Haitians have been forced to leave their homes, the IOM estimates.', metric: 'displaced', min: 1000000, max: null, country: 'HT', chain: ['international'] },
  { text: 'A jihadist group, the Northern Front, said it had taken 14 soldiers prisoner.', metric: 'captured', min: 14, max: 14, chain: ['military'], originCountry: null },
  // Outlet voice
  { text: 'The conflict has displaced more than 400,000 people since October.', metric: 'displaced', min: 400000, max: null, chain: [] },
  { text: 'Some 7,000 people have been killed in the east since January, the prime minister told the Human Rights Council on Monday.', metric: 'killed', min: 7000, max: 7000, approximate: true, asOf: '2025-03-10' },
  { text: 'Syria\'s interior ministry said at least 40 members of the security forces were killed.', metric: 'killed', min: 40, max: null, country: 'SY', group: 'military' },
  { text: 'At least 30 rebel army fighters were killed in Mali, the group said.', metric: 'killed', min: 30, max: null, country: null, group: 'military' },
  { text: 'At least 30 army soldiers were killed in Mali, the group said.', metric: 'killed', min: 30, max: null, country: 'ML', group: 'military' },
  { text: 'As many as 40 people may have been killed in the raid, according to unconfirmed reports on social media.', metric: 'killed', min: null, max: 40, chain: ['media'], hedged: true },
  // Hedges
  { text: 'Around 90 fighters are believed to have been killed, the observatory said.', metric: 'killed', min: 90, max: 90, hedged: true },
  { text: 'As many as 60 people were reportedly killed in the shelling, residents said.', metric: 'killed', min: null, max: 60, hedged: true },
  { text: 'An estimated 5,000 people were displaced, the agency said.', metric: 'displaced', min: 5000, max: 5000, approximate: true, hedged: false },
];

describe('constructions', () => {
  test.each(ROWS)('$text', (row) => {
    const result = extract({ text: row.text, published: PUBLISHED });
    ExtractionSchema.parse(result);
    const claim = result.claims.find((c) => c.metric === row.metric && c.min === row.min && c.max === row.max);
    expect(claim, JSON.stringify(result.claims.map((c) => [c.metric, c.min, c.max, c.rule]))).toBeDefined();
    if (!claim) return;
    if (row.approximate !== undefined) expect(claim.approximate).toBe(row.approximate);
    if (row.country !== undefined) expect(claim.subject.country).toBe(row.country);
    if (row.group) expect(claim.subject.group).toBe(row.group);
    if (row.chain) expect(claim.source.map((s) => s.kind)).toEqual(row.chain);
    if (row.originCountry !== undefined) expect(claim.source[claim.source.length - 1]?.country ?? null).toBe(row.originCountry);
    expect(claim.asOf).toBe(row.asOf ?? '2025-03-14');
    if (row.hedged !== undefined) expect(claim.hedged).toBe(row.hedged);
    expect(claim.rule).toMatch(/\+/);
    expect(row.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
  });
});

describe('figure lists', () => {
  const report = [
    'Clashes spread to three more districts over the weekend.',
    'The health ministry gave the following figures on Wednesday:',
    'Killed: 1,180\nInjured: about 2,400\nMissing: 75',
    'Aid agencies said access remained difficult.',
    'Key figures',
    '- 9,000 people displaced since Sunday\n- 40 aid workers detained, the UN said',
  ].join('\n\n');

  test('label lines under a lead-in carry its source and day; the evidence is each line as written', () => {
    const { claims } = extract({ text: report, published: PUBLISHED });
    for (const [metric, min, line] of [['killed', 1180, 'Killed: 1,180'], ['wounded', 2400, 'Injured: about 2,400'], ['missing', 75, 'Missing: 75']] as const) {
      const claim = claims.find((c) => c.metric === metric && c.min === min);
      expect(claim, metric).toBeDefined();
      expect(claim!.source.map((s) => s.kind)).toEqual(['government']);
      expect(claim!.asOf).toBe('2025-03-12');
      expect(claim!.evidence.text).toBe(line);
      expect(report.slice(claim!.evidence.start, claim!.evidence.end)).toBe(line);
    }
    expect(claims.find((c) => c.metric === 'wounded')!.approximate).toBe(true);
  });

  test('bulleted items are read as sentences, each with its own attribution', () => {
    const { claims } = extract({ text: report, published: PUBLISHED });
    const displaced = claims.find((c) => c.metric === 'displaced')!;
    expect(displaced.min).toBe(9000);
    expect(displaced.source).toEqual([]);
    expect(displaced.evidence.text).toBe('9,000 people displaced since Sunday');
    const detained = claims.find((c) => c.metric === 'detained')!;
    expect(detained.min).toBe(40);
    expect(detained.source.map((s) => s.kind)).toEqual(['international']);
  });

  test('related headlines, lone dash-led lines and topic labels stay out', () => {
    const text = [
      'Officials said the talks would resume next week.',
      '- 12 killed as storm hits coast',
      'Sudan: 40 killed in market attack',
      'Related stories',
      '- 2 killed, 23 injured as cyclone makes landfall\n- 300 displaced by floods in the north',
    ].join('\n\n');
    expect(extract({ text, published: PUBLISHED }).claims).toEqual([]);
  });
});

describe('documents', () => {
  // Who says a figure, read from the sentences before it: the source names of each claim.
  test.each<[string, string, string[][]]>([
    ['"CS Murkomen" (a Kenyan Cabinet Secretary) is the Murkomen named before', 'Interior Cabinet Secretary Kipchumba Murkomen said 12 people died. Speaking at the scene, CS Murkomen said 25 people injured in the landslide had been airlifted to Eldoret.', [['Kipchumba Murkomen'], ['Kipchumba Murkomen']]],
    ['"the war monitor" (a monitor\'s field in lower case) is the monitor named before', 'Gunmen killed six fighters near the dam, the Levant Rights Observatory said. The Paris-based war monitor said four other fighters were wounded.', [['the Levant Rights Observatory'], ['the Levant Rights Observatory']]],
    ['"official figures" are the state\'s, not the official named before', 'The district official, Ana Ruiz, said on Sunday that 4,200 people had fled their homes. Last year more than 60 people died, according to official figures.', [['Ana Ruiz'], ['official figures']]],
    ['a person named in apposition to the description a sentence opens with is who "he" then refers to', "The rebel movement's chief spokesman, Abdel Karim Osman, rejected those figures. He told a news conference on Monday that nine of its fighters had been killed.", [['Abdel Karim Osman']]],
    ['a spokesperson named after the body ("UNHCR spokesperson X") is who "she" then refers to', 'More than 150,000 people have crossed the border, UNHCR spokesperson Farida Noor said. More than a million refugees now live in the camps, she said.', [['UNHCR spokesperson Farida Noor'], ['UNHCR spokesperson Farida Noor']]],
    ['a spokesperson named after a body the story named before ("BNPB spokesman X") is who "he" then refers to, not the body', 'Floods killed 23 people, the National Disaster Mitigation Agency (BNPB) said. BNPB spokesman Abdul Muhari said 9,870 people had been evacuated. Forty-two people were injured, he said.', [['the National Disaster Mitigation Agency'], ['BNPB spokesman Abdul Muhari'], ['BNPB spokesman Abdul Muhari']]],
    ['a district secretary is a person: "she" after her is hers', 'In Matale district, 33 bodies have been recovered, District Secretary Nirmala Perera told reporters. She said about 20 people were still missing.', [['Nirmala Perera'], ['Nirmala Perera']]],
    ['the one place named after "in" is where an unnamed official is, not the official\'s name', 'A transport union official in Kayes, who asked not to be named, told reporters that at least four drivers had been killed.', [['A transport union official in Kayes']]],
    ['"has just told": the adverb between the auxiliary and the verb is no speaker', 'The head of the agency, Budi Santoso, has just told a news conference that 312 people were injured.', [['Budi Santoso']]],
    ['"up from nine announced initially": a participle after an earlier figure is no statement; the speaker after it is', 'The toll has risen to 16, up from nine announced initially, after rescuers pulled more bodies from the rubble, the State Emergency Service said.', [['the State Emergency Service']]],
    ['a name with its bracketed acronym speaks before the description set off after it', "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed responsibility, saying it had killed more than 100 soldiers.", [["Jama'at Nusrat al-Islam wal-Muslimin"]]],
    ['a titled name is no description of the place named before it', 'Four soldiers were killed when rebels ambushed a patrol in the Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM), the Joint Command of the Armed Forces (CCFFAA) said on Sunday.', [['the Joint Command of the Armed Forces']]],
  ])('%s', (_name, text, sources) => {
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual(sources);
  });

  // The same, with each claim's figure.
  test.each<[string, string, Array<[number | null, string[]]>]>([
    ['"the same source" is whoever was cited last', 'District commissioner Amina Odhiambo told reporters that 2,000 people had fled. A rights group put the toll at 12. The same source said 40 of the displaced had been wounded in the raid.', [[2000, ['Amina Odhiambo']], [12, ['A rights group']], [40, ['A rights group']]]],
    ['a person with a role named as the subject of a sentence without a source is who "he" then refers to', 'Army spokesman Colonel Luis Paredes said 30 soldiers were wounded. Interior Minister Ana Castillo has declared an emergency in four provinces. She said 900 police officers had been sent to the region.', [[30, ['Luis Paredes']], [900, ['Ana Castillo']]]],
    ['"they" is a known body named by a plural noun ("the M23 rebels") rather than a body named since', 'The M23 rebels said they had taken the town. Later the United Nations disputed the rebels\' account. In a statement, they said 400 government soldiers had been captured.', [[400, ['The M23 rebels']]]],
  ])('%s', (_name, text, claims) => {
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual(claims);
  });

  test('"Its spokesman, X," speaks for the body named before, with its kind', () => {
    const text = 'The national police said 20 people were arrested. Its spokesman, Jean-Marc Dorval, told reporters that 34 bodies had been recovered.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['The national police', 'government']], [['Jean-Marc Dorval', 'government']]]);
  });

  test('people a sentence counts without a claim are whom its next figure counts, not the last sentence\'s subject', () => {
    const text = 'The army said it had killed 300 rebel fighters. More than 1.1 million people need food aid in the region, and about 520,000 are displaced, the agency said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.subject.group])).toEqual([[300, 'military'], [520000, 'people']]);
  });

  test('ages listed after "aged" stay ages, though "and" after a figure starts no noun', () => {
    const text = 'Another 29 civilians were injured, among them three children aged 4, 9 and 15, who were taken to hospital.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.min)).toEqual([29, 3]);
  });

  test('a ranking\'s next items ("followed by X with 190 and Y with 147") are counted as the first', () => {
    const text = 'Kayin state was the worst hit, with 212 civilians killed, followed by Mon state with 96 and Bago with 41, the monitor said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.min])).toEqual([['killed', 212], ['killed', 96], ['killed', 41]]);
  });

  test('"told <the publisher>" or "told this newspaper" adds no link: the outlet is the text\'s own', () => {
    const own = extract({ text: 'A security official, speaking on condition of anonymity, told The Valley Courier that at least four soldiers had been injured.', published: PUBLISHED, publisher: 'The Valley Courier Online' }).claims;
    expect(own.map((c) => c.source.map((s) => s.name))).toEqual([['A security official']]);
    const paper = extract({ text: 'Health Minister Omar Haidar told this newspaper last month that about 3,000 people had been killed.', published: PUBLISHED }).claims;
    expect(paper.map((c) => c.source.map((s) => s.kind))).toEqual([['government']]);
    const other = extract({ text: 'A security official told Reuters that at least four soldiers had been injured.', published: PUBLISHED, publisher: 'Daily Ledger' }).claims;
    expect(other.map((c) => c.source.map((s) => s.kind))).toEqual([['media', 'official']]);
  });

  test('a nation\'s body opening a sentence without a figure ("Sudan\'s foreign ministry called …", "X offers a more cautious estimate") is what "it" then refers to', () => {
    const text = 'The Emergency Lawyers said 200 people were killed. Sudan\'s foreign ministry called the killings a massacre. It said the fighters had also abducted at least 30 people.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[200, ['The Emergency Lawyers']], [30, ["Sudan's foreign ministry"]]]);
    const estimate = 'The General Staff said 9,000 soldiers were killed. The Northern Monitoring Group offers a more cautious estimate. It said 6,500 soldiers had been killed.';
    expect(extract({ text: estimate, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['The General Staff'], ['The Northern Monitoring Group']]);
  });

  test('"he" with no one named before is the person with a role the sentence named before it', () => {
    const text = 'The last official figure from Defence Minister Rustem Halyk came in March, when he said 31,000 soldiers had been killed.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => [s.kind, s.name.endsWith('Rustem Halyk')]))).toEqual([[['government', true]]]);
  });

  test('an age set off after a name is not the speaker; "a member of the rescue team" is one person "he" refers to', () => {
    const aged = 'Yusuf Hamdan, 41, said he had helped carry the bodies of six men to the clinic.';
    expect(extract({ text: aged, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['Yusuf Hamdan']]);
    const member = 'The roof collapsed during morning prayers, a member of the village rescue team told reporters. He said the bodies of 12 worshippers had been recovered.';
    expect(extract({ text: member, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['a member of the village rescue team']]);
  });

  test('a name set off by a long description with a year in it still speaks; a day with the verb dates it, not the description\'s', () => {
    const text = 'The Patriotic Front, a coalition of armed groups formed after the 2021 coup, said on Monday that its fighters had captured 40 soldiers.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name), c.asOf])).toEqual([[40, ['The Patriotic Front'], '2025-03-10']]);
    const dated = 'The army, which has run the prisons since the state of emergency declared in January 2024, said on Wednesday that 2,700 soldiers were stationed inside them.';
    expect(extract({ text: dated, published: PUBLISHED }).claims.map((c) => c.asOf)).toEqual(['2025-03-12']);
  });

  test('"confirmed the attack in a statement on Tuesday, saying …": the day before ", saying" is the statement\'s, and "he added" keeps it', () => {
    const text = 'The police spokesman confirmed the raid in a statement on Tuesday evening, saying 26 bodies had been recovered. He added that five suspects had been arrested.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.asOf])).toEqual([[26, '2025-03-11'], [5, '2025-03-11']]);
  });

  test('soldiers named by no nation, killed by an armed group, are the forces of the state the story is about', () => {
    const text = 'Niger declared three days of national mourning on Sunday. Jihadist fighters attacked two army posts near the border, killing 34 soldiers, the defence ministry said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.subject.country, c.subject.group])).toEqual([[34, 'NE', 'military']]);
    const twoStates = 'Niger declared three days of national mourning on Sunday. Jihadist fighters crossed from Mali and attacked two posts, killing 34 soldiers, the defence ministry said.';
    expect(extract({ text: twoStates, published: PUBLISHED }).claims.map((c) => c.subject.country)).toEqual([null]);
  });

  test('", saying …" and ", telling X that …" after a main clause: its subject speaks, and an outlet told is a link', () => {
    const said = 'The coast guard issued a statement on Friday, saying 31 migrants were missing.';
    expect(extract({ text: said, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name), c.asOf])).toEqual([[31, ['The coast guard'], '2025-03-14']]);
    const told = 'The army denied the accusation, telling state television that 14 soldiers had been wounded.';
    expect(extract({ text: told, published: PUBLISHED }).claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['state television', 'media'], ['The army', 'military']]]);
    const reporters = 'The army denied the accusation, telling reporters that 14 soldiers had been wounded.';
    expect(extract({ text: reporters, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['The army']]);
  });

  test('"X have done something and said …": the subject before its auxiliary speaks', () => {
    const text = 'Police have sealed off the market and said they had arrested three men suspected of looting.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.source.map((s) => s.name)])).toEqual([['detained', ['Police']]]);
    const irregular = 'The army has withdrawn from the town and said 12 soldiers were wounded.';
    expect(extract({ text: irregular, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['The army']]);
  });

  test('"according to a <publisher> tally" is the outlet\'s own count', () => {
    const text = 'At least 45 people have drowned on the lake since March, according to a Lakeside Courier tally.';
    const { claims } = extract({ text, published: PUBLISHED, publisher: 'Lakeside Courier' });
    expect(claims.map((c) => [c.min, c.source])).toEqual([[45, []]]);
  });

  test('"Its running total … stands at" is the count of the body named before; a figure recorded by another is not', () => {
    const text = 'The UN monitoring mission said 40 civilians were killed in June. Its running total since February 2022 now stands at 12,910 civilians killed.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([
      [40, ['The UN monitoring mission']], [12910, ['The UN monitoring mission']],
    ]);
    const other = 'The UN monitoring mission said 40 civilians were killed in June. Their estimate of deaths in the city exceeds the 20,178 deaths recorded for the country by ACLED.';
    expect(extract({ text: other, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name)])).not.toContainEqual([20178, ['The UN monitoring mission']]);
  });

  test('a body that "lists" a count states it (a fronted "Nationwide," is no name); a register that lists one speaks for whoever cited it', () => {
    const text = 'Nationwide, the civil defence office now lists 114 dead and 127 missing.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.min, c.source.map((s) => s.name)])).toEqual([
      ['killed', 114, ['the civil defence office']], ['missing', 127, ['the civil defence office']],
    ]);
    const register = 'The governor said a register opened in March lists 1,140 people reported missing by relatives.';
    expect(extract({ text: register, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['The governor']]);
  });

  test('a person named again by rank and surname ("Insp Moraga") is the person named before, not a new source', () => {
    const text = 'Regional police chief Inspector Daniel Moraga said 14 people were killed. Insp Moraga said 6 of the dead were children.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name.replace(/^Inspector /, ''), s.kind]))).toEqual([[['Daniel Moraga', 'government']], [['Daniel Moraga', 'government']]]);
  });

  test('a person whose description names a body is still a person: "she" finds her, and "the UNHCR" the body, not her', () => {
    const text = 'The UNHCR said 40,000 people had crossed the border. Maria Oyelaran, who runs the UNHCR\'s office in Maiduguri, said most were women. Eleven of the arrivals were injured, she said. The state police said it had detained three smugglers. Some 2,000 people were displaced in the last week alone, the UNHCR says. At least 300 people had been killed in the raids, according to the agency.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([
      [40000, ['The UNHCR']], [11, ['Maria Oyelaran']], [3, ['The state police']], [2000, ['The UNHCR']], [300, ['The UNHCR']],
    ]);
  });

  test('a source spoken of again is the latest mention: "it" after it is not the body named in between', () => {
    const text = 'The health ministry said 52 people were killed. The national police union said 9 officers were hurt. The ministry later said 14 of the dead were children. A further 30 people were wounded, it said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([
      [52, ['The health ministry']], [9, ['The national police union']], [14, ['The health ministry']], [30, ['The health ministry']],
    ]);
  });

  test('a speech verb joined by "and" after a cue\'s clause has that cue\'s speaker', () => {
    const text = 'A local official, who asked not to be named, put the toll across the area at as many as 300 and said dozens of people were still missing.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.source.map((s) => s.name)])).toEqual([
      ['killed', ['A local official']], ['missing', ['A local official']],
    ]);
  });

  test('a person with no role who tells what they saw is a witness of the place; "Shri Singh" is the Singh named before', () => {
    const text = "Gaza's civil defence said 31 people were killed near the aid site. \"On the way back I counted eight bodies on the road,\" said Amjad Shehadeh, 34, who had walked from Khan Younis.";
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => [s.kind, s.country]))).toEqual([[['government', 'PS']], [['witness', 'PS']]]);
    const singh = 'Chief Minister N. Ibomcha Singh said 20 people were killed. Shri Singh said more than 60,000 people were living in relief camps.';
    expect(extract({ text: singh, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['N. Ibomcha Singh'], ['N. Ibomcha Singh']]);
  });

  test('"according to its latest count": the product of the body named last', () => {
    const text = "The Palestinian Prisoners' Society said 38 people were arrested overnight. Around 10,100 Palestinians are held in Israeli prisons, according to its latest count.";
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([
      [38, ["The Palestinian Prisoners' Society"]], [10100, ["The Palestinian Prisoners' Society"]],
    ]);
  });

  test('a subject pronoun just before the verb is the whole speaker; after a noun or a number it opens a relative clause that dates nothing', () => {
    const text = 'The army said it had struck 30 sites, including rocket launchers it said were used in the attack. Two soldiers were lightly wounded by shrapnel, it said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['The army']]);
    const cited = 'Ukraine has lost 45,100 soldiers, President Volodymyr Zelensky said in an interview broadcast on Tuesday, up from the 43,000 he cited in December. Around 350,000 Russian soldiers have been killed, he said.';
    expect(extract({ text: cited, published: PUBLISHED }).claims.map((c) => [c.min, c.asOf])).toEqual([[45100, '2025-03-11'], [350000, '2025-03-11']]);
  });

  test('"told reporters after the briefing": the body that gave the briefing is the origin, and a lawmaker it briefed is of its country', () => {
    const text = "South Korea's National Intelligence Service told lawmakers on Tuesday that North Korea had sent 5,000 more troops. Some 10,000 soldiers remain in Kursk, lawmaker Lee Seong-kweun told reporters after the briefing.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => [s.name, s.country, s.kind])])).toEqual([
      [5000, [["South Korea's National Intelligence Service", 'KR', 'intelligence']]],
      [10000, [['Lee Seong-kweun', 'KR', 'legislator'], ["South Korea's National Intelligence Service", 'KR', 'intelligence']]],
    ]);
  });

  test('peacekeepers, drawn from many states, take no country from the forces counted before them', () => {
    const text = 'The Lebanese army said it had deployed 6,000 soldiers south of the river. The UN force has some 10,000 peacekeepers stationed in the south.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.subject.country])).toEqual([[6000, 'LB'], [10000, null]]);
  });

  test('those who attacked take no country from the forces counted before them; the same noun again still does', () => {
    const text = 'Nine Chadian soldiers were killed when gunmen stormed a post near Bol, the army said. The army said it had killed 31 of the assailants in the fighting. Two more soldiers died of their wounds overnight, it said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.subject.country, c.subject.group])).toEqual([[9, 'TD', 'military'], [31, null, 'military'], [2, 'TD', 'military']]);
    const sameNoun = 'Police said 40 Nigerien attackers were killed near the border. Another 12 attackers were captured on Monday, police said.';
    expect(extract({ text: sameNoun, published: PUBLISHED }).claims.map((c) => c.subject.country)).toEqual(['NE', 'NE']);
  });

  test('a state body deploying in the outlet\'s own voice sends the forces of the state the story is about', () => {
    const text = 'Clan fighting has killed dozens in Papua New Guinea\'s highlands this year. The government sent 120 soldiers to Tari in September.';
    expect(extract({ text, published: PUBLISHED }).claims.filter((c) => c.metric === 'deployed').map((c) => [c.min, c.subject.country])).toEqual([[120, 'PG']]);
  });

  test('"identified" states a count only when the count follows it', () => {
    const text = 'The number of people identified by name among the dead rose to 24,686, the ministry said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.source.map((s) => s.name))).toEqual([['the ministry']]);
  });

  test('people arrested as smugglers are counted as such, not as the passengers counted before them', () => {
    const text = 'Dozens of passengers remain missing, the coast guard said. Police said on Friday they had arrested three suspected smugglers in connection with the voyage.';
    expect(extract({ text, published: PUBLISHED }).claims.filter((c) => c.metric === 'detained').map((c) => [c.min, c.subject.text, c.subject.group])).toEqual([[3, 'suspected smugglers', 'people']]);
  });

  test('an armed holder holds captives, whoever reports it', () => {
    const text = 'Governor Paul Atanga said the fighters were believed to be holding the remaining 11 students in the forest.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.min])).toEqual([['captured', 11]]);
  });

  test('review: a state deploying in another state\'s story, a pronoun in the outlet\'s voice, two spokespeople of one body', () => {
    const abroad = 'The Kenyan defence ministry said that in Uganda, the army had sent 300 soldiers to the border.';
    expect(extract({ text: abroad, published: PUBLISHED }).claims.map((c) => c.subject.country)).toEqual([null]);
    const pronoun = "Clan fighting has killed dozens in Papua New Guinea's highlands this year. Rebel commanders met on Monday. They sent 300 troops to Tari in September.";
    expect(extract({ text: pronoun, published: PUBLISHED }).claims.filter((c) => c.metric === 'deployed').map((c) => c.subject.country)).toEqual([null]);
    const two = 'The BNPB said 20 people died. BNPB spokesman Abdul Muhari said 14 people were missing. BNPB spokeswoman Siti Nurhayati said 30 people were injured.';
    expect(extract({ text: two, published: PUBLISHED }).claims.map((c) => c.source[0]!.name)).toEqual(['The BNPB', 'BNPB spokesman Abdul Muhari', 'BNPB spokeswoman Siti Nurhayati']);
    const council = 'The army said the village council had lost 5 of its members in the raid.';
    expect(extract({ text: council, published: PUBLISHED }).claims.map((c) => c.subject.group)).toEqual(['people']);
    const aside = 'Residents said 30 people died; the toll, confirmed by the ministry, is the worst in years.';
    expect(extract({ text: aside, published: PUBLISHED }).claims.map((c) => c.source.map((l) => l.name))).toEqual([['the ministry']]);
    const mixed = 'Security and medical sources said 14 people had been killed.';
    expect(extract({ text: mixed, published: PUBLISHED }).claims.map((c) => c.source[0]!.kind)).toEqual(['official']);
  });

  test('a second noun opened by "one" is counted apart too', () => {
    const text = 'Two soldiers and one civilian were killed in the ambush, the army said.';
    expect(extract({ text, published: PUBLISHED }).claims.filter((c) => c.min === 2).map((c) => [c.subject.text, c.subject.group])).toEqual([['soldiers', 'military']]);
  });

  test('a list after a colon just past a count breaks it down, first item included', () => {
    const text = 'The toll stood at 21 dead: 15 children and six women, the ministry said.';
    expect(extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.min, c.subject.group])).toEqual([['killed', 21, 'people'], ['killed', 15, 'civilian'], ['killed', 6, 'civilian']]);
    // A year before the colon is no count to break down: the claim before it lends its verb to nothing after.
    const rate = 'About 300 people were killed in 2024: 12 were children.';
    expect(extract({ text: rate, published: PUBLISHED }).claims.map((c) => c.min)).toEqual([300]);
  });

  test("a broadcast's host (the label that asks the questions) speaks in the outlet's voice; the guest in their own", () => {
    const text = 'Transcript of the evening programme.\n\nOBI: What is the situation in the city?\n\nWEKESA: Doctors told me they had recorded 63 deaths in a single week.\n\nOBI: Thank you. The war has uprooted some 12 million people since it began.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[63, ['Doctors']], [12000000, []]]);
  });

  test('a briefing in Geneva places no one; one in a national capital still places the ministry that gives it', () => {
    const geneva = extract({ text: 'The UN human rights office said gang violence had worsened. At least 207 people were killed in December, spokeswoman Lucie Marchetti told reporters in Geneva.', published: PUBLISHED }).claims;
    expect(geneva.map((c) => c.source.map((s) => [s.country, s.kind]))).toEqual([[[null, 'international']]]);
    const capital = extract({ text: 'Defence Ministry spokeswoman Maly Socheata told reporters in Phnom Penh that eight civilians had been killed.', published: PUBLISHED }).claims;
    expect(capital.map((c) => c.source.map((s) => s.country))).toEqual([['KH']]);
  });

  test('"In the village of X alone it counted …": the pronoun after a fronted place is the speaker', () => {
    const text = 'The Sudan Doctors Network said the attack killed 200 people. In the village of Abu Gouda alone it counted 31 dead.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => s.name))).toEqual([['The Sudan Doctors Network'], ['The Sudan Doctors Network']]);
  });

  test('"the same post", "the document" refer back to the body that issued them; a directorate is a state body', () => {
    const text = "The figures came from the police's Directorate for Operations. Eighty-nine officers were killed in operations over the two years, according to the same post.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[["the police's Directorate for Operations", 'government']]]);
  });

  test('an inverted speaker with a long relative clause of its own closes the sentence: the figure before it is theirs', () => {
    const text = 'Residents gave higher figures. “We buried 34 people in the church compound on Monday and Tuesday alone, and many others were taken to their home villages,” said a Jiga resident who asked not to be named for fear of reprisals.';
    const { claims } = extract({ text, published: PUBLISHED });
    // "Jiga" before a common noun is the resident's place, not their name.
    expect(claims.map((c) => [c.min, c.source.map((s) => [s.name, s.kind])])).toEqual([[34, [['a Jiga resident', 'witness']]]]);
  });

  test('a quotation of several sentences closed by its attribution is the speaker\'s in each of its sentences', () => {
    const text = 'BUNIA — The toll has risen to 43, Jean-Marie Ndjadi said on Monday.\n\n"We buried 38 people yesterday in a mass grave. Other bodies were taken by their families," Ndjadi told the paper by phone.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name), c.asOf])).toEqual([[43, ['Jean-Marie Ndjadi'], '2025-03-10'], [38, ['Jean-Marie Ndjadi'], '2025-03-10']]);
    // Not a quotation closed without an attribution, nor one whose sentence names its own source.
    const bare = extract({ text: '"We buried 38 people yesterday. Other bodies were taken by their families." The clashes went on.', published: PUBLISHED });
    expect(bare.claims.map((c) => c.source.length)).toEqual([0]);
    const own = extract({ text: 'Captain Rahman said the search would go on. “According to the survivors, about 90 people are missing. We found 38 bodies,” he said.', published: PUBLISHED });
    expect(own.claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[90, ['the survivors']], [38, ['Rahman']]]);
  });

  test('an initial and a surname are a person\'s name, to whom "he" refers back; a body\'s long name makes no clause of an appositive', () => {
    const text = "S. Arokiasamy, president of the Rameswaram Mechanised Boat Fishermen's Association, said that 97 fishermen were arrested. “Since January alone, 241 of our men have been arrested. Families have lost their only income,” he said.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => [s.name, s.kind])])).toEqual([[97, [['S. Arokiasamy', 'ngo']]], [241, [['S. Arokiasamy', 'ngo']]]]);
  });

  test('an abbreviated police rank names a person, to whom "he" refers back; "one of them" is one of the group named last', () => {
    const text = 'The Police Public Relations Officer of the Plateau State Command, DSP Alabo Nwachukwu, said 26 bodies had been recovered. He added that five suspects had been arrested.\n\nTwo residents told the paper they had buried 45 people. One of them said about 20 more bodies had been taken to villages for burial.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => [s.name, s.kind])])).toEqual([
      [26, [['Alabo Nwachukwu', 'government']]], [5, [['Alabo Nwachukwu', 'government']]],
      [45, [['Two residents', 'witness']]], [20, [['Two residents', 'witness']]],
    ]);
  });

  test('an appositive opened by "one of" may carry a relative clause: the name before it speaks', () => {
    const text = 'The Um Sumeima Emergency Room, one of the neighbourhood aid groups that have sprung up during the war, said its volunteers had buried 63 bodies by nightfall.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[63, ['The Um Sumeima Emergency Room']]]);
  });

  test("a source's document ('the ministry's daily summary') speaks for it, in the quoted paragraphs it introduces too", () => {
    const text = "MOSCOW - Russia's defence ministry said on Sunday that its forces had taken a village. The ministry's daily summary, published on its Telegram channel, said in part:\n\n\"Units of the Sever group of forces struck two brigades. The enemy lost up to 145 servicemen.\n\nThe Armed Forces of Ukraine lost over 470 servicemen.\"\n\nOleh Shevchuk, a spokesman for Ukraine's Dnipro operational-strategic group of forces, said the claims were false. He said Ukrainian troops had taken 12 Russian soldiers prisoner.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min ?? c.max, c.subject.country, c.source.map((s) => [s.name, s.country, s.kind])])).toEqual([
      [145, 'UA', [["Russia's defence ministry", 'RU', 'military']]],
      [470, 'UA', [["Russia's defence ministry", 'RU', 'military']]],
      // A state army's "group of forces" is no armed group: its spokesman keeps his country.
      [12, 'RU', [['Oleh Shevchuk', 'UA', 'military']]],
    ]);
  });

  test('figures a body compiled are its own in later sentences: "the figures, dated …, show", "the office recorded"; an outlet that saw them carries them', () => {
    const text = "More than 9,000 people have fled, according to figures compiled by Colombia's Ombudsman's Office and seen by the Andean Post.\n\nThe figures, dated June 3, show 9,412 people registered as displaced. The office recorded 27 deaths over the same period.";
    const { claims } = extract({ text, published: PUBLISHED, publisher: 'The Andean Post' });
    // The day the data runs to is no statement's day (decision 6).
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name), c.asOf])).toEqual([
      [9000, ["Colombia's Ombudsman's Office"], '2025-03-14'], [9412, ["Colombia's Ombudsman's Office"], '2025-03-14'], [27, ["Colombia's Ombudsman's Office"], '2025-03-14'],
    ]);
    const seen = extract({ text: 'More than 9,000 people have fled, according to figures compiled by the Ombudsman\'s Office and seen by Reuters.', published: PUBLISHED, publisher: 'The Andean Post' });
    expect(seen.claims[0]?.source.map((s) => [s.name, s.kind])).toEqual([['Reuters', 'media'], ["the Ombudsman's Office", 'government']]);
  });

  test('"X, meanwhile, quoted Y as saying" carries Y through X; a paper named as such is media, and "the paper" refers back to it', () => {
    const quoted = extract({ text: 'The Houthi-run Saba news agency, meanwhile, quoted a health official in the Houthi-held districts of Taiz as saying that nine people had been killed since the start of the month.', published: PUBLISHED });
    expect(quoted.claims.map((c) => c.source.map((s) => s.kind))).toEqual([['media', 'official']]);
    const paper = extract({ text: 'The Tbilisi weekly Akhali Dro reported that 17 people had been detained. The paper said four police officers had been injured.', published: PUBLISHED });
    expect(paper.claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['The Tbilisi weekly Akhali Dro', 'media']], [['The Tbilisi weekly Akhali Dro', 'media']]]);
  });

  test("a quotation that runs on after its attribution in the same paragraph is the speaker's; not in the next paragraph", () => {
    const text = '"They started arriving after midnight," said Dr. Aimé Lokana, director of the Bunia General Reference Hospital. "Thirty-eight in all. Eleven of them are children under ten. Four died before we could operate."\n\n"Four people died in the fire."';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => [s.name, s.kind])])).toEqual([
      [4, [['Dr. Aimé Lokana', 'other']]], [4, []],
    ]);
  });

  test("a post introduced by a sentence ending with a colon, quoted whole in the next paragraph, is the poster's", () => {
    const text = 'In a post on Telegram, Governor Ihor Kovalchuk wrote:\n\n"A difficult night. As of 7:00, we know of 4 dead. 19 people were injured, among them 3 children."\n\nThe army gave no figures.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[4, ['Ihor Kovalchuk']], [19, ['Ihor Kovalchuk']], [3, ['Ihor Kovalchuk']]]);
  });

  test('"he" refers back to one unnamed person ("a security source in Djibo") when no one named was before', () => {
    const text = 'A security source in Djibo said 60 soldiers were killed. He added that 12 drivers were still missing.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[60, ['A security source in Djibo']], [12, ['A security source in Djibo']]]);
  });

  test('a figure beside the counted ones that counts things, designates, plans or names no metric gives no claim', () => {
    const only = (text: string) => extract({ text, published: PUBLISHED }).claims.map((c) => [c.metric, c.min]);
    // "168 of their boats": a part of things, not more of the people just counted.
    expect(only('He said 97 fishermen were now in Sri Lankan custody and 168 of their boats were impounded.')).toEqual([['detained', 97]]);
    // "the number of people arriving": a number of no metric's people.
    expect(only('Two people died trying to cross the Channel on Tuesday night, French authorities said, as Home Office figures showed the number of people arriving in the UK this way had passed 30,000 so far this year.')).toEqual([['killed', 2]]);
    // "platforms 4 and 5": designations, not a third count joined to the injured.
    expect(only('The ministry said nine passengers had died and 23 were injured in the crush on the foot overbridge connecting platforms 4 and 5.')).toEqual([['killed', 9], ['wounded', 23]]);
    // "aimed to raise that number to 10,000": a plan.
    expect(only('The Lebanese army said it had deployed 6,000 soldiers south of the Litani River and aimed to raise that number to 10,000.')).toEqual([['deployed', 6000]]);
  });

  test("a person's role of several words is no part of the name after it", () => {
    const { claims } = extract({ text: 'Deputy Assistant Secretary of State Karen Whitfield said the war had displaced nearly 12 million people.', published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['Karen Whitfield', 'government']]]);
  });

  test('an unnamed person later named is referred to by the words of both mentions', () => {
    const text = 'Three people were treated in hospital, a police spokesperson said.\n\nSuperintendent Derek Moran told reporters that five men were being detained. The Superintendent said more than 60 officers had been deployed on patrols.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 60)?.source.map((s) => s.name)).toEqual(['Derek Moran']);
  });

  test('"the IG" refers back to the Inspector General named before', () => {
    const text = 'The blast ripped through their vehicle, Inspector General of Police R. Sundarlal Netam told reporters. Two other jawans were injured by splinters, the IG said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => s.name))).toEqual([['R. Sundarlal Netam']]);
  });

  test('the subject of a relative clause after the figure ("a move that opposition leaders say …") says nothing of it', () => {
    const { claims } = extract({ text: 'Kenya has deployed 400 police officers to Haiti, in a move that opposition leaders say is unconstitutional.', published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.length])).toEqual([[400, 0]]);
  });

  test('a person named with another country is not the unnamed source of one country named before', () => {
    const text = 'Germany set up a brigade, a unit that Berlin says will anchor the flank. Lithuanian President Gitanas Nauseda said about 1,000 US troops were rotating through the country.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.country]))).toEqual([[['Gitanas Nauseda', 'LT']]]);
  });

  test("a transcript's turn runs on over the paragraphs after its label, until the next label", () => {
    const text = 'Transcript of the chief\'s news conference.\n\nCHIEF ORTEGA: Good evening. Thank you for coming.\n\nAt this time I can confirm that five people are deceased.\n\nREPORTER: Are any of the victims children?\n\nORTEGA: Of the injured, three are juveniles.\n\nNine people were wounded in the park, officials later said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[5, ['Ortega']], [3, ['Ortega']], [9, ['officials']]]);
  });

  test('a statement read or said on state television reaches the outlet through the broadcaster: [state television, speaker]', () => {
    const read = extract({ text: 'Gunmen killed 44 civilians, the interior ministry said in a statement read on state television late on Friday.', published: PUBLISHED }).claims;
    expect(read.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['state television', 'media'], ['the interior ministry', 'government']]]);
    const said = extract({ text: 'The army spokesman said on state radio that 8,000 residents had been evacuated.', published: PUBLISHED }).claims;
    expect(said.map((c) => c.source.map((s) => s.kind))).toEqual([['media', 'military']]);
    const day = extract({ text: 'The ministry said on Friday that 44 civilians were killed.', published: PUBLISHED }).claims;
    expect(day.map((c) => c.source.length)).toEqual([1]);
  });

  test('a description opened by a role in lower case ("commander of …") describes the name before it, to which a surname refers back', () => {
    const text = "Col. Rodel Abaya, commander of the Army's 101st Infantry Brigade, said the soldiers were escorting engineers. Three of the attackers were killed in the firefight, Abaya said.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['Rodel Abaya', 'military']]]);
  });

  test('"we … and told" inside a quotation names no source that "it" could later stand for', () => {
    const text = '"We heard the jet and told the children to hide," the teacher said. It said 20 fighters were killed in the strike.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => s.name))).toEqual([['It']]);
  });

  test('a plan after a count is no count; troops leaving are not displaced, residents leaving are', () => {
    const plan = extract({ text: 'The minister said 5,000 soldiers had been sent to the region, with another 2,500 to follow in the coming days.', published: PUBLISHED }).claims;
    expect(plan.map((c) => [c.metric, c.min])).toEqual([['deployed', 5000]]);
    const residents = extract({ text: 'About 1,500 residents left the town on Sunday.', published: PUBLISHED }).claims;
    expect(residents.map((c) => [c.metric, c.min])).toEqual([['displaced', 1500]]);
  });

  test('"according to the headquarters\' register" is the headquarters named before', () => {
    const text = 'The Coordination Headquarters said 200 prisoners had come home. More than 8,000 Ukrainians remain in Russian captivity, according to the headquarters\' register.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => s.name))).toEqual([['The Coordination Headquarters'], ['The Coordination Headquarters']]);
  });

  test('"reports on …" is a noun with its phrase: the whole is the source, not the word before it', () => {
    const { claims } = extract({ text: 'Unconfirmed reports on military blogs put the number of wounded at more than 20.', published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.hedged, c.source.map((s) => s.name)])).toEqual([[20, true, ['Unconfirmed reports on military blogs']]]);
  });

  test('"the group" refers back to a body a sentence with a figure was about, set off by a relative clause', () => {
    const text = 'UN officials said the figures were grim. The Arakan Army, which now controls 14 of the 17 townships, denies targeting civilians. In a statement on Wednesday, the group said it had captured 1,200 junta soldiers.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.country, s.kind]))).toEqual([[['The Arakan Army', null, 'military']]]);
  });

  test('a body is not named again by another name that shares a word with it ("the Ministry of Mines" after "Kafue Copper Mines")', () => {
    const text = 'The site is held by Kafue Copper Mines, which said the people trapped were not its employees. Illegal mining has killed at least 20 people since 2021, according to the Ministry of Mines.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['the Ministry of Mines', 'government']]]);
  });

  test('a cue whose complement is a figure in words attributes what follows it, not what comes before', () => {
    const text = "Col. Omar Ali said 14 people were wounded and taken to the town's hospital, where doctors said three were in a serious condition.";
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[14, ['Omar Ali']], [3, ['doctors']]]);
  });

  test('a later speaker joined by ", and" takes only the figures of its own clause', () => {
    const text = 'The Americans evacuated about 70 embassy staff by helicopter on Sunday, and France says it has evacuated 538 people.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.kind)])).toEqual([[70, []], [538, ['government']]]);
  });

  test('a closing attribution dated "on 22 Dec." closes the sentence: every figure before it is its speaker\'s', () => {
    const text = 'The final toll of the day: 11 civilians killed, including 4 children, and 27 injured, the civil defence said on 12 Mar.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.length, c.asOf])).toEqual([[11, 1, '2025-03-12'], [4, 1, '2025-03-12'], [27, 1, '2025-03-12']]);
  });

  test("a body's spokesperson speaks for it wherever the briefing was held", () => {
    const text = 'The UN human rights office said on Friday that 70 people had been killed in the attack.\n\nTen women were among the dead, the office\'s spokesperson, Ana Ruiz, told reporters in Geneva.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 10)!.source.map((s) => [s.country, s.kind])).toEqual([[null, 'international']]);
  });

  test('reported speech runs on in its paragraph in the backshifted tense; a new paragraph or the present tense does not', () => {
    const text = 'More than 330,000 people had been driven from their homes, the UN coordinator told the meeting on Thursday. Nearly 600 civilians had been killed.\n\nAbout 40 soldiers died in the same period.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min ?? c.max, c.source.length, c.asOf])).toEqual([[330000, 1, '2025-03-13'], [600, 1, '2025-03-13'], [40, 0, '2025-03-14']]);
  });

  test("a regional paper's home place places unplaced state sources when the prose names no country of its own", () => {
    const text = 'MOZOGO - Gunmen killed 11 people in a camp near the Nigerian border on Saturday, local authorities said.';
    const home = extract({ text, published: PUBLISHED, publisher: 'The Sahel Echo (Maroua)' }).claims[0]!;
    expect(home.source.map((s) => s.country)).toEqual(['CM']);
  });

  test("the lede's country outweighs a regional paper's home place when each is named once", () => {
    const text = 'Floods have killed 30 people in northern Mozambique this week.\n\nThe disaster agency said 12 more were missing.';
    const claim = extract({ text, published: PUBLISHED, publisher: 'The Coastal Times (Durban)' }).claims.find((c) => c.min === 12)!;
    expect(claim.source.map((s) => s.country)).toEqual(['MZ']);
  });

  test("a paper named for its city places a story that names no country; a language in the publisher's line does not", () => {
    const text = 'The death toll from last week\'s protests has climbed to 72, the Ministry of Home Affairs said on Sunday.';
    const home = extract({ text, published: PUBLISHED, publisher: 'The Kathmandu Post' }).claims[0]!;
    expect(home.source.map((s) => s.country)).toEqual(['NP']);
    const language = extract({ text, published: PUBLISHED, publisher: 'State television (transcript, translated from French)' }).claims[0]!;
    expect(language.source.map((s) => s.country)).toEqual([null]);
  });

  test('a participle of how a speaker spoke, set off after it, is no speaker', () => {
    const text = 'Police officials in Bannu, requesting anonymity, told this newspaper that two civilians were also killed.';
    const claim = extract({ text, published: PUBLISHED }).claims[0]!;
    expect(claim.source.map((s) => s.name)).toEqual(['Police officials in Bannu']);
  });

  test('a named person whose description names a body is still a person: "she" refers back to her', () => {
    const text = 'Helene Mbarga, who heads the local office of the UN refugee agency, said 1,900 residents had fled. Her office was also searching for 15 children who had gone missing, she added.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source.map((s) => s.name))).toEqual([['Helene Mbarga'], ['Helene Mbarga']]);
  });

  test('a part that is the object of another verb counts no one; one counted by a counting verb does', () => {
    const remember = extract({ text: 'Twelve reporters were killed this year. Below, we remember four of them.', published: PUBLISHED }).claims;
    expect(remember.map((c) => c.min)).toEqual([12]);
    const registered = extract({ text: 'Some 1.5 million Sudanese have fled to Egypt, the minister said. The UNHCR office in Cairo has registered 670,000 of them.', published: PUBLISHED }).claims;
    expect(registered.map((c) => c.min)).toEqual([1500000, 670000]);
  });

  test('"The figures came from X." gives X to the unattributed figures just before it, not to earlier attributed ones', () => {
    const text = ['Police said 9 people were killed on Monday.', 'The numbers, as published:', 'Suspects arrested: 1,335', 'Suspects who died in operations: 410', 'The figures came from the national police directorate.'].join('\n');
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.name)])).toEqual([[9, ['Police']], [1335, ['the national police directorate']], [410, ['the national police directorate']]]);
  });

  test('a Q&A whose introduction opens with its guest: the answers are the guest\'s, on the day "we spoke"', () => {
    const text = ['Mira Kovac heads the demography department at an academic institute in Zagreb. We spoke by video link on Monday.', 'Q: How many have left?', 'A: The UN refugee agency counts about 40,000 refugees from the region. About 12,000 more were displaced inside the country.'].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source.map((s) => s.kind), c.asOf])).toEqual([
      [40000, ['expert', 'international'], '2025-03-10'],
      [12000, ['expert'], '2025-03-10'],
    ]);
  });

  test('a quoted paragraph under a heading that names a source is that source\'s statement, dated by the heading', () => {
    const text = ['Below are the statements of both ministries.', 'Ministry of Defence of Armenia, 16 November, 21:40:', '"As a result of the fighting, one serviceman was killed and four others were wounded."', 'Updates, Wednesday:', '"Nine more were wounded."'].join('\n\n');
    const { claims } = extract({ text, published: '2021-11-17T12:00:00Z' });
    const killed = claims.find((c) => c.metric === 'killed')!;
    expect([killed.source.map((s) => [s.name, s.country, s.kind]), killed.asOf]).toEqual([[['Ministry of Defence of Armenia', 'AM', 'military']], '2021-11-16']);
    // "Updates" names no source: that quote stays in the outlet's voice.
    expect(claims.find((c) => c.min === 9)!.source).toEqual([]);
  });

  test("a tally by the publisher itself is the outlet's own voice; a tally by another body is that body's", () => {
    const text = 'At least 11 people were killed on Thursday, according to a tally by the Post based on police figures. Nine were wounded, according to a tally by the interior ministry.';
    const { claims } = extract({ text, published: PUBLISHED, publisher: 'Indus Evening Post' });
    expect(claims.map((c) => c.source.map((s) => s.kind))).toEqual([[], ['government']]);
  });

  test('a later elided figure takes the whole\'s subject, not a part named with "of them"', () => {
    const { claims } = extract({ text: 'The ministry said that 13 villagers, eight of them children, had been killed and 71 wounded.', published: PUBLISHED });
    expect(claims.find((c) => c.metric === 'wounded')!.subject.text).toBe('villagers');
  });

  test('"we" and "our teams" are the publisher when it publishes its own release, the outlet\'s own voice otherwise', () => {
    const text = 'Our teams have documented the deaths of 31 civilians since May. According to our count, 12 more are missing.';
    const release = extract({ text, published: PUBLISHED, publisher: 'Northern Rights Monitor (monthly report)' }).claims;
    expect(release.map((c) => c.source.map((s) => [s.name, s.kind]))).toEqual([[['Northern Rights Monitor', 'ngo']], [['Northern Rights Monitor', 'ngo']]]);
    const story = extract({ text, published: PUBLISHED, publisher: 'The Daily Ledger' }).claims;
    expect(story.map((c) => c.source)).toEqual([[], []]);
  });

  test("a ticker's timed lines are read; a live page's timed entry headings are not", () => {
    const ticker = ['TICKER LOG, CHANNEL 9', '14:02 CIVIL DEFENCE AGENCY: AT LEAST 15 DEAD IN CRUSH AT AID SITE', '15:11 HEALTH MINISTRY: 21 KILLED AT AID SITE'].join('\n\n');
    const got = extract({ text: ticker, published: PUBLISHED }).claims.map((c) => [c.min, c.source.length]);
    expect(got).toEqual([[15, 1], [21, 1]]);
    const live = ['17:40 Sunday - Toll rises to 57', 'The interior minister said the number of dead had risen to 57.'].join('\n');
    expect(extract({ text: live, published: PUBLISHED }).claims.map((c) => c.evidence.text)).toEqual(['The interior minister said the number of dead had risen to 57.']);
  });

  test('back-references carry the chain and the day of an earlier statement', () => {
    const text = [
      'Georgian lawmakers said on Tuesday, citing the country\'s border service, that 400 Russian soldiers had crossed into the valley.',
      'About 30 of them were captured, the lawmakers said.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    const captured = claims.find((c) => c.metric === 'captured')!;
    expect(captured.min).toBe(30);
    expect(captured.subject.country).toBe('RU');
    expect(captured.source.map((s) => s.kind)).toEqual(['legislator', 'government']);
    expect(captured.source[1]!.country).toBe('GE');
    expect(captured.asOf).toBe('2025-03-11');
  });

  test('a modified definite description is a new source, not a back-reference by kind', () => {
    const text = 'The bodies of 9 people were recovered from the river, police said. Hospitals received 120 wounded overnight, the health ministry said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 120)!.source.map((s) => s.name)).toEqual(['the health ministry']);
    const back = extract({ text: 'At least 9 people were killed, the health ministry said. Another 120 were wounded, the ministry said.', published: PUBLISHED });
    expect(back.claims.find((c) => c.min === 120)!.source.map((s) => s.name)).toEqual(['the health ministry']);
  });

  test('"the army" refers back to a state\'s forces, never to an armed group named before', () => {
    const text = [
      'IDF spokesman Lt. Col. Avi Levin said on Tuesday that rockets were fired overnight.',
      'The Radwan Brigades said in a statement that their fighters had fired the rockets.',
      'Since January, the army said, 14 soldiers have been killed along the border.',
    ].join('\n\n');
    const killed = extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 14)!;
    expect(killed.source.map((s) => [s.country, s.kind])).toEqual([['IL', 'military']]);
  });

  test('a mention\'s own role word outranks its description\'s; a mere "source" reads on into the description', () => {
    const gov = extract({ text: 'The Government of National Accord, the administration formed by exiled lawmakers, says 40,000 people have fled.', published: PUBLISHED });
    expect(gov.claims[0]!.source.map((s) => s.kind)).toEqual(['government']);
    const group = extract({ text: 'A source in the Free Hills Brigade, the largest armed group in the valley, said 11 civilians were being held.', published: PUBLISHED });
    expect(group.claims[0]!.source.map((s) => s.kind)).toEqual(['military']);
  });

  test('a monitor named in passing is what a later "the group" stands for', () => {
    const text = 'The clashes came days after Human Rights Watch published a report on abuses. The New York-based group said 57 civilians were killed.';
    const killed = extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 57)!;
    expect(killed.source.map((s) => [s.name, s.kind])).toEqual([['Human Rights Watch', 'ngo']]);
  });

  test('a box whose heading cites its source gives that source\'s figures; a bracketed acronym names the speaker later', () => {
    const text = [
      'QUEZON CITY -- Floods have killed 64 people, the Regional Disaster Office (RDO) said on Tuesday.',
      'FLOODS AT A GLANCE (RDO, as of 6 p.m.)',
      'Dead: 64',
      'Injured: 210',
      'In evacuation centres: 35,400 persons',
      'Damaged houses: 12,030',
      'The RDO said 15 people were still missing.',
    ].join('\n');
    const { claims } = extract({ text, published: PUBLISHED });
    const rdo = (c: Claim) => c.source.map((s) => s.name);
    expect(claims.filter((c) => c.metric === 'killed')).toHaveLength(1);
    expect(rdo(claims.find((c) => c.metric === 'wounded' && c.min === 210)!)).toEqual(['the Regional Disaster Office']);
    expect(rdo(claims.find((c) => c.metric === 'displaced' && c.min === 35400)!)).toEqual(['the Regional Disaster Office']);
    expect(rdo(claims.find((c) => c.metric === 'missing' && c.min === 15)!)).toEqual(['the Regional Disaster Office']);
    expect(claims.some((c) => c.min === 12030)).toBe(false);
  });

  test('an acronym the text spells out is typed as its full name', () => {
    const text = 'Maria Lopez worked for the Coastal Relief Association (CRA) for a decade. Seven of its staff were killed in the strike, CRA said.';
    const killed = extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 7)!;
    expect(killed.source.map((s) => [s.name, s.kind])).toEqual([['CRA', 'ngo']]);
  });

  test('a post quoted in a roundup is its poster\'s statement, on the entry\'s day', () => {
    const text = [
      'Reports from the town came in through the weekend.',
      'Sunday, 9 March, 16:05 -- Valley Doctors Network on X: at least 47 civilians were killed in the shelling.',
      'Monday, 10 March, 08:30 -- Mayor Ana Ruiz, on Facebook: 1,200 residents have fled their homes.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    const killed = claims.find((c) => c.min === 47)!;
    expect(killed.source.map((s) => [s.name, s.kind])).toEqual([['Valley Doctors Network', 'ngo']]);
    expect(killed.asOf).toBe('2025-03-09');
    expect(killed.evidence.text.startsWith('Sunday, 9 March')).toBe(true);
    const fled = claims.find((c) => c.min === 1200)!;
    expect(fled.source.map((s) => s.kind)).toEqual(['government']);
    expect(fled.asOf).toBe('2025-03-10');
  });

  test('"the group" refers back to an armed group named in passing, never to a state\'s forces', () => {
    const text = 'JNIM fighters attacked the town on Saturday. In a message released on Sunday, the group said it had killed about 300 members of the militia.';
    const killed = extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 300)!;
    expect(killed.source.map((s) => [s.name, s.country, s.kind])).toEqual([['JNIM', null, 'military']]);
  });

  test('an unplaced state source takes a fronted or a local place of the sentence, not a country it names as a destination', () => {
    const text = 'Attackers burned a school dormitory in western Uganda on Friday night, police in Uganda said. Six students were abducted and taken across the border into Congo, a police spokesman said.';
    const taken = extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 6)!;
    expect(taken.source[0]!.country).toBe('UG');
    const fronted = extract({ text: 'In Israel, the Prime Minister\'s Office says 24 people have been killed in missile attacks from Iran.', published: PUBLISHED });
    expect(fronted.claims[0]!.source[0]!.country).toBe('IL');
  });

  test('"a statement it published" is the body the sentence opens with, and "the centre" later refers back to it', () => {
    const text = 'The Emergency Medicine Centre has raised the death toll from the clashes to 55, according to a statement it published on Wednesday. Clashes last year killed 32 people, the centre said.';
    const { claims } = extract({ text, published: PUBLISHED });
    for (const min of [55, 32]) expect(claims.find((c) => c.min === min)!.source.map((s) => [s.name, s.kind])).toEqual([['The Emergency Medicine Centre', 'government']]);
  });

  test('a transcript\'s turn is its speaker\'s statement; a host\'s, a question and a statement with its own source are not', () => {
    const text = [
      'Pentagon press secretary Maj. Gen. Tom Hale briefed reporters on Tuesday.',
      'GEN. HALE: Seven U.S. service members were wounded in the attack. Two of them have returned to duty.',
      'REPORTER: Were 40 soldiers evacuated?',
      'HOST: About 300 people attended the funeral, our correspondent says.',
      'GEN. HALE: Well, the UN agency says more than 6,200 people have fled the area.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    const wounded = claims.find((c) => c.metric === 'wounded' && c.min === 7)!;
    expect(wounded.source.map((s) => s.kind)).toEqual(['military']);
    expect(wounded.evidence.text.startsWith('GEN. HALE:')).toBe(true);
    expect(claims.some((c) => c.min === 40)).toBe(false);
    expect(claims.find((c) => c.min === 6200)!.source.map((s) => s.kind)).toEqual(['international']);
  });

  test('a reproduced statement speaks for its body: a quoted block after its lead-in, a "following is" text, a release', () => {
    const quoted = [
      'Regional governor Marta Ilyenko posted her evening summary on Telegram on Wednesday. We publish it in full.',
      '"A quiet morning ended with shelling of the northern district.',
      'Four people were injured, one of them a teenager. Emergency crews worked through the night.',
      'In the village of Lisne, 2 houses burned and 11 residents were evacuated."',
      'Residents said 30 people had fled the village overnight.',
    ].join('\n\n');
    const q = extract({ text: quoted, published: PUBLISHED }).claims;
    for (const min of [4, 11]) {
      const c = q.find((x) => x.min === min)!;
      expect(c.source.map((s) => [s.name, s.kind])).toEqual([['Marta Ilyenko', 'government']]);
      expect(c.asOf).toBe('2025-03-12');
    }
    // After the block closes, the outlet's sentences are its own again; a sentence with its own source keeps it.
    expect(q.find((x) => x.min === 30)!.source.map((s) => s.kind)).toEqual(['witness']);

    const following = [
      'What follows is the text of a statement issued by the Coastal Rescue Service on Monday.',
      'Rescue teams recovered the bodies of 6 fishermen off the cape. 9 crew members remain missing.',
      'The International Organization for Migration reports that 40 people were displaced by the storm.',
    ].join('\n\n');
    const f = extract({ text: following, published: PUBLISHED }).claims;
    expect(f.find((x) => x.min === 9)!.source.map((s) => s.name)).toEqual(['the Coastal Rescue Service']);
    expect(f.find((x) => x.min === 9)!.asOf).toBe('2025-03-10');
    expect(f.find((x) => x.min === 40)!.source.map((s) => s.kind)).toEqual(['international']);

    const release = [
      'Issued by the Provincial Disaster Management Authority, 14 March 2025',
      'As of 18:00, 12 persons have been confirmed dead and 40 injured persons are receiving treatment.',
      '[End of release]',
      'Separately, 5 people were killed in a road accident near the border.',
    ].join('\n\n');
    const r = extract({ text: release, published: PUBLISHED }).claims;
    expect(r.find((x) => x.min === 12)!.source.map((s) => [s.name, s.kind])).toEqual([['the Provincial Disaster Management Authority', 'government']]);
    expect(r.find((x) => x.min === 5)!.source).toEqual([]);
  });

  test('two named people stating the same figure make two claims; a body restating its spokesman\'s figure makes one', () => {
    const text = [
      'Governor Olena Bura said two men were injured in the shelling of Lisne.',
      "Later the city's mayor, Petro Hamal, wrote that two of the injured in the city were in serious condition.",
      'Police spokesman Ivan Dorosh said 14 people were detained. Police say 14 people remain in custody.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.filter((c) => c.metric === 'wounded' && c.min === 2).map((c) => c.source[0]!.name).sort()).toEqual(['Olena Bura', 'Petro Hamal']);
    expect(claims.filter((c) => c.metric === 'detained' && c.min === 14)).toHaveLength(1);
  });

  test("an interview's guest, named in its introduction, answers in the A: paragraphs and labelled turns, typed by the role given", () => {
    const qa = [
      'For this week\'s interview we spoke to Dr. Lina Haddad, field coordinator for the International Rescue Committee in Darfur.',
      'Q: How bad is it?',
      'A: Our clinic in Tawila treated 63 wounded in a single week. Nine of them died.',
      'Q: And the camps?',
      'A: The UN says about 400,000 people have fled to Tawila since April.',
    ].join('\n\n');
    const q = extract({ text: qa, published: PUBLISHED }).claims;
    for (const min of [63, 9]) expect(q.find((c) => c.min === min)!.source.map((s) => [s.name, s.kind])).toEqual([['Lina Haddad', 'ngo']]);
    // An answer that names its own source keeps it, as the origin the guest cites: [guest, UN].
    expect(q.find((c) => c.min === 400000)!.source.map((s) => s.kind)).toEqual(['ngo', 'international']);

    const podcast = [
      'HOST: Welcome back. My guest is Tomas Rivera, a researcher with the rights group Human Rights Watch.',
      'RIVERA: In that one week, 31 people were killed by the security forces.',
    ].join('\n\n');
    const p = extract({ text: podcast, published: PUBLISHED }).claims;
    expect(p.find((c) => c.min === 31)!.source.map((s) => [s.name, s.kind])).toEqual([['Tomas Rivera', 'ngo']]);
  });

  test('a Q&A with no guest named in its introduction is the outlet\'s own explainer', () => {
    const text = ['Q: How many have fled?', 'A: About 20,000 people have fled the town since March.'].join('\n\n');
    expect(extract({ text, published: PUBLISHED }).claims.find((c) => c.min === 20000)!.source).toEqual([]);
  });

  test('a bare name after an unnamed person described by role names that person; a name with a role of its own does not', () => {
    const named = extract({ text: 'At least 300 people were killed, the head of the UN mission told the council on Tuesday.\n\nMaria Okafor said 90 people had been kidnapped.', published: PUBLISHED }).claims;
    expect(named.find((c) => c.min === 90)!.source.map((s) => [s.name, s.kind])).toEqual([['Maria Okafor', 'international']]);
    const other = extract({ text: 'At least 300 people were killed, the head of the UN mission said.\n\nMaria Okafor, a resident of the town, said 90 people had been kidnapped.', published: PUBLISHED }).claims;
    expect(other.find((c) => c.min === 90)!.source.map((s) => s.kind)).toEqual(['witness']);
    expect(other.find((c) => c.min === 300)!.source.map((s) => s.name)).toEqual(['the head of the UN mission']);
  });

  test('an ordinary quotation or a post without a lead-in naming its speaker opens no voice', () => {
    const text = [
      'The storm hit the coast overnight.',
      '"We lost everything," said one fisherman. "Seven boats sank."',
      'Officials counted 14 dead in the port.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 14)!.source.map((s) => s.kind)).toEqual(['official']);
  });

  test('one figure for each of two parties gives a claim per party, "each" before the verb or after the noun', () => {
    for (const text of ['Russia and Ukraine swapped 390 prisoners each on Friday, officials said.', 'Russia and Ukraine each handed over 390 prisoners on Friday, officials said.']) {
      const { claims } = extract({ text, published: PUBLISHED });
      expect(claims.filter((c) => c.metric === 'captured' && c.min === 390).map((c) => c.subject.country).sort()).toEqual(['RU', 'UA']);
    }
  });

  test('a later "Mr. X" and "one official" refer back to the source named before, with its country and date', () => {
    const text = 'President Anna Kovac said on Tuesday that 46 soldiers had been killed. Mr. Kovac said 120 had been wounded.\n\nAmerican officials, speaking on condition of anonymity, have put the figure far higher. One official said 90 soldiers had been killed.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 120)!.asOf).toBe('2025-03-11');
    expect(claims.find((c) => c.min === 90)!.source.map((s) => s.country)).toEqual(['US']);
  });

  test('a count of the same kind of people as the one before takes its nationality, unless it names its own', () => {
    const text = 'The president said 46,000 Ukrainian soldiers had been killed. He said some 380,000 soldiers had been wounded. A combined force of 50,000 Russian and North Korean troops was assembled, officials said.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 380000)!.subject.country).toBe('UA');
    expect(claims.find((c) => c.min === 50000)!.subject.country).toBeNull();
    // (Said by the army, they would be its own soldiers: see "a state that reports soldiers … lost".)
    const other = extract({ text: 'Police said 12 Syrian civilians were killed. Three soldiers were wounded, a monitoring group said.', published: PUBLISHED });
    expect(other.claims.find((c) => c.min === 3)!.subject.country).toBeNull();
  });

  test('a ministry spokesman speaks on the ministry\'s day, and "the ministry" later is the ministry, not him', () => {
    const text = 'At least 40 people were killed in the strikes, the health ministry said on Tuesday. At least 90 people were wounded, ministry spokesman Omar Saleh said. Four nurses were among the dead, according to the ministry.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 90)!.asOf).toBe('2025-03-11');
    const nurses = claims.find((c) => c.min === 4)!;
    expect(nurses.source.map((s) => s.name)).toEqual(['the health ministry']);
    expect(nurses.asOf).toBe('2025-03-11');
  });

  test('"according to military figures" cites the military named before', () => {
    const text = 'The Israeli military said a soldier was killed in the north. At least 898 soldiers have been killed since the war began, according to military figures.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 898)!.source.map((s) => [s.country, s.kind])).toEqual([['IL', 'military']]);
  });

  test('a title before a name is part of it: "said Dr. Ahmed Khalil"', () => {
    const { claims } = extract({ text: '"We have recorded 120 deaths since Friday," said Dr. Ahmed Khalil, director of the city hospital.', published: PUBLISHED });
    expect(claims[0]!.source[0]!.name).toBe('Dr. Ahmed Khalil');
  });

  test('a figure list\'s elided subject is not the people of the sentence before it', () => {
    const text = 'Shelling killed 37 civilians in the market, local authorities said.\n\nKilled: 212\n\nMissing: 56';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 212)!.subject.group).toBe('people');
    expect(claims.find((c) => c.min === 56)!.subject.group).toBe('people');
  });

  test('"the enemy" in a side\'s statement is the other side of the story', () => {
    const text = 'Ukrainian troops attacked villages near Kursk on Monday. Over the past day, the enemy lost up to 1,200 servicemen, the Russian Defence Ministry said. Ukraine said the figure was invented.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.max === 1200)!.subject.country).toBe('UA');
    const other = extract({ text: 'Russian forces shelled Kharkiv overnight. The enemy lost 300 soldiers near Kupiansk, the Ukrainian General Staff said.', published: PUBLISHED });
    expect(other.claims.find((c) => c.min === 300)!.subject.country).toBe('RU');
  });

  test('old figures, counts of things and adjectives give no claim of their own', () => {
    const update = extract({ text: 'The blast killed 47, updating an earlier toll of 32 killed and 84 injured, officials said.', published: PUBLISHED });
    expect(update.claims.map((c) => c.min)).toEqual([47]);
    const quake = extract({ text: 'At least 300 people were killed. Seismologists recorded more than 600 aftershocks.', published: PUBLISHED });
    expect(quake.claims.map((c) => c.min)).toEqual([300]);
    const smugglers = extract({ text: 'Police said they had detained six alleged smugglers.', published: PUBLISHED });
    expect(smugglers.claims.map((c) => [c.metric, c.min, c.source.map((l) => l.kind)])).toEqual([['detained', 6, ['government']]]);
  });

  test('"the UK-based monitor" is the Syrian monitor named before, not a British one', () => {
    const text = 'The Syrian Observatory for Human Rights said 30 people were killed. The UK-based monitor said 10 civilians were among the dead.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 10)!.source.map((s) => s.country)).toEqual(['SY']);
  });

  test('the dateline places a story whose prose names no country', () => {
    const { claims } = extract({ text: 'NAIROBI - At least 14 people were killed in clashes over grazing land, police said.', published: PUBLISHED });
    expect(claims[0]!.source.map((s) => s.country)).toEqual(['KE']);
  });

  // A part of the count before: past figures that count no one, or opening the next sentence (in the outlet's voice, decision 7).
  test.each([
    ['past a count of hours', 'The minister says 21 people died in 24 hours, two of them police officers.', 2, 'killed', 'police officers', ['government']],
    ['opening the next sentence', 'Gunmen killed 26 men near the meadow, police said. Twenty-five of them were Indian tourists.', 25, 'killed', 'Indian tourists', []],
    ['the next sentence\'s first figure, after its attribution', 'More than 12,000 civilians have been killed, according to the UN mission. The mission said 570 of them were children.', 570, 'killed', 'children', ['international']],
  ])('%s', (_name, text, figure, metric, subject, chain) => {
    const { claims } = extract({ text, published: PUBLISHED });
    const c = claims.find((x) => x.min === figure)!;
    expect([c.metric, c.subject.text, c.source.map((s) => s.kind)]).toEqual([metric, subject, chain]);
  });

  // Counts joined by "and" share the predicate after the last, unless the first has its own ("43 bodies and 100 missing").
  test.each([
    ['two counts, one verb', 'Eight civilians and five soldiers were killed, officials said.', [['killed', 8], ['killed', 5]]],
    ['two pairs, two verbs', 'The army said 40 civilians and 11 soldiers had been killed and 121 civilians and 78 soldiers wounded.', [['killed', 40], ['killed', 11], ['wounded', 121], ['wounded', 78]]],
    ['a state after the pair', 'Another 29 soldiers and 30 civilians were being treated for injuries, he said.', [['wounded', 29], ['wounded', 30]]],
    ['a first count with its own noun', 'We have recovered 43 bodies and around 100 people are still missing, the spokesman said.', [['killed', 43], ['missing', 100]]],
    ['a first count with its own noun, in a toll', 'The toll rose to 3 martyrs and 38 wounded, the spokesman said.', [['killed', 3], ['wounded', 38]]],
  ])('%s', (_name, text, expected) => {
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.metric, c.min])).toEqual(expected);
  });

  // Pronouns in object and possessive forms, a timeline's date before a dash, and kinds by their words.
  test.each([
    ['"according to him"', 'Colonel Jules Ngongo said the attack began at dawn. According to him, the soldiers captured two militiamen.', 2, 'Jules Ngongo', 'military'],
    ['"their statement said"', 'More than 100 people were killed, the resistance committees said. Among the dead were 35 children, their statement said.', 35, 'the resistance committees', 'ngo'],
    ['a timeline entry', 'November 2024 — The monitoring platform Plataforma Decide counts 67 people killed since the protests began.', 67, 'The monitoring platform Plataforma Decide', 'ngo'],
    ['a national guard', 'Off the coast, the Tunisian National Guard said 40 migrants had died.', 40, 'the Tunisian National Guard', 'government'],
    ['a volunteer group', 'The attack killed at least 75 people, according to a local volunteer group.', 75, 'a local volunteer group', 'ngo'],
    ['a role held for a body, set off before the name', "UNICEF's representative in Sudan, Mandeep O'Brien, said on Thursday that at least 35 children had been killed.", 35, "Mandeep O'Brien", 'international'],
    ['a relative clause that tells what the speaker did describes nothing', 'Mr Kassah, who addressed journalists at the council, said at least 300 people were being treated in hospital.', 300, 'Mr Kassah', 'other'],
    ['a relative clause that says what the speaker is', 'Fatima Bello, who heads the state health ministry, said 40 people had died.', 40, 'Fatima Bello', 'government'],
    ['a given name that is a weekday', 'The chairman of the council, Monday Kassah, said on Tuesday that 160 people had been killed.', 160, 'Monday Kassah', 'government'],
    ['plural sources with a counting verb', 'Local authorities report at least 10 people killed and 14 injured.', 10, 'Local authorities', 'government'],
    ['a count given', 'HRANA, a human rights group focused on Iran, gives a higher count: 406 dead.', 406, 'HRANA', 'ngo'],
    ['"had counted" after an appositive', 'The Committee for Human Rights, a local rights group, had counted at least 110 dead on Sunday.', 110, 'The Committee for Human Rights', 'ngo'],
    ['a dateline before a dash', 'CARACAS -- The non-governmental organisation Foro Penal said on Monday that it had verified 1,010 arrests.', 1010, 'The non-governmental organisation Foro Penal', 'ngo'],
    ['"acknowledges"', 'The government acknowledges 25 deaths in the unrest.', 25, 'The government', 'government'],
    ['a police spokesman after another body', 'The town hall said 12 people were missing. Police spokesman Lionel Lazarre said three suspects had been arrested.', 3, 'Lionel Lazarre', 'government'],
    ['a ministry of national defence', 'The Ministry of National Defence says its forces killed 18 fighters on Saturday.', 18, 'The Ministry of National Defence', 'military'],
    ['a communiqué speaks for its issuer', 'The Ministry of National Defence says its forces killed 18 fighters. The communiqué adds that 11 insurgents were captured.', 11, 'The Ministry of National Defence', 'military'],
    ['"as per" a government', 'As per information provided by the Government of Manipur, 226 persons have lost their lives.', 226, 'information provided by the Government of Manipur', 'government'],
    ['"by X\'s count" before the figure', "By the Armenian government's final count, 100,617 people crossed into Armenia that week.", 100617, 'the Armenian government', 'government'],
    ['"by X\'s tallies" after it', "The war lasted 44 days and killed more than 7,000 soldiers, by the two governments' tallies.", 7000, 'the two governments', 'government'],
    ['a counting verb after a sentence adverb', "The enclave's health authorities later recorded 218 dead.", 218, "The enclave's health authorities", 'government'],
    ['a mine action agency', 'A total of 361 people have fallen victim to landmines, the Mine Action Agency of Azerbaijan reported.', 361, 'the Mine Action Agency of Azerbaijan', 'government'],
    ['a plural noun before its own verb is not a verb', 'Unconfirmed reports suggested the number of dead could be as high as 90.', 90, 'Unconfirmed reports', 'official'],
    ['"fear that" attributes, as a belief', 'Aid groups fear that as many as 15,000 people may have been forced to leave their homes.', 15000, 'Aid groups', 'ngo'],
    ['a county region', 'Five people were wounded in the shooting, Region Örebro County said.', 5, 'Region Örebro County', 'government'],
    ['a prefecture', 'At least 94 people died in the shipwreck, the Crotone prefecture said.', 94, 'the Crotone prefecture', 'government'],
    ['a constabulary', 'The Royal Papua New Guinea Constabulary said 64 men were killed in the ambush.', 64, 'The Royal Papua New Guinea Constabulary', 'government'],
    ['judges', 'The judges found that guards had killed 27 prisoners at the branch.', 27, 'The judges', 'government'],
    ['a forum for rights', 'The Tunisian Forum for Economic and Social Rights said more than 600 migrants had died at sea.', 600, 'The Tunisian Forum for Economic and Social Rights', 'ngo'],
    ['a relative', 'Three of her cousins were killed in the strike, according to her brother Sami.', 3, 'her brother Sami', 'witness'],
    ['a defence chief', 'The country\'s defence chief said 86 soldiers had been sent to the border.', 86, "The country's defence chief", 'military'],
    ['"its data show"', 'The Conflict Data Project said 2,000 people died in 2021. Its data show more than 75,000 people killed since the coup.', 75000, 'The Conflict Data Project', 'other'],
    ['bloggers', 'Russian milbloggers claimed that the strike killed as many as 150 soldiers.', 150, 'Russian milbloggers', 'media'],
    ['a brigade', 'Russia moved about 1,500 troops to the area, according to a spokesperson for a Ukrainian brigade.', 1500, 'a spokesperson for a Ukrainian brigade', 'military'],
  ])('%s', (_name, text, figure, speaker, kind) => {
    const { claims } = extract({ text, published: PUBLISHED });
    const c = claims.find((x) => x.min === figure || x.max === figure)!;
    expect([c.source[0]!.name, c.source[0]!.kind]).toEqual([speaker, kind]);
  });

  // Counting verbs after a subject set off by an appositive, an abbreviation or an adverb; state bodies known by their words.
  test.each([
    ['a monitor in apposition', 'Cabo Ligado, a conflict monitor, recorded 11 people killed by insurgents last week.', 11, 'Cabo Ligado', 'ngo'],
    ['a bracketed abbreviation', 'The Commission for the Disappeared (KontraS) recorded at least 10 deaths.', 10, 'The Commission for the Disappeared', 'other'],
    ['an adverb set off', "The Public Defender's Office, however, counted 132 dead.", 132, "The Public Defender's Office", 'government'],
    ['"registered … as missing"', "The ICRC's Central Tracing Agency has registered more than 50,000 people as missing.", 50000, "The ICRC's Central Tracing Agency", 'international'],
    ['"recalled that"', "The Ombudsman's Office demanded an inquiry and recalled that at least 500 people have died in prisons since 2021.", 500, "The Ombudsman's Office", 'government'],
    ['"raised to N … the number"', 'The state government raised to 121 on Wednesday the number of people killed in the operation.', 121, 'The state government', 'government'],
    ['a national institute', 'At least 120 people have died, the National Institute for Disaster Risk Management said.', 120, 'the National Institute for Disaster Risk Management', 'government'],
    ['a defence force', 'About 4,000 soldiers are deployed in the province, the Rwandan Defence Force said.', 4000, 'the Rwandan Defence Force', 'military'],
  ])('%s', (_name, text, figure, speaker, kind) => {
    const { claims } = extract({ text, published: PUBLISHED });
    const source = claims.find((c) => c.min === figure)!.source[0]!;
    expect([source.name, source.kind]).toEqual([speaker, kind]);
  });

  // A state that reports soldiers or police lost without naming their side reports its own; what it did to others is not.
  test.each([
    ['a minister counting his side\'s dead', 'Public Health Minister Somsak Thepsuthin of Thailand said six soldiers had lost their lives since Thursday.', 6, 'TH'],
    ['a police spokesman counting wounded officers', 'Kenyan police spokesman Muchiri Nyaga said 52 officers had been wounded in the unrest.', 52, 'KE'],
    ['an active verb: the other side\'s losses', "Russia's Defence Ministry claimed the strike killed more than 60 servicemen.", 60, null],
    ['another side named', "Pakistan's military said 40 Indian soldiers were killed.", 40, 'IN'],
  ])('%s', (_name, text, figure, country) => {
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === figure)!.subject.country).toBe(country);
  });

  // The speaker is a noun phrase before the verb (or after it, inverted), never a clause, a place or a joined verb's words.
  test.each([
    ['a second verb joined by "and" after a complement', 'Amnesty International said more than 140 people had been killed and accused the authorities of ignoring warnings.', 140, 'Amnesty International'],
    ['a second verb joined by "and" after a predicate', 'The Sudan Doctors Network, a medical group, put the toll at 78 and accused the RSF of targeting civilians.', 78, 'The Sudan Doctors Network'],
    ['a verb joined by ", and"', "Pakistan's military said 31 civilians were killed in the strikes, and reported no militant deaths.", 31, "Pakistan's military"],
    ['a fronted place', 'Off Sfax, the coastguard said on Thursday that 40 migrants had died when their boat capsized.', 40, 'the coastguard'],
    ['an acronym that spells a function word', 'Since the war began, WHO has verified attacks on clinics which killed 1,204 people.', 1204, 'WHO'],
    ['a participle aside, then a clause after the verb', "Our correspondent Lina Haddad, reporting from Tyre, says the roads were jammed for hours as an estimated 27,000 people fled.", 27000, 'Our correspondent Lina Haddad'],
  ])('%s', (_name, text, figure, speaker) => {
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === figure)!.source[0]!.name).toBe(speaker);
  });

  // A definite description refers back only to a source it fits: the words that set it apart must match.
  test.each([
    ['another ministry of the same kind', 'At least 12 people were killed, the interior ministry said. About 1,000 troops were sent to the border, the defence ministry said.', 1000, 'the defence ministry'],
    ['the same ministry, described again', 'At least 12 people were killed, the interior ministry said. Another 40 were wounded, the interior ministry said.', 40, 'the interior ministry'],
    ['"the group" is no ministry', 'At least 12 people were killed, the interior ministry said. Some 40 fighters died, the group said.', 40, 'the group'],
    ['"the group" is the monitor named before', 'The Sudan Doctors Network said 12 people were killed. Some 40 were wounded, the group said.', 40, 'The Sudan Doctors Network'],
    ['"the UN mission" is not the Red Cross', 'About 2,500 people are missing, the Red Cross said. At least 60 civilians were killed this year, the UN mission said.', 60, 'the UN mission'],
    ['"the UN mission" is no UN agency', 'About 120,000 people have fled, the UN refugee agency said. Two peacekeepers were wounded near Sake, the UN mission said.', 2, 'the UN mission'],
    ['"the UN agency" is the UN body named before', 'About 2,500 people were displaced, UNHCR said. Another 600 people fled on Monday, the UN agency said.', 600, 'UNHCR'],
    ['where a body sits describes it', 'The Syrian Observatory for Human Rights said 12 people were killed. The toll rose to 15 later, the Britain-based monitor said.', 15, 'The Syrian Observatory for Human Rights'],
  ])('%s', (_name, text, figure, speaker) => {
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === figure)!.source[0]!.name).toBe(speaker);
  });

  test('a timeline entry dates the statements of its paragraph, and only of its paragraph', () => {
    const text = [
      'November 2024 — The monitoring platform Plataforma Decide counts 67 people killed since the protests began. Human Rights Watch says police have killed at least 11 people.',
      '23 December: Interior Minister Pascoal Ronda says 21 people died in 24 hours.',
      'The minister said on Tuesday that 30 more people had died.',
    ].join('\n\n');
    const { claims } = extract({ text, published: '2025-02-03T10:00:00Z' });
    expect(claims.map((c) => [c.min, c.asOf])).toEqual([[67, '2024-11-01'], [11, '2024-11-01'], [21, '2024-12-23'], [30, '2025-01-28']]);
  });

  test('"told" an outlet the gazetteer does not know: a name that says it is an outlet (the publisher itself adds no link)', () => {
    const own = extract({ text: 'Three soldiers died, a commander told Garowe Online on condition of anonymity.', published: PUBLISHED, publisher: 'Garowe Online' });
    expect(own.claims[0]!.source.map((s) => [s.name, s.kind])).toEqual([['a commander', 'military']]);
    const named = extract({ text: 'Eleven soldiers were killed that week, his commander told Zaxid.net.', published: PUBLISHED });
    expect(named.claims[0]!.source.map((s) => s.kind)).toEqual(['media', 'military']);
    const body = extract({ text: 'Eleven soldiers were killed that week, the commander told Parliament.', published: PUBLISHED });
    expect(body.claims[0]!.source.map((s) => s.kind)).toEqual(['military']);
  });

  test.each([
    ['a big city in the dateline places its police', 'CHICAGO -- Four people were killed at a block party late Saturday, police said.', 'US'],
    ['a city in a department\'s name is not that city', 'The governor of Norte de Santander, William Villamizar, said more than 32,000 people had been displaced in Colombia.', 'CO'],
    ['a city that is also a word places nothing', 'Nice work by rescuers saved many, but 12 people were killed in the blast in Kenya, police said.', 'KE'],
  ])('%s', (_name, text, country) => {
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims[0]!.source[0]!.country).toBe(country);
  });

  test('a city inside a person\'s name places nothing; the dateline does', () => {
    const { claims } = extract({ text: 'MOGADISHU -- At least 32 people were killed when militants stormed the hotel, police spokesman Abdifatah Aden Hassan said.', published: PUBLISHED });
    expect(claims[0]!.source.map((s) => [s.name, s.country])).toEqual([['Abdifatah Aden Hassan', 'SO']]);
  });

  test('a source after a closing dash attributes the sentence; the evidence is the sentence as written', () => {
    const text = 'As of 14:00, 32 people have been killed, including two children, -- the head of the regional military administration.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => [c.min, c.source[0]?.kind, c.evidence.start, c.evidence.end])).toEqual([[32, 'government', 0, text.length], [2, 'government', 0, text.length]]);
    const aside = extract({ text: 'Twelve people died in the crash — a rare accident on that road.', published: PUBLISHED });
    expect(aside.claims[0]!.source).toEqual([]);
    // A dateline's dash opens the sentence: what follows is the sentence, not a source.
    const dateline = extract({ text: 'NAIROBI -- Four people were killed at a block party late Saturday, police said.', published: PUBLISHED });
    expect(dateline.claims.map((c) => [c.min, c.source[0]?.name])).toEqual([[4, 'police']]);
  });

  test('a figure in the description of the speaker is the outlet\'s, not what the speaker said', () => {
    const { claims } = extract({ text: 'KFOR, the NATO-led mission, which has some 4,500 troops in Kosovo, said it was ready to step up patrols.', published: PUBLISHED });
    expect(claims.map((c) => [c.metric, c.min, c.source])).toEqual([['deployed', 4500, []]]);
    const named = extract({ text: 'Bangladesh, which already hosts about a million Rohingya refugees, says it cannot take in more.', published: PUBLISHED });
    expect(named.claims.map((c) => [c.metric, c.min, c.source])).toEqual([['displaced', 1000000, []]]);
  });

  test('a place of several words is no part of a body\'s name: two bodies of one city stay two sources', () => {
    const text = 'The Rio de Janeiro state government raised to 121 the number of people killed in the operation. The Public Defender\'s Office of Rio de Janeiro, however, counted 132 dead.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.source[0]!.name)).toEqual(['The Rio de Janeiro state government', "The Public Defender's Office of Rio de Janeiro"]);
  });

  test('a city two countries share names neither; "said in a statement" names no speaker', () => {
    const valencia = extract({ text: 'At least 229 people died in the floods around Valencia, the regional forensic institute said.', published: PUBLISHED });
    expect(valencia.claims[0]!.source[0]!.country).not.toBe('VE');
    const statement = extract({ text: 'At least 152 people were killed, the collective Justice for Barsalogho said in a statement.', published: PUBLISHED });
    expect(statement.claims[0]!.source[0]!.name).toBe('the collective Justice for Barsalogho');
  });

  test('a foreign minister is one person of one country: the one the sentence names', () => {
    const { claims } = extract({ text: 'Egypt hosts some 1.5 million Sudanese who have fled the war, Foreign Minister Badr Abdelatty said on Saturday.', published: PUBLISHED });
    expect(claims[0]!.source.map((s) => [s.name, s.country, s.kind])).toEqual([['Badr Abdelatty', 'EG', 'government']]);
  });

  test('a body named as the subject of a sentence with no figure speaks through the spokesperson after it', () => {
    const text = 'The Kenya National Police Service painted a different picture. Spokesperson Muchiri Nyaga said 11 people had died in the unrest.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims[0]!.source.map((s) => [s.name, s.country, s.kind])).toEqual([['Muchiri Nyaga', 'KE', 'government']]);
  });

  test('"the Indian Army" after "Pakistan\'s army" is a new source, not a back-reference', () => {
    const { claims } = extract({ text: "Pakistan's army said 12 militants were killed, while the Indian Army said 3 soldiers died.", published: PUBLISHED });
    expect(claims.find((c) => c.min === 3)!.source.map((s) => s.country)).toEqual(['IN']);
  });

  test('a figure with a verb of its own that is no cue borrows no metric; requests and percentages are not people', () => {
    const charged = extract({ text: 'Police said 429 bodies were recovered and 95 people were charged.', published: PUBLISHED });
    expect(charged.claims.map((c) => c.min)).toEqual([429]);
    const requests = extract({ text: 'The agency received more than 100,000 requests from families looking for missing relatives.', published: PUBLISHED });
    expect(requests.claims).toEqual([]);
    const share = extract({ text: 'Open sources probably capture no more than 45 to 65 percent of deaths, experts said.', published: PUBLISHED });
    expect(share.claims).toEqual([]);
  });

  test('an increase, an age, a weapon count and an absconder give no claim of their own', () => {
    const cases: Array<[string, number[]]> = [
      ['The death toll rose by 300 to 4,500, officials said.', [4500]],
      ['Troops killed 31 bandits and recovered 19 rifles, the army said.', [31]],
      ['Police said 7 persons have been arrested and 2 are absconding.', [7]],
    ];
    for (const [text, mins] of cases) expect(extract({ text, published: PUBLISHED }).claims.map((c) => c.min)).toEqual(mins);
    expect(extract({ text: 'The average age of those arrested was 54, police said.', published: PUBLISHED }).claims).toEqual([]);
  });

  test('an institution named by its abbreviation is later referred to by a word of its full name', () => {
    const text = 'SNHR said 40 people were killed in the year. Since March 2011, the network says, 112,414 people remain forcibly disappeared.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.find((c) => c.min === 112414)!.source.map((s) => [s.country, s.kind])).toEqual([['SY', 'ngo']]);
  });

  test('one figure stated twice is one claim with more evidence', () => {
    const text = 'At least 17 civilians were killed, the governor said.\n\n"At least 17 civilians were killed," the governor said again.';
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.filter((c) => c.metric === 'killed')).toHaveLength(1);
    expect(claims[0]!.evidence.more).toHaveLength(1);
  });

  test('a breakdown is not what a later elided subject refers to', () => {
    const text = 'At least 10 people, including three children, were killed in the strikes, the governor said. A further 25 were injured, he said.';
    const { claims } = extract({ text, published: PUBLISHED });
    const wounded = claims.find((c) => c.metric === 'wounded')!;
    expect(wounded.min).toBe(25);
    expect(wounded.subject.group).toBe('people');
    expect(claims.find((c) => c.min === 3)!.subject.group).toBe('civilian');
  });

  test('headline style: a topic label, a dashed attribution to activists, "in past day" without its article', () => {
    const raid = extract({ title: 'Sudan: paramilitaries kill 200 in village raids - activists', text: 'The raids took place overnight.', published: PUBLISHED });
    expect(raid.claims[0]).toMatchObject({ section: 'title', metric: 'killed', min: 200 });
    expect(raid.claims[0]!.source.map((s) => s.kind)).toEqual(['ngo']);
    const day = extract({ title: 'Russia says 1,200 Ukrainian troops killed in Kursk in past day', text: 'The defence ministry made the claim.', published: PUBLISHED });
    expect(day.claims[0]).toMatchObject({ min: 1200, subject: { country: 'UA' }, period: { kind: 'interval' } });
  });

  test('a toll update keeps only the new figure', () => {
    const { claims } = extract({ text: 'The death toll rose to 85 from 60, the ministry said.', published: PUBLISHED });
    expect(claims.map((c) => c.min)).toEqual([85]);
  });

  test('title claims are their own section with their own attribution', () => {
    const r = extract({ title: 'At least 40 killed in market attack, Kabul says', text: 'At least 40 people were killed in the attack, the interior ministry said on Thursday.', published: PUBLISHED });
    const title = r.claims.find((c) => c.section === 'title')!;
    expect(title.min).toBe(40);
    expect(title.source[0]).toMatchObject({ country: 'AF', kind: 'government' });
    expect(title.asOf).toBe('2025-03-13');
  });

  test('a headline attributes after a dash', () => {
    const title = 'Floods kill 120 in northern province - Red Cross';
    const r = extract({ title, text: 'Rescuers searched for survivors.', published: PUBLISHED });
    const claim = r.claims.find((c) => c.section === 'title')!;
    expect(claim.min).toBe(120);
    expect(claim.source[0]).toMatchObject({ kind: 'international' });
    expect(claim.evidence.text).toBe(title);
  });

  test('event counts after a counting verb are not people', () => {
    const { claims } = extract({ text: 'At least 30 people were killed, the report said. It also documented 175 kidnappings in the period.', published: PUBLISHED });
    expect(claims.map((c) => c.min)).toEqual([30]);
    // Past a demonym too: "recorded more than 7,500 Israeli air violations".
    const violations = extract({ text: 'About 950 people were wounded, the ministry said. The mission said its patrols had recorded more than 7,500 Israeli air violations since the truce.', published: PUBLISHED });
    expect(violations.claims.map((c) => c.min)).toEqual([950]);
  });

  test('boilerplate lines carry no claims', () => {
    const text = [
      'Ten soldiers were killed in the ambush, the army said.',
      'Related: 25 killed in bus crash near the capital',
      'Photo: Rescuers search the rubble where 30 people died. REUTERS/Jane Roe',
      'ADVERTISEMENT',
      '© 2025 Example News. All rights reserved.',
    ].join('\n\n');
    const { claims } = extract({ text, published: PUBLISHED });
    expect(claims.map((c) => c.min)).toEqual([10]);
  });

  test('a user gazetteer types its own institutions', async () => {
    const { defaultGazetteer } = await import('./gazetteer.ts');
    const gazetteer = defaultGazetteer.extend([{ id: 'xx-watch', name: 'Frontier Watch', aliases: ['FW'], country: 'KE', kind: 'ngo' }]);
    const { claims } = extract({ text: 'At least 12 herders were killed, Frontier Watch said.', published: PUBLISHED }, { gazetteer });
    expect(claims[0]!.source[0]).toMatchObject({ id: 'xx-watch', country: 'KE', kind: 'ngo' });
  });

  test('periods: cumulative and interval figures', () => {
    const { claims } = extract({ text: 'More than 3,000 people have been killed so far, the ministry said.\n\nAt least 40 people were killed in the past 24 hours, the ministry said.', published: PUBLISHED });
    expect(claims.find((c) => c.min === 3000)!.period?.kind).toBe('cumulative');
    expect(claims.find((c) => c.min === 40)!.period?.kind).toBe('interval');
    const named = extract({ text: 'At least 9 health workers have been killed since the siege began, the WHO said.', published: PUBLISHED });
    expect(named.claims[0]!.period?.kind).toBe('cumulative');
    const dated = extract({ text: 'At least 500 people had been killed as of March 1, the ministry said. Officials said up to 30 Ukrainians were killed.', published: PUBLISHED });
    expect(dated.claims.find((c) => c.min === 500)).toMatchObject({ period: { kind: 'cumulative' }, asOf: '2025-03-14' });
    expect(dated.claims.find((c) => c.max === 30)!.period?.kind).toBe('unknown');
    // Year to date is a running total; "this year" alone is a stretch of time.
    const ytd = extract({ text: 'Gang violence has killed more than 4,000 people so far this year, and at least 1,000 others have been injured, the UN said. In 2024, 5,600 were killed.', published: PUBLISHED });
    expect(ytd.claims.find((c) => c.min === 4000)!.period?.kind).toBe('cumulative');
    expect(ytd.claims.find((c) => c.min === 1000)!.period?.kind).toBe('cumulative');
    expect(ytd.claims.find((c) => c.min === 5600)!.period?.kind).toBe('interval');
  });

  test('each figure takes the period phrase nearest to it; a sentence may open with "Since …"', () => {
    const { claims } = extract({ text: 'Kyiv said Russia had lost 1,200 troops over the past 24 hours, bringing its total losses since the start of the invasion to 640,000.', published: PUBLISHED });
    expect(claims.find((c) => c.min === 1200)!.period).toMatchObject({ kind: 'interval' });
    expect(claims.find((c) => c.min === 640000)!.period).toMatchObject({ kind: 'cumulative' });
    // "its total losses": Russia's, the country named last before the possessive.
    expect(claims.find((c) => c.min === 640000)!.subject).toMatchObject({ country: 'RU', text: 'its total losses' });
    const since = extract({ text: 'Since the escalation began on 7 March, 212 civilians have been killed, the ministry reported on 13 March.', published: PUBLISHED });
    expect(since.claims[0]).toMatchObject({ asOf: '2025-03-13', period: { kind: 'cumulative' } });
  });

  test('back-references to a witness and to a report', () => {
    const witness = extract({ text: '"The jet dropped two bombs at dawn," one villager, who asked not to be named, told reporters. He said 11 others were wounded.', published: PUBLISHED });
    expect(witness.claims[0]).toMatchObject({ min: 11, source: [{ name: 'one villager', kind: 'witness' }] });
    const report = extract({ text: 'Gang violence killed 1,617 people between January and March, the U.N. human rights office said on Wednesday. The report said a further 580 people were injured.', published: PUBLISHED });
    expect(report.claims.find((c) => c.min === 580)!.source).toMatchObject([{ kind: 'international' }]);
    expect(report.claims.find((c) => c.min === 1617)!.period).toMatchObject({ kind: 'interval' });
  });

  test('a speaker whose verb is coordinated, a speaker at an institution, a headline restating an attributed figure', () => {
    const group = extract({ text: 'An armed group, the Northern Front, claimed responsibility and said it had taken 14 soldiers prisoner.', published: PUBLISHED });
    expect(group.claims[0]!.source[0]!.name).toBe('the Northern Front');
    const researchers = extract({ text: 'Researchers at Ghent University estimated that between 162,000 and 378,000 civilians died.', published: PUBLISHED });
    expect(researchers.claims[0]!.location).toBeNull();
    const officials = extract({ text: 'Officials in Kherson said 12 people were killed.', published: PUBLISHED });
    expect(officials.claims[0]!.location).toBe('Kherson');
    const titled = extract({ title: '3 dead in drone attack on port city', text: 'A drone attack killed three people overnight, the regional governor said on Tuesday.', published: PUBLISHED });
    expect(titled.claims.find((c) => c.section === 'title')).toMatchObject({ min: 3, source: [], asOf: '2025-03-11' });
  });

  test('asides and breakdowns do not hide the subject or the verb', () => {
    const aside = extract({ text: 'At least 100 people, most of them soldiers, died in the attack, according to a count by the news agency.', published: PUBLISHED });
    expect(aside.claims[0]).toMatchObject({ metric: 'killed', min: 100 });
    const breakdown = extract({ text: 'The interior ministry said 400 people had been injured, including 300 police officers, and 485 had been arrested.', published: PUBLISHED });
    expect(breakdown.claims.find((c) => c.min === 485)).toMatchObject({ metric: 'detained', subject: { text: 'people' } });
    const quake = extract({ text: 'The death toll from the magnitude 6.0 earthquake has risen to more than 2,200, the government said.', published: PUBLISHED });
    expect(quake.claims.map((c) => [c.metric, c.min])).toEqual([['killed', 2200]]);
  });

  test('a name in apposition after "according to", a borrowed subject of another metric, a briefing place', () => {
    const named = extract({ text: 'More than 150 worshippers were wounded, according to a hospital spokesperson, Mohammad Asim. "We have received 32 bodies and 157 injured," Asim told reporters.', published: PUBLISHED });
    expect(named.claims.map((c) => c.source[0]!.name)).toEqual(['Mohammad Asim', 'Mohammad Asim', 'Mohammad Asim']);
    expect(named.claims.find((c) => c.min === 157)).toMatchObject({ metric: 'wounded', subject: { text: 'people' } });
    const briefing = extract({ text: 'The fighting has forced 400,000 people to flee, a U.N. spokesman told a briefing in Geneva.', published: PUBLISHED });
    expect(briefing.claims[0]!.location).toBeNull();
    const agent = extract({ text: 'At least 50,021 Palestinians have died in Israel\'s offensive on Gaza, the health ministry said.', published: PUBLISHED });
    expect(agent.claims[0]!.location).not.toBe('Israel');
  });

  test('short titles and bracketed abbreviations before the verb', () => {
    const titled = extract({ text: 'In total, 230 lives have been lost, the army spokesman, Brig. Gen. Nabil Abdallah, said.', published: PUBLISHED });
    expect(titled.claims[0]!.source).toMatchObject([{ name: 'Nabil Abdallah', kind: 'military' }]);
    const bracketed = extract({ text: 'More than 60 people were hospitalised, Doctors Without Borders (MSF) said in a statement.', published: PUBLISHED });
    expect(bracketed.claims[0]!.source).toMatchObject([{ name: 'Doctors Without Borders', kind: 'ngo' }]);
  });

  test.each([
    ['Death toll passes 40,000, health ministry says', 'killed', 40000, 'health ministry'],
    ['UN: 2 million displaced by the fighting', 'displaced', 2000000, 'UN'],
    ['At least 12 dead in church attack – police', 'killed', 12, 'police'],
    ['Over 1,000 detained after protests: rights group', 'detained', 1000, 'rights group'],
    ['Sudan: thousands flee the city', 'displaced', 2000, null],
    ['Quake toll climbs past 1,600 as rescuers dig', 'killed', 1600, null],
    ['Death toll rises to 85 in floods', 'killed', 85, null],
  ] as const)('headline attribution: %s', (title, metric, min, source) => {
    const { claims } = extract({ title, text: 'The story follows.', published: PUBLISHED });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ section: 'title', metric, min });
    expect(claims[0]!.source[0]?.name ?? null).toBe(source);
  });

  test('the day of the statement is not the period of the figure', () => {
    const { claims } = extract({ text: 'Around 300 soldiers are believed to have been killed, British intelligence said on Saturday.', published: PUBLISHED });
    expect(claims[0]!.period?.kind).not.toBe('interval');
    const opening = extract({ text: 'In three days of fighting, 40 soldiers were killed, the army said on Monday.', published: PUBLISHED });
    expect(opening.claims[0]!.period?.kind).toBe('interval');
  });
});
