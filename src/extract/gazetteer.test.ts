/**
 * Table-driven tests of the gazetteer of institutions (data/institutions.json) through extract():
 * each sentence, written for these tests, names a source that only the gazetteer can type (or type
 * with its canonical id), and the row checks the kind, country and id of the claim's origin and,
 * for chains, of its speaker.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import builtin from './data/institutions.json' with { type: 'json' };
import { defaultGazetteer, InstitutionSchema } from './gazetteer.ts';
import { extract } from './index.ts';
import { fold, tokenize } from './tokens.ts';

const PUBLISHED = '2025-03-14T10:00:00';

interface Link {
  kind: string;
  country: string | null;
  id?: string;
}

interface Row {
  text: string;
  /** The last link of the chain. */
  origin: Link;
  /** The first link, when the chain has more than one. */
  speaker?: Link;
}

const ROWS: Row[] = [
  // National forces, disaster and prison agencies, and coordination bodies named by their acronyms
  { text: 'The TNI said 150 more troops had been sent to the highlands.', origin: { kind: 'military', country: 'ID', id: 'id-tni' } },
  { text: 'The UPDF said 12 attackers were killed in the pursuit.', origin: { kind: 'military', country: 'UG', id: 'ug-updf' } },
  { text: 'The NDRRMC said 41 people remain missing after the storm.', origin: { kind: 'government', country: 'PH', id: 'ph-ndrrmc' } },
  { text: 'Thirty-one inmates died in the riot, SNAI said.', origin: { kind: 'government', country: 'EC', id: 'ec-snai' } },
  { text: 'At least four crew members were killed, according to EUNAVFOR Aspides.', origin: { kind: 'military', country: null, id: 'eu-eunavfor' } },
  { text: 'The ISCG said 150,000 refugees had arrived since January.', origin: { kind: 'international', country: null, id: 'bd-iscg' } },
  // Monitors and NGOs: the country they are named for, international ones none
  { text: 'The Syrian Network for Human Rights said 12 civilians were killed in the shelling.', origin: { kind: 'ngo', country: 'SY', id: 'sy-snhr' } },
  { text: 'At least 41 protesters have been detained this week, according to HRANA.', origin: { kind: 'ngo', country: 'IR', id: 'ir-hrana' } },
  { text: 'Hengaw said 9 Kurdish porters were killed near the border last month.', origin: { kind: 'ngo', country: 'IR', id: 'ir-hengaw' } },
  { text: "B'Tselem said 27 Palestinians were detained in the raids.", origin: { kind: 'ngo', country: 'IL', id: 'il-btselem' } },
  { text: 'The White Helmets said 14 people were killed when the market was hit.', origin: { kind: 'ngo', country: 'SY', id: 'sy-white-helmets' } },
  { text: 'Nearly 300 children have been displaced from the district, Save the Children said.', origin: { kind: 'ngo', country: null, id: 'save-the-children' } },
  { text: 'The Norwegian Refugee Council said 6,500 people had fled the camp.', origin: { kind: 'ngo', country: 'NO', id: 'no-nrc' } },
  { text: 'Paramedics from the Palestinian Red Crescent said 8 people were wounded at the checkpoint.', origin: { kind: 'ngo', country: 'PS', id: 'ps-prcs' } },
  { text: 'The Lebanese Red Cross said 19 people were wounded in the strike.', origin: { kind: 'ngo', country: 'LB', id: 'lb-red-cross' } },
  { text: "Sudan's Emergency Lawyers said 63 villagers were killed in the attack.", origin: { kind: 'ngo', country: 'SD', id: 'sd-emergency-lawyers' } },
  { text: 'The Human Rights Commission of Pakistan said 58 people went missing in the province last year.', origin: { kind: 'ngo', country: 'PK', id: 'pk-hrcp' } },
  // International bodies: no country
  { text: 'UNIFIL said 4 peacekeepers were wounded near the Blue Line.', origin: { kind: 'international', country: null, id: 'un-unifil' } },
  { text: 'More than 2,100 civilians were killed in the first half of the year, UNAMA said.', origin: { kind: 'international', country: null, id: 'un-unama' } },
  { text: 'UNMISS said 35 people were killed in the cattle raid.', origin: { kind: 'international', country: null, id: 'un-unmiss' } },
  { text: 'The International Criminal Court said 120 witnesses had been displaced.', origin: { kind: 'international', country: null, id: 'icc' } },
  { text: 'ECOWAS said some 5,000 troops had been deployed to the region.', origin: { kind: 'international', country: null, id: 'ecowas' } },
  // Armies, defence ministries, military media wings, intelligence services
  { text: 'Seven soldiers were killed in the ambush, the ISPR said.', origin: { kind: 'military', country: 'PK', id: 'pk-ispr' } },
  { text: 'The Sudanese Armed Forces said 70 fighters were captured near the bridge.', origin: { kind: 'military', country: 'SD', id: 'sd-saf' } },
  { text: 'The Tatmadaw said 33 resistance fighters were killed.', origin: { kind: 'military', country: 'MM', id: 'mm-tatmadaw' } },
  { text: 'The IRGC said 14 of its members were killed in the attack.', origin: { kind: 'military', country: 'IR', id: 'ir-irgc' } },
  { text: "Azerbaijan's defence ministry said 2 servicemen were wounded by sniper fire.", origin: { kind: 'military', country: 'AZ', id: 'az-mod' } },
  { text: 'The Shin Bet said 11 suspects were detained overnight.', origin: { kind: 'intelligence', country: 'IL', id: 'il-shin-bet' } },
  { text: 'The FSB said 6 saboteurs were detained in the region.', origin: { kind: 'intelligence', country: 'RU', id: 'ru-fsb' } },
  // Non-state armed groups: no country; de facto authorities: their territory
  { text: 'Hezbollah said 5 of its fighters were killed in the strikes.', origin: { kind: 'military', country: null, id: 'lb-hezbollah' } },
  { text: 'Al-Shabab claimed that 40 soldiers were killed in the raid on the base.', origin: { kind: 'military', country: null, id: 'so-al-shabab' } },
  { text: 'The Arakan Army said it had captured 150 junta soldiers.', origin: { kind: 'military', country: null, id: 'mm-arakan-army' } },
  { text: 'The Pakistani Taliban said 9 of its fighters were killed.', origin: { kind: 'military', country: null, id: 'pk-ttp' } },
  { text: 'Gaza Civil Defence said 22 bodies were recovered from the rubble.', origin: { kind: 'government', country: 'PS', id: 'ps-gaza-civil-defence' } },
  { text: "Lebanon's health ministry said 31 people were killed in the strikes.", origin: { kind: 'government', country: 'LB', id: 'lb-moh' } },
  // Media: their country
  { text: 'Xinhua reported that 16 people were killed in the landslide.', origin: { kind: 'media', country: 'CN', id: 'cn-xinhua' } },
  { text: 'At least 50 soldiers were killed, according to Anadolu Agency.', origin: { kind: 'media', country: 'TR', id: 'tr-anadolu' } },
  { text: 'According to Tasnim, 8 border guards were killed.', origin: { kind: 'media', country: 'IR', id: 'ir-tasnim' } },
  { text: 'Some 400 soldiers were wounded in the offensive, Ukrainska Pravda reported.', origin: { kind: 'media', country: 'UA', id: 'ua-pravda' } },
  // People by name
  { text: 'Pete Hegseth said 1,500 troops had been deployed to the border.', origin: { kind: 'military', country: 'US', id: 'us-hegseth' } },
  { text: 'Emmanuel Macron said 2,000 French soldiers had been deployed.', origin: { kind: 'government', country: 'FR', id: 'fr-macron' } },
  { text: 'Volker Türk said 170 civilians were killed in the month.', origin: { kind: 'international', country: null, id: 'un-turk' } },
  // Chains: the gazetteer types both links
  { text: 'Speaking to Al Arabiya, a Sudanese army spokesman said 60 fighters were captured.', speaker: { kind: 'media', country: 'SA', id: 'sa-al-arabiya' }, origin: { kind: 'military', country: 'SD', id: 'sd-saf' } },
  { text: 'Citing the Israeli military, Haaretz said 9 soldiers were wounded.', speaker: { kind: 'media', country: 'IL', id: 'il-haaretz' }, origin: { kind: 'military', country: 'IL', id: 'il-idf' } },
  // Exact aliases: an agency written in capitals, never the same letters as a name or a word
  { text: 'SANA said 12 soldiers were killed in the ambush.', origin: { kind: 'media', country: 'SY', id: 'sy-sana' } },
  { text: 'WAFA reported that 9 Palestinians were killed in the raid.', origin: { kind: 'media', country: 'PS', id: 'ps-wafa' } },
];

function link(l: { kind: string; country: string | null; id?: string }): Link {
  return { kind: l.kind, country: l.country, ...(l.id ? { id: l.id } : {}) };
}

describe('gazetteer: sources that conflict reporting cites', () => {
  test.each(ROWS)('$text', (row) => {
    const { claims } = extract({ text: row.text, published: PUBLISHED });
    expect(claims).toHaveLength(1);
    const source = claims[0]!.source;
    expect(source.length).toBeGreaterThan(0);
    expect(link(source[source.length - 1]!)).toEqual(row.origin);
    if (row.speaker) {
      expect(source.length).toBeGreaterThan(1);
      expect(link(source[0]!)).toEqual(row.speaker);
    }
  });
});

describe('gazetteer data', () => {
  const entries = z.array(InstitutionSchema).parse(builtin);

  test('every id is unique', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('no name or alias names two institutions', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const alias of [e.name, ...e.aliases]) {
        // As the gazetteer keys it: tokens folded, a leading "the" also dropped.
        const keys = [alias, ...(/^the /i.test(alias) ? [alias.slice(4)] : [])].map((a) => tokenize(a).map((t) => fold(t.text)).join(' '));
        for (const key of keys) {
          const other = owner.get(key);
          if (other !== undefined && other !== e.id) clashes.push(`${key}: ${other} / ${e.id}`);
          owner.set(key, e.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('short aliases are written in capitals (the gazetteer only matches them so)', () => {
    const lower = entries.flatMap((e) => e.aliases.filter((a) => /^[\p{L}]{1,3}$/u.test(a) && a !== a.toUpperCase()).map((a) => `${e.id}: ${a}`));
    expect(lower).toEqual([]);
  });

  test('an exact alias names its institution only as written', () => {
    const named = extract({ text: 'Sana Ahmed said 12 soldiers were killed in the ambush.', published: PUBLISHED });
    expect(named.claims[0]!.source.map((l) => l.id ?? null)).toEqual([null]);
  });

  test('generic words alone name no institution', () => {
    for (const generic of ['Health Ministry', 'the army', 'the ministry', 'police', 'the agency', 'the military', 'defence ministry', 'state media', 'rebels', 'the government']) {
      expect(defaultGazetteer.lookup(generic), generic).toBeNull();
    }
  });

  test('every person is a government, military, intelligence or international figure', () => {
    const odd = entries.filter((e) => e.person && !['government', 'military', 'intelligence', 'international', 'media'].includes(e.kind)).map((e) => e.id);
    expect(odd).toEqual([]);
  });
});
