/**
 * Names of the kinds an MSHT register holds (DOMAIN.md §5): Polish, Romanian, Albanian, Vietnamese,
 * Chinese, Nigerian, Eritrean, Lithuanian, Hungarian, Arabic and British names, with the aliases
 * real subjects use — transliteration variants, swapped name order, anglicised forenames.
 */
export const PEOPLE: { forenames: string[]; surnames: string[]; aliasOf?: Record<string, string[]> }[] = [
  { forenames: ['Jan', 'Łukasz', 'Piotr', 'Krzysztof', 'Tomasz', 'Agnieszka'], surnames: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński'], aliasOf: { Jan: ['John'], Łukasz: ['Lukas', 'Luke'], Piotr: ['Peter'] } },
  { forenames: ['Ștefan', 'Ionuț', 'Florin', 'Mihaela', 'Gheorghe'], surnames: ['Popescu', 'Ionescu', 'Constantin', 'Stănescu', 'Dumitru'], aliasOf: { Ștefan: ['Stefan', 'Steven'], Gheorghe: ['George'] } },
  { forenames: ['Arben', 'Gjon', 'Ermal', 'Besnik', 'Fatjona'], surnames: ['Hoxha', 'Krasniqi', 'Shehu', 'Gashi', 'Berisha'], aliasOf: { Gjon: ['John'], Arben: ['Ben'] } },
  { forenames: ['Văn Minh', 'Thị Lan', 'Quốc Huy', 'Đức Anh'], surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm'], aliasOf: {} },
  { forenames: ['Wei', 'Jun', 'Mei', 'Xiaoming'], surnames: ['Zhang', 'Wang', 'Li', 'Chen'], aliasOf: {} },
  { forenames: ['Chinedu', 'Oluwaseun', 'Ngozi', 'Emeka', 'Blessing'], surnames: ['Okafor', 'Adeyemi', 'Eze', 'Nwosu', 'Balogun'], aliasOf: { Oluwaseun: ['Seun'] } },
  { forenames: ['Tesfay', 'Yonas', 'Semhar', 'Dawit'], surnames: ['Tesfamariam', 'Gebremedhin', 'Haile', 'Berhane'], aliasOf: {} },
  { forenames: ['Mindaugas', 'Tomas', 'Rūta', 'Darius'], surnames: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius'], aliasOf: {} },
  { forenames: ['László', 'Zoltán', 'Erzsébet', 'Gábor'], surnames: ['Nagy', 'Kovács', 'Tóth', 'Szabó'], aliasOf: { László: ['Leslie'] } },
  { forenames: ['Mohammed', 'Ahmed', 'Fatima', 'Omar', 'Yusuf'], surnames: ['Al-Hassan', 'Rahman', 'Haddad', 'Karimi', 'Saleh'], aliasOf: { Mohammed: ['Muhammad', 'Mohamed', 'Mohamad'], Yusuf: ['Joseph'] } },
  { forenames: ['David', 'Sarah', 'Michael', 'Lee', 'Gary', 'Dean'], surnames: ["O'Neill", 'Smith', 'Jones', 'Taylor', 'McDonald', 'Price'], aliasOf: { Michael: ['Mick', 'Mike'], David: ['Dave'] } },
];

export const PROHIBITIONS = [
  'Must not enter any car wash premises',
  'Must not enter any nail bar or beauty salon other than as a paying customer',
  'Must not contact or attempt to contact the persons named in the schedule to the order',
  'Must not arrange or facilitate the travel of any other person',
  'Must not be involved in the recruitment or supply of labour, paid or unpaid',
  'Must not hold or control the identity documents or bank cards of any other person',
  'Must not rent, sub-let or arrange accommodation for any person other than family members',
  'Must not own or use more than one mobile telephone without notifying the police',
  'Must not be in a vehicle with any person under 18 who is not a family member',
  'Must not use any social media or messaging service under a name other than their own',
  'Must not enter the premises listed in the schedule to the order',
  'Must not operate or manage a cannabis cultivation site or be present at one',
];

export const COURTS = [
  'Maidstone Crown Court', 'Canterbury Crown Court', 'Southwark Crown Court', 'Birmingham Crown Court',
  'Manchester Crown Court (Minshull Street)', 'Leeds Crown Court', 'Bristol Crown Court', 'Cardiff Crown Court',
  'Westminster Magistrates\' Court', 'Sheffield Magistrates\' Court', 'Nottingham Magistrates\' Court',
  'Hove Trial Centre', 'Newcastle Crown Court', 'Liverpool Crown Court', 'Reading Magistrates\' Court',
];

export const BREACHES = [
  'Found working at a car wash during a partnership visit',
  'Found in possession of identity documents belonging to another person',
  'Seen driving two adults to a nail bar on three mornings',
  'Found holding four bank cards in other names',
  'Contacted a named person by telephone',
  'Found to be arranging accommodation for several adults at an address',
];
