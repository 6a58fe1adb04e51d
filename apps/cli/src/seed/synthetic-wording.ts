/** What courts forbid, where they sit, and what breaches look like: the words of the synthetic register. */
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

export const APPEAL_COURTS = ['Court of Appeal (Criminal Division)', 'Southwark Crown Court', 'Birmingham Crown Court', 'Leeds Crown Court', 'Bristol Crown Court'];

export const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Green Lane', 'Manor Road', 'Park Avenue', 'Queen Street', 'Mill Lane', 'London Road', 'York Road', 'Albert Street'];

export const TRAVEL_COUNTRIES = ['Romania', 'Albania', 'Vietnam', 'Nigeria', 'Poland', 'Hungary', 'Slovakia', 'Lithuania', 'Eritrea', 'Pakistan'];
