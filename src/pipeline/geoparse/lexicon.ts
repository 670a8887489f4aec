/**
 * Small word lists the recogniser uses as context evidence. Written for this project (folded forms: lower case,
 * no diacritics). They are deliberately short: each list names a kind of evidence, not every member of it.
 */

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words before a name that make it a person: honorifics, offices, ranks. */
export const TITLES = set(`
  mr mrs ms miss mx dr sir dame lord lady president presidents pres vice minister ministers secretary gen general
  gov governor sen senator rep representative congressman congresswoman mayor king queen prince princess crown sheikh
  sheik emir amir ayatollah imam mullah pope cardinal bishop archbishop rabbi pastor reverend rev father brother sister
  judge justice chief commander cmdr col colonel lt lieutenant maj major capt captain sgt sergeant cpl corporal pvt
  private adm admiral brig brigadier marshal ambassador envoy spokesman spokeswoman spokesperson professor prof
  chancellor premier councillor councilor councilman councilwoman alderman sheriff deputy constable detective inspector
  superintendent officer coach chairman chairwoman chair ceo director dean president-elect premier-elect mp mla mpp
  hon honourable honorable st saint uncle aunt grandmother grandfather mother dad mom mum son daughter wife husband
  leader dictator strongman warlord
`);

/**
 * Office words that may stand right after a place used as a modifier ("Alberta Premier Rachel Notley",
 * "Texas Gov. Greg Abbott"): the place is kept as adjectival, the chunk is not a person name.
 */
export const OFFICE_AFTER_PLACE = set(`
  president premier prime minister gov governor mayor police chief sen senator rep attorney foreign defence defense
  interior finance health education secretary ambassador envoy consul leader leaders officials official authorities
  government state-run state-owned army military navy forces troops police parliament mp mps
`);

/** Given names common in international news, used as person evidence before a capitalised word. */
export const GIVEN_NAMES = set(`
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
  jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
  austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert
  willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene mary patricia jennifer linda
  elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle
  carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela shirley brenda emma
  anna pamela nicole samantha katherine christine helen debra rachel carolyn janet maria catherine heather diane olivia
  julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline
  martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice judy isabella julia grace amber
  denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie hillary barack
  vladimir sergei sergey dmitry dmitri alexei andrei igor boris mikhail nikolai ivan yuri viktor recep tayyip ahmet
  mevlut mehmet mustafa binali bashar hafez ali hassan hussein hossein mohammed muhammad mohammad ahmed ahmad abdullah
  abdel abdul omar umar khaled khalid walid salman faisal hamad tamim hamid mahmoud abu ibrahim youssef yusuf yousef
  hasan haidar haider rami samir nabil fadi bassam kamal jamal karim saad saeed said sayed adel wael tarek tariq anas
  osama nouri nuri haj hajji hadi javad mohsen qassem qasem hamza zaid fahd nawaf majid rashid hamdan jens angela
  francois emmanuel nicolas jean pierre jacques manuel justin stephen theresa boris nicola jeremy shinzo xi li wang zhang
  narendra rahul imran nawaz benazir benjamin bibi avigdor ehud ariel shimon naftali yair staffan ban antonio kofi
  federica catherine laurent frank-walter heiko hans klaus wolfgang jurgen gerhard helmut ursula sigmar steffen
  rex ashton chuck hillary nikki rand ted marco mitch lindsey kellyanne sean reince newt rudy mike tim bernie nancy
  elizabeth kamala joe jill hunter melania ivanka jared eric rachel kathleen kathy danny tommy jimmy bill bob tom dick
  harry sam ben dan ken jim greg doug steve rick nick chris matt pat tony andy alex max leo luke ray ron don jon kim
  lee sue ann jane kate liz meg beth amy mandy cindy lucy sally wendy suleiman sulaiman tom peter john
`);

/** Words that turn a capitalised chunk into an organisation, team, outlet or institution name. */
export const ORG_WORDS = set(`
  observatory front army armies force forces council committee university college school academy institute institution
  group groups organisation organization command ministry department agency party movement brigade brigades battalion
  battalions regiment division corps guard guards militia militias coalition alliance union league association society
  foundation fund bank company corporation corp inc ltd llc plc co news times post press herald tribune journal
  gazette telegraph guardian observer chronicle review magazine tv television radio network channel broadcasting
  police service services authority commission court parliament senate congress assembly government office club fc
  team church cathedral hospital clinic airlines airways airline opposition helmets defence defense rights watch
  international federation board bureau center centre centres centers program programme project initiative conference
  summit forum mission crescent cross nations treaty accord agreement pact declaration charter council's
  oilers flames canucks jets maple leafs canadiens senators raptors blue rangers giants yankees mets dodgers lakers
  warriors patriots eagles cowboys bears packers steelers united city's wanderers rovers athletic
  revolutionary brotherhood hezbollah taliban qaeda reuters ap afp bbc cnn
  museum gallery stadium arena theatre theater hotel prize awards award festival games olympics cup championship
  exchange market stock index tribe clan dynasty regime administration cabinet embassy consulate
  operation campaign offensive war battle revolution uprising spring crisis conflict
  partnership rescue network sectionals championships tournament marathon fair show institute's
`);

/** Generic place words that may follow a name ("Aleppo province", "Deraa city"): they confirm, not veto. */
export const PLACE_CUES_AFTER = set(`
  province provinces governorate governorates city town village villages district districts subdistrict county counties
  region regions state oblast prefecture municipality municipalities neighbourhood neighborhood neighbourhoods
  neighborhoods quarter suburb suburbs area areas countryside crossing camp camps border borders valley river mountains
  mountain island islands peninsula coast desert plain plains lake bay gulf strait sea airport airbase base port harbour
  harbor square street road highway district's metropolitan metro township parish borough territory territories
  outskirts
`);

export const ADMIN_CUES = set('province provinces governorate governorates county counties parish parishes state oblast prefecture region district districts subdistrict territory');
export const CITY_CUES = set('city town village suburb neighbourhood neighborhood quarter municipality township borough');

/** Words before a name that say "this is a location": prepositions of place and motion, "town of". */
export const LOCATIVE_BEFORE = set(`
  in into at near from to toward towards outside inside across around through throughout via between within beyond
  along off over under north south east west northeast northwest southeast southwest northern southern eastern western
  central of
`);

/** Speech and decision verbs: "Moscow said", "Ankara rejected" make the name stand for a government. */
export const METONYMY_VERBS = set(`
  said says say told tells announced announces rejected rejects accused accuses denied denies warned warns urged urges
  insisted insists claimed claims condemned condemns refused refuses agreed agrees wants wanted dismissed dismisses
  believes believed responded responds vowed vows threatened threatens demanded demands stated states argued argues
  backed backs supports supported signed signs deployed deploys launched launches ordered orders pledged pledges
  promised promises hopes hoped fears feared blamed blames criticised criticized criticises criticizes welcomed welcomes
  expelled expels recalled recalls summoned summons imposed imposes sanctioned sanctions intervened intervenes
  voted votes vetoed vetoes approved approves confirmed confirms called calls retaliated retaliates negotiated
  insist reject accuse deny warn urge claim condemn refuse agree dismiss believe respond vow threaten demand
  has have had will would could should must may might does did is
`);

/** Verbs after "is/has" that keep a metonymic reading after an auxiliary ("Moscow has said"). */
export const AUXILIARIES = set('has have had will would could should must may might does did has also');

/** Nouns after a possessive that make "X's" geographic ("Syria's largest city", "Turkey's border"). */
export const GEOGRAPHIC_POSSESSED = set(`
  largest biggest second third main capital city cities town towns province provinces region regions north south east
  west northeast northwest southeast southwest northern southern eastern western central border borders coast coastline
  territory territories soil neighbour neighbor neighbours neighbors countryside outskirts interior mountains desert
  heartland airspace waters streets population people residents villages oldest ancient historic old east-west
  commercial economic
`);

/** Capitalised words that are gazetteer names somewhere but in English prose almost never places. */
export const COMMON_WORDS = set(`
  a an the of by as at in on to is it or and but if so no not be we he she they you i me my our us his her its their
  this that these those there here then than when what who why how where which while with without within about above
  after again against all also any are because been before being below between both can could did do does during each
  few for from further had has have having into just more most must nor now off once only other out over own same
  should some such too under until up very was were will would yes yet one two three four five six seven eight nine ten
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec
  god allah lord prophet christ jesus christmas easter ramadan eid islam islamic muslim muslims christian christians
  president minister police army news online video photo photos image images update updates breaking
  reuters associated press agence france-presse afp ap bbc cnn tv read more share comments comment email print advertisement
  west western east eastern north northern south southern centre center central
  union republic kingdom state states federal national international world global people government
  summer winter spring autumn fall day night morning evening today tomorrow yesterday week month year
  man men woman women boy girl child children family home house hall park church school office court hill view
  mount lake river bay beach valley spring springs falls rock stone wood woods forest field fields green grove
  ocean sea island islands point harbor harbour port bridge gate gates tower castle city town village
  victory liberty unity independence freedom peace hope union glory paradise eden providence
  white black brown gray grey red blue gold golden silver orange rose
  best worst good bad great little big young old new many much another every
  said says told after before during since among amid despite
  like love life live lives dad mom sir madam mister miss
  arab arabs arabic african european asian latin kurd kurds kurdish sunni sunnis shia shiite shiites alawite alawites
  christian jewish jews muslim druze yazidi yazidis turkmen islamist islamists jihadist jihadists catholic orthodox
  protestant hindu buddhist sikh english spanish french german
  patrol council college university hospital congress liberal liberals conservative conservatives democrat democrats
  republican republicans labour labor real superior main salt hydro google facebook twitter apple amazon microsoft
  xinhua reuters inc ltd corp llc human humans rights
`);

/** Multi-word names that a gazetteer holds as places but news uses for institutions. */
export const INSTITUTION_NAMES = new Set(['white house', 'downing street', 'capitol hill', 'wall street', 'silicon valley', 'pentagon', 'elysee', 'quai d orsay', 'foggy bottom']);

/**
 * Surnames of public figures news mentions constantly, alone ("Obama said"), that also name some town somewhere
 * (Obama, Japan). Person evidence for a lone capitalised word; a strong place cue ("the town of X") still wins.
 */
export const PUBLIC_FIGURES = set(`
  obama trump clinton kerry putin lavrov assad erdogan davutoglu yildirim merkel hollande macron sarkozy cameron may
  johnson netanyahu rouhani khamenei zarif abbas sisi morsi mubarak gaddafi saddam maliki abadi barzani nasrallah
  baghdadi zawahiri laden stoltenberg mogherini guterres mistura castro maduro chavez modi sharif khan xi jinping
  abe kim jong-un duterte trudeau harper notley kenney wynne ford tillerson pompeo mattis carter biden pence
  sanders cruz rubio bush
`);

/** Single words whose capitalised form may be a place but which are also common English sentence openers. */
export const SENTENCE_OPENERS = set(`
  but and or so yet still now then however meanwhile later earlier also even just only once while after before as
  when if though although because since many most some several few all both each every no none one two three
  this that these those there here it its they we he she you i our their his her
`);

/** Adverbs and determiners that may stand between a verb-like cue and a place. */
export const DATELINE_AGENCIES = /^\s*(?:\((?:Reuters|AP|AFP|CNN|Xinhua|dpa|Bloomberg|UPI|IANS|PTI|ANI|Anadolu|Sputnik|TASS|BBC)\)|[-—–:]|,)/;
