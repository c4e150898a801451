/**
 * Sentences that must yield no claim: percentages, money, years, ages, durations, distances,
 * unit designations, equipment, households, rates, forecasts, plans, non-metric states, and
 * individuals without a numeral. All written for this test.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';

const NOTHING = [
  // Jobs are no people; a part of the dead found alive is no death; forces housed somewhere are not displaced.
  'The closure led to the loss of 3,000 jobs, the union said.',
  'Police said 14 of the victims were found alive in the forest.',
  'Some 3,000 troops are being housed in the base, officials said.',
  // A singular person noun before a thing's noun names the thing; civilians who take part deploy no one.
  'About 200 fighter jets took part in the strikes, the military said.',
  'About 300 villagers took part in the search, officials said.',
  // Governments and sides are no people.
  'The two governments later signed an accord, but a landmine blast that wounded Thai soldiers led Bangkok to suspend it.',
  // "of" a number after one person is that person's age.
  'A girl of 12 was killed in the strike, relatives said.',
  'Police said a man of 45 had been arrested.',
  // A place's whole population is no count of those it names.
  'Nearly half of the country\'s 11.9 million people have fled their homes, the agency said.',
  // Animals counted by the head are no people.
  'More than 200 head of livestock were killed in the raid, the elder said.',
  // A count of the sources a statement rests on is no claim.
  'The men were shot dead by the riverbed, according to four witnesses.',
  // Treated for anything but wounds is no count of the wounded.
  'Some 40 people were treated for shock, the doctor said.',
  // Staying in a city is no refuge.
  'About 2,000 tourists were staying in the city, officials said.',
  // A bound after the young it describes is their age.
  'Children under five were among the wounded, the nurse said.',
  // Outside a story of an exchange of prisoners, people returning home are counted by no metric.
  'Some 300 migrants returned home last month, officials said.',
  // The ages of the youngest and the oldest are no counts of them.
  'The prisoners\' headquarters said the youngest man freed was 22 and the oldest 61.',
  // A toll that could reach a figure is a forecast, whatever the clause after it counts.
  'One officer said the toll could reach 100 as several units had not yet been accounted for.',
  // Things seized are no people, whatever their name.
  'Troops seized 30 Starlink satellite terminals and 12 pickups during the raid, state media said.',
  // People who organise themselves are not forces called up.
  'Hundreds of volunteers mobilised online to collect blankets for the camps, organisers said.',
  'The resolution authorises a force of up to 5,550 police and soldiers.',
  'A paraglider dropped bombs on the gathering of around 100 people, who had assembled to mark the festival.',
  'The court ordered the execution of 12 men convicted of the attack.',
  'Some 200 volunteers serve in the camp\'s clinics.',
  'Police confiscated 31 firearms taken from police posts during the riots.',
  'The rebel alliance says it has taken more than 100 outposts and two border towns.',
  'The state announced a one-off payment of 5,100 reais to each family that lost its home.',
  'The fire agency said 60 search dogs had been sent to the collapsed hotel.',
  'The bowler took eight wickets in the match.',
  'The campaign, waged in 1986-89, is remembered every spring, officials said.',
  'Turnout rose to 64% in the northern districts, the election board said.',
  'Las Anod, a town of about 170,000 people before the fighting, lies 250 km from the coast.',
  'It was one of the worst attacks on the city since the war began, one official said.',
  'Correction: An earlier version of this article said 28 people were killed, citing hospital officials.',
  'Correction: An earlier VERSION of this article said 28 people were killed, citing hospital officials.',
  'The minister said 5,000 soldiers would be sent in March, with another 2,500 to follow in April.',
  'About 1,500 French soldiers left the country by the end of 2023.',
  'The World Food Programme says it has funding to feed only 460,000 refugees beyond July.',
  'The camps were built to house 40,000 displaced people.',
  'Hundreds of people were sheltering from the rain under the bridge.',
  'Teams of Rescue 1122 carried the wounded to hospital.',
  'A military court sentenced eight members of the militia to death for an attack on a camp for displaced people.',
  'The court convicted 12 soldiers of murder.',
  'About 2,000 more troops are expected to be deployed next month.',
  'Soldiers of Unit 8200 were deployed to the border.',
  'Then in August a dispute over land between two clans turned into open fighting.',
  'The centre said it had delivered 1,200 food baskets to families sheltering in Tawila.',
  'Correction, January 14: An earlier version of this brief said 19 people were wounded in the attack.',
  'A previous version of the post gave the toll as 12 dead.',
  'The warning reached mobile phones at 20:11, when many of the victims were already dead.',
  'Most of the victims were elderly: 76 percent were over 60, and many drowned in their homes.',
  'The UN refugee agency has warned that as many as 270,000 people could flee into Chad.',
  'Will the minister state whether it is a fact that more than 250 persons have been killed in the district since May?',
  'The government has announced Rs 1 million in relief for the families of each of the dead.',
  'Officers recovered 37 shell casings from the scene, and no one is in custody.',
  'Soldiers entered the city on November 28 and 29 and searched houses, the group said.',
  'The disaster response force has deployed six teams and two battalions to the district, officials said.',
  'The two officials gave different figures for the abducted children.',
  'The nurse said there is 1 doctor for every 18,000 refugees in the camp.',
  'Van Wyk said an average of 69 people are murdered every single day.',
  'The Railway Board announced ₹10 lakh for the families of the deceased and ₹2.5 lakh for the grievously injured.',
  'Correction: An earlier version, citing a regional official, said 41 people had been injured.',
  'All have since returned to duty except for one service member who was evacuated to Landstuhl for further evaluation.',
  'The two officials gave no figure for injured civilians.',
  'The territory, home to about 270,000 people, has held three referendums on independence since 2018.',
  'The government pledged $3.5 billion for reconstruction, officials said.',
  'Donors pledged £40m to rebuild 300 schools, the ministry said.',
  'A 5m-long section of the bridge collapsed, officials said.',
  'Nearly 61,000 arrived in 2024 alone, the migration agency says.',
  'Rescuers saved 40 lives after the collapse, officials said.',
  'The army says it has destroyed 45 tanks and 120 armoured vehicles belonging to the rebels since January.',
  'Local doctors say they treat around 50 wounded patients a day.',
  'Aid agencies estimate that 2,500 children in the city suffer from acute malnutrition.',
  'Of the 14 hospitals that operated before the war, only two remain open.',
  'The city, once home to 1.2 million people, now has fewer than 300,000 residents, according to municipal estimates.',
  'Amina, 34, gathered her three children and walked 12 kilometres to her sister\'s house.',
  'The ceasefire collapsed in 2023 after months of talks.',
  'The 72-year-old president said he would not seek re-election.',
  'The siege lasted 18 months, and the blockade 11 weeks.',
  'The convoy travelled 240 km across the desert in three days.',
  'Soldiers of the 47th Mechanised Brigade held the line, the army said.',
  'Russia launched 120 drones and 15 missiles overnight, the air force said.',
  'Its forces have also lost 9,120 tanks, 18,400 armoured fighting vehicles and 31,000 artillery systems, the general staff said.',
  'The navy said it had sunk 12 landing craft and 7 patrol boats.',
  'Rescuers found 30 people alive under the rubble, the civil defence said.',
  'The offensive was launched by the Three Brotherhood Alliance, according to the Seven Rivers Council.',
  'Aid agencies estimate that up to 120,000 people could be displaced if the fighting continues.',
  'Two out of every five displaced people are children, the agency said.',
  'The driver, 41, was among the dead, police said.',
  'Some 5,000 people held a rally in the capital, police said.',
  'The convoy was hit near the crossing (pictured).',
  'At least 300 displaced families arrived in the camp this week.',
  'About 2,000 tourists are in the country, the ministry said.',
  'Nearly 3 million Afghans are living in Pakistan, of whom 1.3 million hold registration cards.',
  'Police said they held a meeting with 12 community leaders.',
  'The regional administration has announced the mandatory evacuation of 300 children from 13 settlements.',
  'More than 60,000 migrants arrived in the country last year, the agency said.',
  'One in three children in the camp is malnourished, the agency said.',
  'Officials said 1,500 more troops will be deployed next month.',
  'Corporal Dan Avraham, 22, from Ashdod, and Private Lior Ben-Ami, 19, from Eilat, were killed in the clash, the army said.',
  'About 4,000 households lost access to water, the utility said.',
  'The state announced compensation of Rs 10 lakh for the family of each victim, officials said.',
  'A 400-strong crowd gathered outside parliament on Sunday.',
  'Only 300 residents are left in the town, the mayor said.',
  'Shelling forced new evacuations, bringing the number of villages under evacuation orders to 213, officials said.',
  'A 10-member team of investigators arrived in the city, officials said.',
  'Roughly 2,500 people cross the border each day, the agency said.',
  'The toll would likely exceed 5,000, the minister warned.',
  'The army is preparing to send another 3,000 troops, officials said.',
  'Some 40,000 people remain trapped in the city, aid workers said.',
  'Rescuers found 12 survivors under the rubble, the fire service said.',
  'A soldier was shot dead at a checkpoint on Monday, police said.',
  'The quake, of magnitude 6.4, struck at a depth of 10 km.',
  'Fighters control 1,200 square kilometres of farmland, the monitor said.',
  'The agency said 45 trucks of aid entered the territory on Tuesday.',
  'Call the newsroom on +1 202-555-0199 with tips.',
  'More than 300 schools have been damaged since March 3, the ministry said.',
  'It was the 65th exchange since the war began, the agency said.',
];

describe('sentences that state no claim', () => {
  test.each(NOTHING)('%s', (text) => {
    const rejected: string[] = [];
    const { claims } = extract({ text, published: '2025-06-01' }, { onReject: (r) => rejected.push(`${r.figure}: ${r.reason}`) });
    expect(claims, rejected.join('; ')).toEqual([]);
  });
});

describe('numbers that are not counts, in other house styles', () => {
  test.each([
    'A 12-year-old boy was killed when the shell hit his home, medics said.',
    'The strike on 5 March killed a family of six in the village, residents said.',
    'At 3 p.m. a rocket struck the market, police said.',
    'The 10-member delegation arrived in Geneva on Monday, officials said.',
    "Most of the city's population of 1.3 million has been displaced, aid groups said.",
  ])('%s', (text) => {
    const { claims } = extract({ text, published: '2025-06-01' });
    expect(claims).toEqual([]);
  });
});

describe('a place\'s whole population beside a count', () => {
  test('only the count is a claim', () => {
    const text = "Some 1.4 million Haitians have fled their homes, according to the IOM, and nearly half of the country's 11.9 million people go hungry.";
    const { claims } = extract({ text, published: '2025-06-01' });
    expect(claims.map((c) => [c.metric, c.min])).toEqual([['displaced', 1400000]]);
  });
});

describe('money beside a count', () => {
  test('a sum in a currency the prose names after its figure is no second claim', () => {
    const text = 'The deputy minister told the cabinet that 115,300 people who fled in 2023 were registered as refugees, and that about 61,000 of them were still living in rented or temporary housing paid for by a monthly subsidy of 50,000 drams per person.';
    const { claims } = extract({ text, published: '2025-06-01' });
    expect(claims.map((c) => [c.metric, c.min])).toEqual([['displaced', 115300], ['displaced', 61000]]);
  });

  test.each(['drams', 'lari'])('nor in %s', (currency) => {
    const text = `The deputy minister told the cabinet that 115,300 people who fled in 2023 were registered as refugees, and that about 61,000 of them were living in rented or temporary housing paid for by a subsidy of 2,000 ${currency} per person.`;
    const { claims } = extract({ text, published: '2025-06-01' });
    expect(claims.map((c) => [c.metric, c.min])).toEqual([['displaced', 115300], ['displaced', 61000]]);
  });
});

describe('a force authorised to be fielded beside the one deployed', () => {
  test('only the force deployed is a claim', () => {
    const text = 'The mission, which the Security Council authorized last year to field as many as 5,550 personnel, has so far deployed about 1,400, according to a UN official.';
    const { claims } = extract({ text, published: '2025-06-01' });
    expect(claims.map((c) => [c.metric, c.min, c.max])).toEqual([['deployed', 1400, 1400]]);
  });
});
