/**
 * Metric cues: the words that say what happened to the people counted. Kept as data; the frame
 * stage matches them around a figure. Keys are lower-case word sequences (longest match wins).
 */
import type { Metric } from '../../core/claim.ts';

/**
 * Forces present or brought in: "1,000 Kenyan police officers are in the country", "troops have been called in",
 * "1,200 soldiers and police have been posted", "800 Marines had been brought in". They deploy forces only (frame.ts
 * keeps them for soldiers and police: civilians who serve, move or assemble deploy no one; "posted" alone is what
 * people do online).
 */
export const PRESENCE_CUE_PHRASES: readonly string[] = ['are in the country', 'were in the country', 'are in the region', 'called in', 'serve with', 'serve in',
  'are serving with', 'are serving in', 'moved to', 'moved into', 'assembled', 'shipped to', 'on the ground',
  'been posted', 'posted to', 'posted in', 'posted along', 'inducted', 'brought in', 'stayed on',
  // "4,000 Ugandan soldiers are taking part in the operation", "1,000 personnel took part".
  'taking part in', 'took part in', 'take part in', 'are participating in', 'participated in', 'work alongside'];

/** Verbs and participles that follow the counted noun phrase: "600 troops have been killed". */
export const CUES_AFTER: Record<string, Metric> = {
  // Communiqué and bulletin usage: "were liquidated", "were located without life", "remain out of contact", "have taken shelter",
  // "have been taken into custody".
  'liquidated': 'killed', 'were liquidated': 'killed', 'found without life': 'killed', 'located without life': 'killed', 'found lifeless': 'killed',
  'out of contact': 'missing', 'remain out of contact': 'missing', 'remained out of contact': 'missing',
  'taken shelter': 'displaced', 'have taken shelter': 'displaced', 'took shelter': 'displaced',
  'taken into custody': 'detained', 'been taken into custody': 'detained',
  'rounded up': 'detained', 'been rounded up': 'detained',
  // Sheltered away from home: "121,480 people were being housed at 612 relief centres" (frame.ts keeps it from forces and
  // captives: "troops are housed in the base", "500 prisoners were being housed in the gymnasium").
  'being housed at': 'displaced', 'being housed in': 'displaced',
  // "bringing to 62 the number of U.N. personnel it is holding": a relative clause of holding, its subject a pronoun.
  'it is holding': 'captured', 'it is still holding': 'captured', 'they are holding': 'captured', 'they are still holding': 'captured', 'it holds': 'captured', 'they hold': 'captured',
  'taken captive': 'captured', 'been taken captive': 'captured', 'were taken captive': 'captured',
  'registered at shelters': 'displaced', 'registered in shelters': 'displaced', 'registered at evacuation centres': 'displaced', 'registered at evacuation centers': 'displaced',
  'killed': 'killed', 'died': 'killed', 'dead': 'killed', 'shot dead': 'killed', 'executed': 'killed',
  // "five people are deceased", "one was confirmed dead", "two people had been found dead", "ascended as martyrs".
  'are deceased': 'killed', 'were deceased': 'killed', 'confirmed dead': 'killed', 'found dead': 'killed', 'been found dead': 'killed',
  'ascended as martyrs': 'killed',
  // "550 journalists were in prison", "34 officers were assigned to the event", "60,000 people had to leave their homes".
  'in prison': 'detained', 'in jail': 'detained', 'were assigned to': 'deployed', 'are assigned to': 'deployed',
  'had to leave their homes': 'displaced', 'had to flee': 'displaced', 'had to flee their homes': 'displaced',
  // Taken, then killed: the count is of the dead. "Trampled to death", "fatally stabbed".
  'abducted and killed': 'killed', 'kidnapped and killed': 'killed', 'abducted and murdered': 'killed', 'kidnapped and murdered': 'killed',
  'captured and killed': 'killed', 'captured and executed': 'killed', 'abducted and executed': 'killed', 'arrested and executed': 'killed',
  'trampled to death': 'killed', 'crushed to death': 'killed', 'fatally stabbed': 'killed', 'fatally shot': 'killed', 'fatally wounded': 'killed',
  'summarily executed': 'killed', 'perished': 'killed', 'slain': 'killed', 'murdered': 'killed',
  'hacked to death': 'killed', 'beaten to death': 'killed', 'stabbed to death': 'killed', 'burned to death': 'killed',
  'burnt to death': 'killed', 'shot to death': 'killed', 'burned alive': 'killed', 'gunned down': 'killed',
  'massacred': 'killed', 'beheaded': 'killed', 'lynched': 'killed', 'hanged': 'killed',
  'lost their lives': 'killed', 'lost his life': 'killed', 'lost her life': 'killed', 'were among the dead': 'killed', 'among the dead': 'killed',
  // Died later of wounds: "two more succumbed to their injuries".
  'dying': 'killed', 'dying in custody': 'killed', 'died in custody': 'killed',
  'been expelled': 'displaced', 'were expelled': 'displaced', 'expelled': 'displaced',
  // Sheltered by others: "Thousands more are living in host villages", "staying with host families".
  'living in host villages': 'displaced', 'living in host communities': 'displaced', 'living with host families': 'displaced', 'staying with host families': 'displaced', 'with host families': 'displaced', 'in host communities': 'displaced',
  // Held by a state: "now in Sri Lankan custody", "remain in police custody"; escaped and caught again.
  'custody': 'detained', 'recaptured': 'detained', 'been recaptured': 'detained', 'last seen': 'missing', 'were last seen': 'missing',
  'succumbed': 'killed', 'succumbed to their injuries': 'killed', 'succumbed to their wounds': 'killed', 'succumbed to injuries': 'killed',
  // South Asian military and press usage: "embraced martyrdom", "were martyred", "sent to hell".
  'drowned': 'killed', 'have drowned': 'killed',
  'paid the supreme price': 'killed', 'paid the ultimate price': 'killed', 'made the ultimate sacrifice': 'killed',
  'whose whereabouts are unknown': 'missing', 'whereabouts are unknown': 'missing', 'whereabouts remain unknown': 'missing',
  // Moved out of harm's way (decision 3: deported and left without shelter are displaced too).
  'relocated': 'displaced', 'shifted to safer places': 'displaced', 'shifted to relief camps': 'displaced',
  'shifted to safer areas': 'displaced', 'moved to safer places': 'displaced', 'moved to safety': 'displaced',
  'in evacuation centers': 'displaced', 'in evacuation centres': 'displaced', 'inside evacuation centers': 'displaced', 'inside evacuation centres': 'displaced', 'in relief camps': 'displaced', 'in displacement camps': 'displaced',
  'have already left': 'displaced', 'already left': 'displaced',
  // Without a roof since they fled: "some 35,000 people were sleeping in the open".
  'sleeping in the open': 'displaced', 'sleeping outdoors': 'displaced', 'sleeping rough': 'displaced', 'sleeping in the open air': 'displaced', 'living in tents': 'displaced', 'living in makeshift camps': 'displaced',
  // Sheltered away from home: "21,306 people were sheltering in 142 safety centres", "8,940 in safety centres".
  // Staying or sleeping in a place of refuge: "38,900 people were still staying in 402 evacuation centers", "up to 400
  // people were sleeping in the church compound" (frame.ts asks for the place of refuge after the verb).
  'staying in': 'displaced', 'staying at': 'displaced', 'sleeping in': 'displaced', 'sleeping at': 'displaced',
  'sheltering in': 'displaced', 'sheltering at': 'displaced', 'in safety centres': 'displaced', 'in safety centers': 'displaced', 'in official shelters': 'displaced',
  'in temporary shelters': 'displaced', 'in emergency shelters': 'displaced', 'in shelters': 'displaced', 'in relief centres': 'displaced', 'in relief centers': 'displaced',
  'for injuries': 'wounded', 'for wounds': 'wounded', 'for gunshot wounds': 'wounded', 'for shrapnel wounds': 'wounded',
  'for gunshot and shrapnel wounds': 'wounded', 'for shrapnel and gunshot wounds': 'wounded', 'for bullet wounds': 'wounded', 'for blast injuries': 'wounded', 'for burns': 'wounded',
  // Sheltered away from home: "about 1,600 civilians seeking protection at the base", "3,100 people are staying in sites".
  'seeking protection': 'displaced', 'seeking refuge': 'displaced', 'seeking shelter': 'displaced',
  'staying in camps': 'displaced', 'staying in sites': 'displaced', 'staying in shelters': 'displaced', 'staying in relief camps': 'displaced', 'staying in displacement sites': 'displaced', 'staying in overcrowded sites': 'displaced', 'staying in evacuation centres': 'displaced', 'staying in evacuation centers': 'displaced',
  'living in camps': 'displaced', 'living in displacement camps': 'displaced', 'living in displacement sites': 'displaced', 'living in relief camps': 'displaced',
  'in russian captivity': 'captured', 'in ukrainian captivity': 'captured', 'remain in captivity': 'captured',   'returned from captivity': 'captured', 'returned from russian captivity': 'captured', 'returned from ukrainian captivity': 'captured', 'freed from captivity': 'captured',
  'returned home from captivity': 'captured', 'returned home from russian captivity': 'captured', 'returned home from ukrainian captivity': 'captured',
  'have returned home from russian captivity': 'captured', 'have returned home from ukrainian captivity': 'captured', 'came home from captivity': 'captured',
  'currently held': 'captured', 'now held': 'captured', 'held in': 'captured',
    'to safer places': 'displaced', 'to safer areas': 'displaced', 'to relief camps': 'displaced',   'to seek refuge': 'displaced', 'seek refuge': 'displaced', 'forcibly returned': 'displaced', 'homeless': 'displaced',
  // Held as a state: by an adversary (captured) or by a state's prisons (detained).
  'are held': 'captured', 'were held': 'captured', 'being held': 'captured', 'are being held': 'captured', 'remain held': 'captured', 'still held': 'captured',
  'held as prisoners': 'captured', 'held prisoner': 'captured', 'held captive in': 'captured',
  'held under': 'detained', 'were held under': 'detained', 'are held under': 'detained', 'were returned home': 'captured',   'held in prisons': 'detained', 'held in prison': 'detained', 'held without charge': 'detained',
  'under administrative detention': 'detained', 'in administrative detention': 'detained',
  'martyred': 'killed', 'embraced martyrdom': 'killed', 'embraced shahadat': 'killed', 'sent to hell': 'killed', 'neutralised': 'killed', 'neutralized': 'killed',
  'wounded': 'wounded', 'injured': 'wounded', 'hurt': 'wounded', 'with serious injuries': 'wounded',
  'hospitalised': 'wounded', 'hospitalized': 'wounded', 'treated for injuries': 'wounded', 'treated for wounds': 'wounded',
  'treated for minor injuries': 'wounded', 'treated for serious injuries': 'wounded', 'treated for burns': 'wounded', 'treated for gunshot wounds': 'wounded',
  // Not found yet: "six workers have still not been located".
  'not been located': 'missing', 'not yet been located': 'missing', 'not been found': 'missing', 'not yet been found': 'missing',
  'admitted to hospital': 'wounded', 'taken to hospital': 'wounded', 'rushed to hospital': 'wounded', 'taken to hospitals': 'wounded',
  'with injuries': 'wounded',
  'in serious condition': 'wounded', 'in a serious condition': 'wounded', 'in critical condition': 'wounded', 'in a critical condition': 'wounded',
  'had visible injuries': 'wounded', 'had injuries': 'wounded', 'remained in hospital': 'wounded', 'remain hospitalised': 'wounded',
  'remained hospitalised': 'wounded', 'remain hospitalized': 'wounded', 'remained hospitalized': 'wounded',
  // Hurt or killed by mines and the like: "361 people have fallen victim to landmines".
  'fallen victim to': 'casualties', 'fell victim to': 'casualties',
  'rearrested': 'detained', 're-arrested': 'detained', 'been rearrested': 'detained',
  // Driven out: "drove some 29,000 from their homes", "forced from their villages".
  'from their homes': 'displaced', 'from their villages': 'displaced',
  'are now in the region': 'deployed', 'are now in the country': 'deployed', 'now in the region': 'deployed',
  // "24 patients with gunshot wounds were admitted", "treated 16 people with gunshot wounds".
  'with gunshot wounds': 'wounded', 'with gunshot injuries': 'wounded', 'with bullet wounds': 'wounded', 'with shrapnel wounds': 'wounded',
  'with wounds': 'wounded', 'with burns': 'wounded', 'with serious wounds': 'wounded',
  // "Eight soldiers fell in combat": a soldier's death in the language of his own side.
  'buried alive': 'killed', 'been buried alive': 'killed', 'been buried': 'killed', 'were buried': 'killed',
  'being flown in': 'deployed', 'were flown in': 'deployed', 'already on the ground': 'deployed',
  'fell in combat': 'killed', 'fell in battle': 'killed', 'fell in action': 'killed', 'killed in action': 'killed',
  // Carried off by water or earth: missing until found.
  'been swept away': 'missing', 'were swept away': 'missing', 'was swept away': 'missing', 'remain unlocated': 'missing', 'unlocated': 'missing',
  // "310,000 people have crossed from Lebanon into Syria": people crossing a border flee.
  'crossed from': 'displaced', 'have crossed from': 'displaced', 'have crossed the border': 'displaced',
  // "15 others sustained injuries", "three policemen suffered gunshot wounds".
  'sustained injuries': 'wounded', 'sustained wounds': 'wounded', 'sustained gunshot wounds': 'wounded', 'sustained a gunshot wound': 'wounded', 'sustained a gunshot injury': 'wounded', 'sustained gunshot injuries': 'wounded', 'sustained an injury': 'wounded', 'sustained a bullet wound': 'wounded', 'sustained serious injuries': 'wounded',
  'sustained minor injuries': 'wounded', 'sustained severe injuries': 'wounded', 'suffered injuries': 'wounded', 'suffered wounds': 'wounded',
  'suffered gunshot wounds': 'wounded', 'suffered serious injuries': 'wounded', 'suffered minor injuries': 'wounded', 'suffered severe injuries': 'wounded',
  // Treated for their wounds: "47 others were being treated at hospitals", "12 are receiving treatment".
  'being treated in hospital': 'wounded', 'being treated at hospital': 'wounded', 'being treated at hospitals': 'wounded',
  'being treated in hospitals': 'wounded', 'treated in hospital': 'wounded', 'treated at hospital': 'wounded',
  'being treated for injuries': 'wounded', 'being treated for wounds': 'wounded', 'receiving treatment': 'wounded',
  'receiving medical treatment': 'wounded', 'remain in hospital': 'wounded', 'still in hospital': 'wounded',
  'killed or wounded': 'casualties', 'killed and wounded': 'casualties', 'killed or injured': 'casualties',
  'killed and injured': 'casualties', 'dead or wounded': 'casualties', 'dead and wounded': 'casualties',
  'killed or badly wounded': 'casualties', 'killed or seriously wounded': 'casualties', 'killed or maimed': 'casualties', 'killed and maimed': 'casualties',
  'dead and injured': 'casualties', 'casualties': 'casualties', 'battle casualties': 'casualties',
  'captured': 'captured', 'taken prisoner': 'captured', 'abducted': 'captured', 'kidnapped': 'captured',
  'taken hostage': 'captured', 'held hostage': 'captured', 'in captivity': 'captured', 'held captive': 'captured',
  'freed': 'captured', 'released': 'captured', 'swapped': 'captured', 'exchanged': 'captured',
  // Back from captivity in an exchange ("185 servicemen had been returned", "returned home"): only in a story of an
  // exchange of prisoners (frame.ts); refugees returning home are counted by no metric.
  'returned home': 'captured', 'were returned': 'captured', 'been returned': 'captured', 'came home': 'captured', 'brought home': 'captured',
  // Fighters who give themselves up are taken prisoner.
  'surrendered': 'captured', 'laid down their arms': 'captured', 'gave themselves up': 'captured',
  'missing': 'missing', 'gone missing': 'missing', 'unaccounted for': 'missing', 'disappeared': 'missing',
  'not been accounted for': 'missing', 'not yet been accounted for': 'missing', 'yet to be accounted for': 'missing', 'not accounted for': 'missing',
  // Dead and missing counted together are missing, as "missing or in captivity" is (dev decision): no one count of the dead.
  'died or went missing': 'missing', 'died or gone missing': 'missing', 'died or disappeared': 'missing', 'dead or missing': 'missing',
  'killed or missing': 'missing', 'killed or went missing': 'missing', 'missing or dead': 'missing', 'missing or killed': 'missing',
  'missing or presumed dead': 'missing', 'dead or disappeared': 'missing',
  'missing in action': 'missing', 'still unaccounted for': 'missing',
  'deployed': 'deployed', 'sent': 'deployed', 'dispatched': 'deployed', 'stationed': 'deployed', 'rotating through': 'deployed', 'rotating in': 'deployed',
  'based in': 'deployed', 'stationed in': 'deployed', 'serving in': 'deployed', 'serving with': 'deployed', 'redeployed': 'deployed',
  // Present, posted, brought in (PRESENCE_CUE_PHRASES, above: forces only).
  ...Object.fromEntries(PRESENCE_CUE_PHRASES.map((cue) => [cue, 'deployed' as const])),
  'redeployed to': 'deployed', 'operating': 'deployed', 'massed': 'deployed', 'fighting': 'deployed',
  // "About 20,000 soldiers had been mobilised": called up and sent out (passive only: "volunteers mobilised to
  // collect food" organised themselves).
  'been mobilised': 'deployed', 'been mobilized': 'deployed', 'were mobilised': 'deployed', 'were mobilized': 'deployed',
  'displaced': 'displaced', 'fled': 'displaced', 'flee': 'displaced', 'fleeing': 'displaced',
  'evacuated': 'displaced', 'deported': 'displaced', 'crossed into': 'displaced', 'have crossed into': 'displaced',
  'forced from their homes': 'displaced', 'driven from their homes': 'displaced', 'uprooted': 'displaced',
  'forced to leave their homes': 'displaced', 'forced to flee': 'displaced', 'fled their homes': 'displaced',
  'left their homes': 'displaced', 'forced to leave': 'displaced', 'lost their homes': 'displaced',
  'left the city': 'displaced', 'left the town': 'displaced', 'left the area': 'displaced', 'left the region': 'displaced',
  'left the country': 'displaced', 'have left': 'displaced', 'had left': 'displaced', 'crossed the border': 'displaced', 'sought refuge': 'displaced', 'taken refuge': 'displaced',
  'took refuge': 'displaced', 'sought shelter': 'displaced',
  // Movement of people away from danger; troops that move are deployed (see MOVEMENT_CUES).
  'walked to': 'displaced', 'have walked to': 'displaced', 'arrived in': 'displaced', 'have arrived in': 'displaced',
  'made their way to': 'displaced',
  'internally displaced': 'displaced',
  // Refugees by what they have become: "2.5mn Sudanese are now refugees".
  'are refugees': 'displaced', 'are now refugees': 'displaced', 'became refugees': 'displaced', 'have become refugees': 'displaced',
  'were refugees': 'displaced', 'living as refugees': 'displaced', 'registered as refugees': 'displaced',
  'left without shelter': 'displaced', 'made homeless': 'displaced',
  'forced to move': 'displaced', 'forced to move again': 'displaced', 'forced out of': 'displaced', 'forced out': 'displaced', 'driven out of': 'displaced',
  // Enforced disappearance: the people are missing (dev decision: "whereabouts unknown" is missing).
  'subjected to enforced disappearance': 'missing', 'subjected to enforced or involuntary disappearance': 'missing', 'forcibly disappeared': 'missing', 'victims of enforced disappearance': 'missing',
  'staying in temporary accommodation': 'displaced', 'in temporary accommodation': 'displaced',
  'arrested': 'detained', 'detained': 'detained', 'jailed': 'detained', 'imprisoned': 'detained',
  // "1,284 irregular migrants had been apprehended" ("picked up" is as often a rescue at sea as an arrest).
  'apprehended': 'detained', 'been apprehended': 'detained',
  'in custody': 'detained', 'in detention': 'detained', 'behind bars': 'detained', 'serving sentences': 'detained',
  'in pre-trial detention': 'detained', 'in pretrial detention': 'detained', 'serving prison sentences': 'detained', 'serving prison terms': 'detained',
  // Taken away by the attackers: "15 crew members were taken from the vessel".
  'taken from': 'captured', 'were taken from': 'captured', 'taken away': 'captured', 'were taken away': 'captured',
  'remain in custody': 'detained',
  // Only a state pardons: the people were its prisoners (decision 3).
  'pardoned': 'detained', 'amnestied': 'detained',
};

/** Verbs and nouns that precede the figure and govern it: "killing at least 12", "a death toll of 85". */
export const CUES_BEFORE: Record<string, Metric> = {
  // "has put out of action 412 members of the group": killed or wounded, as military communiqués count losses.
  'put out of action': 'casualties', 'putting out of action': 'casualties', 'liquidated': 'killed', 'liquidating': 'killed',
  'killing': 'killed', 'killed': 'killed', 'kill': 'killed', 'kills': 'killed', 'death toll of': 'killed',
  'death toll at': 'killed', 'death toll to': 'killed', 'toll of': 'killed', 'toll at': 'killed',
  'toll to': 'killed', 'deaths of': 'killed', 'the death of': 'killed', 'documented the death of': 'killed', 'lives of': 'killed', 'claimed the lives of': 'killed',
  'bodies of': 'killed', 'remains of': 'killed', 'remains belonging to': 'killed', 'bodies belonging to': 'killed', 'human remains belonging to': 'killed', 'executed': 'killed', 'shot dead': 'killed',
  'the loss of': 'killed', 'murdered': 'killed', 'murdering': 'killed', 'massacring': 'killed', 'slaughtered': 'killed', 'slaughtering': 'killed',
  'pardoned': 'detained', 'pardoning': 'detained', 'amnestied': 'detained',
  'wounding': 'wounded', 'wounded': 'wounded', 'injuring': 'wounded', 'injured': 'wounded',
  'lost': 'casualties', 'losing': 'casualties', 'loses': 'casualties', 'losses of': 'casualties', 'casualties of': 'casualties',
  'captured': 'captured', 'capturing': 'captured', 'captures': 'captured', 'capture': 'captured',
  'taken': 'captured', 'took': 'captured', 'taking': 'captured', 'seized': 'captured', 'seizing': 'captured',
  'abducted': 'captured', 'abducting': 'captured', 'kidnapped': 'captured', 'holding': 'captured',
  'return of': 'captured', 'release of': 'captured', 'exchange of': 'captured', 'handed over': 'captured',
  'returned': 'captured', 'freed': 'captured', 'freeing': 'captured', 'free': 'captured', 'frees': 'captured',
  'released': 'captured', 'releasing': 'captured', 'releases': 'captured', 'swapped': 'captured',
  'contact had been lost with': 'missing', 'contact was lost with': 'missing', 'lost contact with': 'missing', 'contact has been lost with': 'missing',
  'whereabouts of': 'missing',
  'deployed': 'deployed', 'deploying': 'deployed', 'deployment of': 'deployed', 'total deployment of': 'deployed',
  // Called up and sent out: "mobilised 5,000 reservists".
  'mobilised': 'deployed', 'mobilized': 'deployed', 'mobilising': 'deployed', 'mobilizing': 'deployed',
  // Forces gathered: "has concentrated about 110,000 troops", "massed 50,000 soldiers".
  'concentrated': 'deployed', 'concentrating': 'deployed', 'massed': 'deployed', 'massing': 'deployed', 'amassed': 'deployed', 'amassing': 'deployed',
  'expelled': 'displaced', 'expelling': 'displaced',
  'sent': 'deployed', 'sending': 'deployed', 'dispatched': 'deployed', 'dispatching': 'deployed',
  // Forces cycled through a front: "has rotated some 16,000 combat troops through the Kursk region".
  'rotated': 'deployed', 'rotating': 'deployed',
  'moved': 'deployed', 'stationed': 'deployed', 'has': 'deployed', 'contingent of': 'deployed', 'force of': 'deployed',
  'displacing': 'displaced', 'displaced': 'displaced', 'forced': 'displaced', 'driven': 'displaced',
  'driving': 'displaced', 'forcing': 'displaced', 'uprooted': 'displaced', 'evacuated': 'displaced',
  'deported': 'displaced', 'deporting': 'displaced',
  'deported or transferred': 'displaced', 'transferred or deported': 'displaced', 'forcibly transferred': 'displaced',
  'evacuation of': 'displaced', 'forced the evacuation of': 'displaced', 'relocated': 'displaced', 'relocating': 'displaced',
  'beheaded': 'killed', 'beheading': 'killed', 'massacred': 'killed', 'executing': 'killed',
  'eliminated': 'killed', 'eliminating': 'killed', 'killing of': 'killed', 'killings of': 'killed', 'execution of': 'killed', 'executions of': 'killed', 'massacre of': 'killed', 'murder of': 'killed', 'murders of': 'killed',
  // Who buries counts the dead: "We buried 15 people this morning".
  'buried': 'killed', 'burying': 'killed', 'buried the bodies of': 'killed', 'bury': 'killed', 'helped bury': 'killed',
  // Both, as one count: "killed or injured 5,757 people" (annotation decision: casualties).
  'killed or injured': 'casualties', 'killed or wounded': 'casualties', 'killed and injured': 'casualties', 'killed and wounded': 'casualties', 'killed or maimed': 'casualties', 'killed and maimed': 'casualties',
  'flown in': 'deployed', 'airlifted in': 'deployed',
  'redeployed': 'deployed', 'redeploying': 'deployed',
  'rounded up': 'detained', 'rounding up': 'detained', 'apprehended': 'detained', 'apprehending': 'detained',   'neutralised': 'killed', 'neutralized': 'killed', 'neutralising': 'killed', 'neutralizing': 'killed',
  're-arrested': 'detained', 'rearrested': 'detained', 'held': 'captured', 'release and transfer of': 'captured', 'transfer of': 'captured',
  'holds': 'captured', 'still holds': 'captured',
  // Nouns of what was done to the people counted, as "the killing of": "the abduction of more than 120 people".
  'abduction of': 'captured', 'abductions of': 'captured', 'kidnapping of': 'captured', 'kidnappings of': 'captured',
  'arrest of': 'detained', 'arrests of': 'detained', 'detention of': 'detained', 'wounding of': 'wounded', 'displacement of': 'displaced',
  'arrested': 'detained', 'arresting': 'detained', 'detained': 'detained', 'detaining': 'detained',
  'caught': 'detained', 'recaptured': 'detained', 'handed back': 'captured', 'handing over': 'captured', 'hands over': 'captured', 'hand over': 'captured',
  'jailed': 'detained', 'imprisoned': 'detained',
};

/**
 * Nouns that name the counted people by what happened to them: "4,700 casualties", "251 hostages".
 * They are both the subject's head and the metric cue.
 */
export const CUE_NOUNS: Record<string, Metric> = {
  'casualties': 'casualties', 'battle casualties': 'casualties', 'losses': 'casualties',
  'dead': 'killed', 'deaths': 'killed', 'killings': 'killed', 'murders': 'killed', 'homicides': 'killed', 'fatalities': 'killed', 'bodies': 'killed', 'victims': 'killed',
  'corpses': 'killed', 'deceased': 'killed', 'lives': 'killed', 'martyrs': 'killed', 'martyr': 'killed',
  'injured': 'wounded', 'wounded': 'wounded', 'injuries': 'wounded',
  'prisoners': 'captured', 'prisoners of war': 'captured', 'pows': 'captured', 'captives': 'captured',
  'hostages': 'captured', 'abductees': 'captured',
  'missing': 'missing',
  'refugees': 'displaced', 'displaced': 'displaced', 'displaced people': 'displaced',
  'evacuees': 'displaced', 'internally displaced people': 'displaced', 'displaced persons': 'displaced', 'deportees': 'displaced',
  'internally displaced persons': 'displaced', 'idps': 'displaced',
  'detainees': 'detained', 'political prisoners': 'detained', 'prisoners and detainees': 'detained',
  // An arrest is a person arrested: "Police made 17 arrests", "documented 532 arrests".
  'arrests': 'detained', 'detentions': 'detained',
  // An execution is a person put to death: "recorded at least 187 executions".
  'executions': 'killed',
  // Victims of what is named before them: "four other kidnap victims" are held, "gunshot victims" wounded.
  'kidnap victims': 'captured', 'kidnapped victims': 'captured', 'abducted victims': 'captured', 'kidnapping victims': 'captured', 'abduction victims': 'captured', 'gunshot victims': 'wounded',
  // A force sent somewhere: "whose contingent numbers 1,960", "a contingent of 500".
  'contingent': 'deployed',
};

/** In "X killed or wounded", the second cue that makes the pair a casualty count. */
export const CASUALTY_PAIRS: Array<[Metric, Metric]> = [['killed', 'wounded']];

/**
 * Words after which a figure is not a count of the eight metrics, even next to a cue
 * (rates, forecasts, plans): annotation decision 2.
 */
export const FORECAST_BEFORE = ['would', 'will', 'ordered the execution of', 'sentenced to death', 'authorises a', 'authorizes a', 'authorised a', 'authorized a', 'authorising a', 'authorizing a', 'authorised the deployment of', 'authorized the deployment of', 'could rise to', 'could reach', 'might reach', 'could exceed', 'may exceed', 'likely exceed', 'expected to', 'preparing to', 'plans to', 'planning to',
  // An aim: "aimed to raise that number to 10,000".
  'to raise', 'to increase', 'aims to', 'aimed to', 'aiming to', 'to dispatch', 'to send', 'may reach',
  // A force to be fielded: "authorized in 2025 to field as many as 5,550 personnel", "agreed to deploy 1,000 troops".
  'to field', 'to deploy',
  // An evacuation ordered is one still to happen: "announced the mandatory evacuation of 300 children".
  'ordered the evacuation of', 'ordered the mandatory evacuation of', 'announced the evacuation of', 'announced the mandatory evacuation of', 'ordered the evacuation',
  // A capacity is no count: "has funding to feed only 460,000 refugees", "camps built to house 40,000".
  'to feed', 'to house', 'to shelter', 'to accommodate'];
/** Words after a figure (and its noun) that make it a plan: "5,000 soldiers were sent, with another 2,500 to follow". */
export const FORECAST_AFTER = ['to follow', 'to come', 'to be deployed', 'to be sent', 'to be dispatched', 'due to arrive', 'expected to arrive'];
/** Movement cues that, said of troops, tell of a withdrawal, not of people displaced ("1,500 French soldiers left the country"). */
export const LEAVING_CUES: ReadonlySet<string> = new Set(['left the country', 'left the city', 'left the town', 'left the area', 'left the region', 'have left', 'had left']);
export const RATE_AFTER = ['per day', 'a day', 'each day', 'every day', 'every single day', 'per week', 'a week', 'each week', 'every week', 'per month', 'a month', 'every month', 'every year', 'a year', 'per year', 'each year'];

/** Cues of movement: displacement for civilians, deployment for troops ("1,000 troops arrived in Kursk"). */
export const MOVEMENT_CUES: ReadonlySet<string> = new Set(['walked to', 'have walked to', 'arrived in', 'have arrived in', 'made their way to']);

export const DETAINING_WORDS: ReadonlySet<string> = new Set(['detained', 'detaining', 'arrested', 'arresting', 'detention', 'detentions', 'arrests']);
