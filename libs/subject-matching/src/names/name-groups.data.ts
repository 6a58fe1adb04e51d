/**
 * The curated list of name variants (DOMAIN.md §5 "Transliteration variants"): names that are the
 * same name written another way. Written normalised (`normaliseName`: lower case, no marks), one
 * group per name, each with where the equivalence comes from.
 *
 * - `variant`: the same name in another romanisation or spelling (Mohammed / Muhammad,
 *   Aleksandr / Oleksandr, Zhang / Cheung, Tesfaye / Tesfay) or a recognised short form of it.
 * - `englishForm`: the same name in another language, usually the English form that appears as an
 *   alias on police records (Jan / John, Piotr / Peter, Gjon / John), and common diminutives.
 *
 * Sources are named honestly: where a pair comes from a published romanisation system it says so;
 * where it is common usage it says "common anglicisation" or "common spelling", with examples.
 * Keep it modest (a few hundred groups at most); typing slips and names as heard are found by the
 * edit-distance and phonetic keys, not by this list. Add a group with its source, and a test.
 */
export type NameGroupKind = 'variant' | 'englishForm';

export interface NameGroup {
  /** The group's key: its first name, with `.en` for an English-form group. */
  readonly id: string;
  readonly kind: NameGroupKind;
  readonly names: readonly string[];
  readonly source: string;
}

const CYRILLIC =
  'Cyrillic romanisation: ICAO Doc 9303 Part 3 (passports: х→kh, й→i, ю→iu, я→ia), BGN/PCGN Russian (й→y, ю→yu, я→ya, е→ye initially), the Ukrainian national system of 2010 (и→y, і→i, г→h; Олександр→Oleksandr) and older German (w, sch, tsch) or French (ou, tch) spellings seen on documents';
const ARABIC =
  'Arabic romanisation: no single standard on documents; ALA-LC or scholarly forms (Muḥammad, Yūsuf) beside common English, French-influenced (Maghreb: ou, dj, ch) and Turkish or Persian spellings';
const SOUTH_ASIAN = 'Urdu, Punjabi and Pashto names romanised without a standard; common spellings on UK documents';
const PINYIN =
  'Chinese: Hanyu Pinyin (ISO 7098) against Wade–Giles (Zhang/Chang, Zhou/Chou, Xu/Hsu) and Hong Kong Cantonese or Hokkien (Singapore, Malaysia) spellings of the same character';
const GEEZ =
  "Tigrinya and Amharic (Ge'ez script): romanised without one standard; vowels written e/a/ai/ay and doubled or single consonants (Tesfaye/Tesfay/Tesfai, Mekonnen/Mekonen)";
const YORUBA_IGBO = 'Yoruba and Igbo: the short form in everyday use of a longer compound name (Oluwaseun → Seun, Chukwuemeka → Emeka)';
const VIETNAMESE = 'Vietnamese typed without diacritics and spellings written from hearing (common on UK records)';
const CENTRAL_EUROPE =
  'Central European surnames written without diacritics or as heard in English (Hungarian Kovács, Slovak Kováč; Horváth/Horvat)';
const ANGLICISATION = 'Common anglicisation of a given name that has no close English cognate, e.g. Stanisław → Stanley';
const COGNATES =
  'The same given name across the register’s languages (Polish, Czech/Slovak, Romanian, Hungarian, Lithuanian, Albanian, Russian/Ukrainian, Arabic, Amharic/Tigrinya) and its English form';
const ENGLISH_DIMINUTIVES = 'Common English and Irish diminutives and Irish forms of the same given name';

function group(kind: NameGroupKind, source: string, names: string): NameGroup {
  const list = names.split(' ');
  const first = list[0] as string;
  return { id: kind === 'variant' ? first : `${first}.en`, kind, names: list, source };
}
const variant = (source: string, names: string) => group('variant', source, names);
const englishForm = (source: string, names: string) => group('englishForm', source, names);

export const NAME_GROUPS: readonly NameGroup[] = [
  // Arabic, Pakistani, Afghan, Somali, Turkish spellings of the same Arabic name
  variant(ARABIC, 'muhammad mohammed mohamed mohamad mohammad muhammed muhamed muhamad mohamud mohd mahomed mehmet mehmed'),
  variant(ARABIC, 'ahmed ahmad ahmet achmed ahamed'),
  variant(ARABIC, 'mahmoud mahmud mahmood mehmood mahmut'),
  variant(ARABIC, 'hussain hussein husain husein hossain hussien huseyin hossein'),
  variant(ARABIC, 'hassan hasan hassen'),
  variant(ARABIC, 'yusuf yousef yousuf youssef yusef jusuf'),
  variant(ARABIC, 'ibrahim ebrahim ibraheem brahim'),
  variant(ARABIC, 'ismail ismael ismayil esmail'),
  variant(ARABIC, 'mustafa mostafa moustafa mustapha'),
  variant(ARABIC, 'omar umar omer'),
  variant(ARABIC, 'osman usman othman uthman'),
  variant(ARABIC, 'abdullah abdallah abdulla abdalla abdellah'),
  variant(ARABIC, 'abdulrahman abdurrahman abdelrahman abdalrahman abderrahmane'),
  variant(ARABIC, 'rahman rehman rahaman'),
  variant(ARABIC, 'khalid khaled halid'),
  variant(ARABIC, 'karim kareem kerim'),
  variant(ARABIC, 'rahim raheem'),
  variant(ARABIC, 'nasser nasir naseer'),
  variant(ARABIC, 'tariq tarek tareq tarik'),
  variant(ARABIC, 'zainab zaynab zeinab zeynep'),
  variant(ARABIC, 'fatima fatma fatemeh fatimah fatuma'),
  variant(ARABIC, 'aisha ayesha aysha aishah ayse aicha'),
  variant(ARABIC, 'suleiman sulaiman suleyman suleman sulayman sulejman'),
  variant(ARABIC, 'jamal gamal jamaal djamel'),
  variant(ARABIC, 'walid waleed'),
  variant(ARABIC, 'saeed said saeid saied'),
  variant(ARABIC, 'hamid hameed hamed'),
  variant(ARABIC, 'rashid rasheed rachid'),
  variant(ARABIC, 'majid majeed'),
  variant(ARABIC, 'farooq faruq farouk faruk'),
  variant(ARABIC, 'qasim kasim qassim qassem kassem kasem'),
  variant(ARABIC, 'hamza hamzah hamze'),
  variant(ARABIC, 'zubair zubayr zobair zoubir'),
  variant(ARABIC, 'idris idrees edris'),
  variant(ARABIC, 'yunus younis younes yunis younus'),
  variant(ARABIC, 'hakim hakeem'),
  variant(ARABIC, 'mehdi mahdi'),
  variant(ARABIC, 'noor nur nour'),
  variant(ARABIC, 'abbas abass'),
  variant(ARABIC, 'bilal belal'),
  variant(ARABIC, 'hashim hashem hachem'),
  variant(ARABIC, 'yasin yaseen yassin yassine'),
  variant(SOUTH_ASIAN, 'chaudhry chaudhary chaudhari choudhury chowdhury choudhary chaudry choudhry'),
  variant(SOUTH_ASIAN, 'javed javaid javid'),
  variant(SOUTH_ASIAN, 'naveed navid naved'),
  variant(SOUTH_ASIAN, 'shahid shaheed'),
  variant(SOUTH_ASIAN, 'zahid zaheed'),
  variant(SOUTH_ASIAN, 'waqas waqqas'),
  variant(SOUTH_ASIAN, 'akhtar akhter'),
  variant(SOUTH_ASIAN, 'qureshi kureshi qurashi'),
  variant(SOUTH_ASIAN, 'mirza merza'),

  // Russian and Ukrainian given names and surnames
  variant(CYRILLIC, 'aleksandr alexandr alexander aleksander oleksandr olexandr oleksander aleksandar'),
  variant(CYRILLIC, 'aleksei alexei alexey aleksey oleksii oleksiy olexiy aleksej'),
  variant(CYRILLIC, 'sergei sergey sergej serhiy serhii sergii sergiy sergiu'),
  variant(CYRILLIC, 'andrei andrey andriy andrii andrej'),
  variant(CYRILLIC, 'dmitri dmitry dmitriy dmitrii dmytro dimitri dimitry'),
  variant(CYRILLIC, 'yevgeny yevgeniy evgeny evgeniy evgenii yevhen ievgen ievgenii jewgeni'),
  variant(CYRILLIC, 'mikhail mykhailo michail mychajlo'),
  variant(CYRILLIC, 'nikolai nikolay mykola nicolai'),
  variant(CYRILLIC, 'vladimir volodymyr wladimir'),
  variant(CYRILLIC, 'yuri yury yuriy iurii yurii jurij'),
  variant(CYRILLIC, 'pavel pavlo'),
  variant(CYRILLIC, 'oleg oleh'),
  variant(CYRILLIC, 'igor ihor'),
  variant(CYRILLIC, 'vitaly vitali vitaliy vitalii vitalie'),
  variant(CYRILLIC, 'anatoly anatoli anatoliy anatolii'),
  variant(CYRILLIC, 'viktor victor wiktor'),
  variant(CYRILLIC, 'yaroslav iaroslav jaroslav jaroslaw'),
  variant(CYRILLIC, 'vasily vasili vasiliy vasilii vasyl wasyl'),
  variant(CYRILLIC, 'konstantin kostiantyn kostyantyn constantin'),
  variant(CYRILLIC, 'grigory grigoriy grigori hryhoriy hryhorii'),
  variant(CYRILLIC, 'natalia natalya nataliya nataliia natalja'),
  variant(CYRILLIC, 'tatiana tatyana tetiana tetyana tatjana'),
  variant(CYRILLIC, 'yulia yuliya iuliia yuliia julija'),
  variant(CYRILLIC, 'svetlana svitlana'),
  variant(CYRILLIC, 'olga olha'),
  variant(CYRILLIC, 'irina iryna'),
  variant(CYRILLIC, 'anastasia anastasiya anastasiia'),
  variant(CYRILLIC, 'ekaterina yekaterina kateryna katerina'),
  variant(CYRILLIC, 'elena yelena olena jelena'),
  variant(CYRILLIC, 'maria mariya mariia'),
  variant(CYRILLIC, 'ivanov ivanoff iwanow ivanow'),
  variant(CYRILLIC, 'shevchenko schewtschenko chevtchenko szewczenko'),
  variant(CYRILLIC, 'kuznetsov kuznetzov kusnezow kuznetsoff'),
  variant(CYRILLIC, 'tkachenko tkatschenko tkaczenko'),
  variant(CYRILLIC, 'kovalenko kowalenko'),
  variant(CYRILLIC, 'kravchenko krawtschenko krawczenko'),
  variant(CYRILLIC, 'zhukov joukov schukow'),
  variant(CYRILLIC, 'smirnov smirnoff smirnow'),
  variant(CYRILLIC, 'popov popoff popow'),

  // Chinese surnames
  variant(PINYIN, 'zhang chang cheung cheong'),
  variant(PINYIN, 'chen chan'),
  variant(PINYIN, 'zhou chou chow chau'),
  variant(PINYIN, 'xu hsu hui tsui'),
  variant(PINYIN, 'zheng cheng'),
  variant(PINYIN, 'zhao chao chiu'),
  variant(PINYIN, 'li lee'),
  variant(PINYIN, 'huang wong'),
  variant(PINYIN, 'wang wong'),
  variant(PINYIN, 'liu lau lao'),
  variant(PINYIN, 'wu ng'),
  variant(PINYIN, 'liang leung'),
  variant(PINYIN, 'he ho'),
  variant(PINYIN, 'lin lam lim'),
  variant(PINYIN, 'yang yeung'),
  variant(PINYIN, 'zhu chu'),
  variant(PINYIN, 'guo kuo kwok'),
  variant(PINYIN, 'ye yeh yip'),
  variant(PINYIN, 'deng teng'),
  variant(PINYIN, 'xie hsieh tse'),

  // Vietnamese
  variant(VIETNAMESE, 'nguyen ngyuen nguyn nguen'),

  // Eritrean and Ethiopian
  variant(GEEZ, 'tesfaye tesfay tesfai'),
  variant(GEEZ, 'gebre ghebre gebra'),
  variant(GEEZ, 'mekonnen mekonen makonnen'),
  variant(GEEZ, 'tsegay tsegaye tsegai'),
  variant(GEEZ, 'berhane birhane berhe'),
  variant(GEEZ, 'wolde welde weldu'),
  variant(GEEZ, 'woldemariam weldemariam woldemariyam'),
  variant(GEEZ, 'gebremedhin ghebremedhin gebremedhen'),
  variant(GEEZ, 'haile hailay'),
  variant(GEEZ, 'yohannes yohanes yohanis'),
  variant(GEEZ, 'tewolde tewelde'),
  variant(GEEZ, 'mulugeta mulgeta'),

  // Nigerian (Yoruba, Igbo)
  variant(YORUBA_IGBO, 'oluwaseun seun'),
  variant(YORUBA_IGBO, 'oluwafemi femi'),
  variant(YORUBA_IGBO, 'adebayo bayo'),
  variant(YORUBA_IGBO, 'oluwatobi tobi'),
  variant(YORUBA_IGBO, 'babatunde tunde'),
  variant(YORUBA_IGBO, 'olawale wale'),
  variant(YORUBA_IGBO, 'oluwadamilare damilare dami'),
  variant(YORUBA_IGBO, 'chukwuemeka emeka'),
  variant(YORUBA_IGBO, 'chukwudi chudi'),

  // Central European surnames (Hungarian, Slovak and Czech including Roma families)
  variant(CENTRAL_EUROPE, 'kovacs kovac kovach kovats'),
  variant(CENTRAL_EUROPE, 'horvath horvat horwath'),
  variant(CENTRAL_EUROPE, 'balog balogh'),
  variant(CENTRAL_EUROPE, 'lakatos lakatosh'),
  variant(CENTRAL_EUROPE, 'nowak novak'),
  variant(CENTRAL_EUROPE, 'dudas dudash'),

  // Irish and English spellings
  variant(ENGLISH_DIMINUTIVES, 'sean shaun shawn'),
  variant(ENGLISH_DIMINUTIVES, 'ciaran kieran kieron'),
  variant(ENGLISH_DIMINUTIVES, 'niamh neve neave'),
  variant(ENGLISH_DIMINUTIVES, 'diarmuid dermot diarmaid'),
  variant(ENGLISH_DIMINUTIVES, 'stephen steven'),
  variant(ENGLISH_DIMINUTIVES, 'catherine katherine kathryn'),

  // The same given name across languages, with its English form (aliases on UK records)
  englishForm(COGNATES, 'john jan jon johann johannes jonas ion ioan ivan ioannis gjon janos juan joao sean eoin jean hans ian iain yohannes jack johnny'),
  englishForm(COGNATES, 'peter piotr petr pyotr petro petru petras pietro pedro pierre pieter pjeter pete'),
  englishForm(COGNATES, 'joseph jozef josef jozsef juozas iosif josip giuseppe jose joe yusuf yousef yousuf youssef yusef jusuf'),
  englishForm(COGNATES, 'michael michal mikhail mykhailo mihai mihail mihaly mykolas mehill miguel michele mick mike micheal'),
  englishForm(COGNATES, 'george gheorghe gjergj gyorgy georgi georgiy heorhiy jerzy jiri jurgis jorge giorgio yuri yury yuriy'),
  englishForm(COGNATES, 'alexander aleksander aleksandras alexandru sandor aleksandar aleksandr oleksandr iskander iskandar alessandro alejandro alex'),
  englishForm(COGNATES, 'stephen steven stefan stepan istvan steponas stjepan shtjefen esteban steve'),
  englishForm(COGNATES, 'andrew andrzej andrei andrey andriy andrius andras andrej andreas andre ondrej andy'),
  englishForm(COGNATES, 'nicholas nikolai nikolay mykola nicolae nicolas mikolaj miklos nikola nicola nick'),
  englishForm(COGNATES, 'paul pawel pavel pavlo pal paulius pablo paolo'),
  englishForm(COGNATES, 'thomas tomasz tomas tamas toma tom tommy'),
  englishForm(COGNATES, 'jacob jakub jakob jakab jokubas iacob yakov yakiv jacques giacomo yaqub yacoub'),
  englishForm(COGNATES, 'francis franciszek frantisek ferenc francesco francisco franz frank'),
  englishForm(COGNATES, 'matthew mateusz matej matei matyas matas matteo mateo matthias matvei matviy matt'),
  englishForm(COGNATES, 'gabriel gabor gavriil gabrielius'),
  englishForm(COGNATES, 'david dawid davit daud dawood dawud dave'),
  englishForm(COGNATES, 'abraham ibrahim ebrahim avraham abram abrham'),
  englishForm(COGNATES, 'solomon suleiman sulaiman suleyman suleman sulejman'),
  englishForm(COGNATES, 'mary maria marija mariya mariia mariam maryam miriam marie'),
  englishForm(COGNATES, 'catherine katherine kathryn katarzyna katerina kateryna ekaterina yekaterina katalin katarina caterina ecaterina kotryna kate'),
  englishForm(COGNATES, 'elizabeth elzbieta elisabeta erzsebet elisabeth elizaveta yelyzaveta elisabetta liz'),
  englishForm(COGNATES, 'helen helena elena yelena olena ilona jelena alena'),
  englishForm(COGNATES, 'anna anne ann hanna hannah ana annie'),
  englishForm(COGNATES, 'william wilhelm willem guillaume vilmos bill billy will liam'),
  englishForm(COGNATES, 'robert roberto robertas bob bobby rob robbie'),
  englishForm(COGNATES, 'richard ryszard riccardo ricardo rick ricky dick'),
  englishForm(COGNATES, 'henry henryk henrik heinrich enrique enrico harry'),
  englishForm(COGNATES, 'edward eduard edvard eduardo edoardo ede eddie ted'),
  englishForm(COGNATES, 'charles karol karel karoly carlos carlo karl charlie'),
  englishForm(COGNATES, 'christopher krzysztof kristof krystof cristoforo chris'),
  englishForm(COGNATES, 'patrick padraig patryk pat paddy'),
  englishForm(COGNATES, 'daniel danielius daniil danylo danijel danyal danny dan'),
  englishForm(COGNATES, 'martin marcin marton martynas martino'),
  englishForm(COGNATES, 'anthony antoni antoine anton antonio antanas antal tony'),
  englishForm(COGNATES, 'gregory grzegorz grigori grigoriy hryhoriy gergely grigore greg'),
  englishForm(ANGLICISATION, 'stanley stanislaw stanislav stanislovas'),
  englishForm(COGNATES, 'casimir kazimierz kazimieras'),
  englishForm(COGNATES, 'luke lukasz lukas lukacs luca luka lucas'),
  englishForm(COGNATES, 'bartholomew bartosz bartlomiej bartolomeo bart'),
  englishForm(COGNATES, 'simon szymon simion'),
  englishForm(COGNATES, 'basil vasile vasyl vasili vasily vasiliy wasyl bazyli'),
  englishForm(COGNATES, 'constantine constantin konstantin kostiantyn konstanty costel'),
  englishForm(COGNATES, 'demetrius dumitru dmitri dmitry dmytro dimitrios dimitar dimitri'),
  englishForm(COGNATES, 'eugene eugen eugeniusz jeno yevgeny yevgeniy evgeny evgeniy yevhen'),
  englishForm(COGNATES, 'ladislav laszlo wladyslaw vladislav ladislaus'),
  englishForm(COGNATES, 'vladimir volodymyr wlodzimierz'),
  englishForm(COGNATES, 'victor viktor wiktor vitor'),
  englishForm(COGNATES, 'alexis aleksei alexei alexey oleksii oleksiy'),
  englishForm(COGNATES, 'irene irena irina iryna'),
  englishForm(COGNATES, 'julia yulia yuliya iulia julija iuliia'),
  englishForm(ENGLISH_DIMINUTIVES, 'james seamus hamish jim jimmy jamie'),
  englishForm(ENGLISH_DIMINUTIVES, 'margaret maggie peggy mairead'),
];
