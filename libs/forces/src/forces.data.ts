import type { Force, Jurisdiction } from './force.types.js';

// Copied verbatim from DOMAIN.md §2 (machine-readable block, version 1). Adjacency is land borders
// only; water crossings live in water-crossings.data.ts so alerting can opt in to them separately.
const FORCE_RECORDS = [
  {
    code: 'avon-and-somerset', name: 'Avon and Somerset Constabulary', region: 'south-west', jurisdiction: 'england-wales',
    neighbours: ['devon-and-cornwall', 'dorset', 'gloucestershire', 'wiltshire'],
  },
  {
    code: 'bedfordshire', name: 'Bedfordshire Police', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['cambridgeshire', 'hertfordshire', 'northamptonshire', 'thames-valley'],
  },
  {
    code: 'btp', name: 'British Transport Police', region: 'national', jurisdiction: 'great-britain',
    neighbours: [],
  },
  {
    code: 'cambridgeshire', name: 'Cambridgeshire Constabulary', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['bedfordshire', 'essex', 'hertfordshire', 'lincolnshire', 'norfolk', 'northamptonshire', 'suffolk'],
  },
  {
    code: 'cheshire', name: 'Cheshire Constabulary', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['derbyshire', 'greater-manchester', 'merseyside', 'north-wales', 'staffordshire', 'west-mercia'],
  },
  {
    code: 'city-of-london', name: 'City of London Police', region: 'london', jurisdiction: 'england-wales',
    neighbours: ['met'],
  },
  {
    code: 'cleveland', name: 'Cleveland Police', region: 'north-east', jurisdiction: 'england-wales',
    neighbours: ['durham', 'north-yorkshire'],
  },
  {
    code: 'cumbria', name: 'Cumbria Constabulary', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['durham', 'lancashire', 'north-yorkshire', 'northumbria', 'police-scotland'],
  },
  {
    code: 'derbyshire', name: 'Derbyshire Constabulary', region: 'east-midlands', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'greater-manchester', 'leicestershire', 'nottinghamshire', 'south-yorkshire', 'staffordshire', 'west-yorkshire'],
  },
  {
    code: 'devon-and-cornwall', name: 'Devon and Cornwall Police', region: 'south-west', jurisdiction: 'england-wales',
    neighbours: ['avon-and-somerset', 'dorset'],
  },
  {
    code: 'dorset', name: 'Dorset Police', region: 'south-west', jurisdiction: 'england-wales',
    neighbours: ['avon-and-somerset', 'devon-and-cornwall', 'hampshire', 'wiltshire'],
  },
  {
    code: 'durham', name: 'Durham Constabulary', region: 'north-east', jurisdiction: 'england-wales',
    neighbours: ['cleveland', 'cumbria', 'north-yorkshire', 'northumbria'],
  },
  {
    code: 'dyfed-powys', name: 'Dyfed-Powys Police', region: 'wales', jurisdiction: 'england-wales',
    neighbours: ['gwent', 'north-wales', 'south-wales', 'west-mercia'],
  },
  {
    code: 'essex', name: 'Essex Police', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['cambridgeshire', 'hertfordshire', 'met', 'suffolk'],
  },
  {
    code: 'gloucestershire', name: 'Gloucestershire Constabulary', region: 'south-west', jurisdiction: 'england-wales',
    neighbours: ['avon-and-somerset', 'gwent', 'thames-valley', 'warwickshire', 'west-mercia', 'wiltshire'],
  },
  {
    code: 'greater-manchester', name: 'Greater Manchester Police', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'derbyshire', 'lancashire', 'merseyside', 'west-yorkshire'],
  },
  {
    code: 'gwent', name: 'Gwent Police', region: 'wales', jurisdiction: 'england-wales',
    neighbours: ['dyfed-powys', 'gloucestershire', 'south-wales', 'west-mercia'],
  },
  {
    code: 'hampshire', name: 'Hampshire and Isle of Wight Constabulary', region: 'south-east', jurisdiction: 'england-wales',
    neighbours: ['dorset', 'surrey', 'sussex', 'thames-valley', 'wiltshire'],
  },
  {
    code: 'hertfordshire', name: 'Hertfordshire Constabulary', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['bedfordshire', 'cambridgeshire', 'essex', 'met', 'thames-valley'],
  },
  {
    code: 'humberside', name: 'Humberside Police', region: 'yorkshire-and-humber', jurisdiction: 'england-wales',
    neighbours: ['lincolnshire', 'north-yorkshire', 'nottinghamshire', 'south-yorkshire'],
  },
  {
    code: 'kent', name: 'Kent Police', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['met', 'surrey', 'sussex'],
  },
  {
    code: 'lancashire', name: 'Lancashire Constabulary', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['cumbria', 'greater-manchester', 'merseyside', 'north-yorkshire', 'west-yorkshire'],
  },
  {
    code: 'leicestershire', name: 'Leicestershire Police', region: 'east-midlands', jurisdiction: 'england-wales',
    neighbours: ['derbyshire', 'lincolnshire', 'northamptonshire', 'nottinghamshire', 'staffordshire', 'warwickshire'],
  },
  {
    code: 'lincolnshire', name: 'Lincolnshire Police', region: 'east-midlands', jurisdiction: 'england-wales',
    neighbours: ['cambridgeshire', 'humberside', 'leicestershire', 'norfolk', 'northamptonshire', 'nottinghamshire'],
  },
  {
    code: 'merseyside', name: 'Merseyside Police', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'greater-manchester', 'lancashire'],
  },
  {
    code: 'met', name: 'Metropolitan Police Service', region: 'london', jurisdiction: 'england-wales',
    neighbours: ['city-of-london', 'essex', 'hertfordshire', 'kent', 'surrey', 'thames-valley'],
  },
  {
    code: 'norfolk', name: 'Norfolk Constabulary', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['cambridgeshire', 'lincolnshire', 'suffolk'],
  },
  {
    code: 'north-wales', name: 'North Wales Police', region: 'north-west', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'dyfed-powys', 'west-mercia'],
  },
  {
    code: 'north-yorkshire', name: 'North Yorkshire Police', region: 'yorkshire-and-humber', jurisdiction: 'england-wales',
    neighbours: ['cleveland', 'cumbria', 'durham', 'humberside', 'lancashire', 'south-yorkshire', 'west-yorkshire'],
  },
  {
    code: 'northamptonshire', name: 'Northamptonshire Police', region: 'east-midlands', jurisdiction: 'england-wales',
    neighbours: ['bedfordshire', 'cambridgeshire', 'leicestershire', 'lincolnshire', 'thames-valley', 'warwickshire'],
  },
  {
    code: 'northumbria', name: 'Northumbria Police', region: 'north-east', jurisdiction: 'england-wales',
    neighbours: ['cumbria', 'durham', 'police-scotland'],
  },
  {
    code: 'nottinghamshire', name: 'Nottinghamshire Police', region: 'east-midlands', jurisdiction: 'england-wales',
    neighbours: ['derbyshire', 'humberside', 'leicestershire', 'lincolnshire', 'south-yorkshire'],
  },
  {
    code: 'police-scotland', name: 'Police Scotland', region: 'scotland', jurisdiction: 'scotland',
    neighbours: ['cumbria', 'northumbria'],
  },
  {
    code: 'psni', name: 'Police Service of Northern Ireland', region: 'northern-ireland', jurisdiction: 'northern-ireland',
    neighbours: [],
  },
  {
    code: 'south-wales', name: 'South Wales Police', region: 'wales', jurisdiction: 'england-wales',
    neighbours: ['dyfed-powys', 'gwent'],
  },
  {
    code: 'south-yorkshire', name: 'South Yorkshire Police', region: 'yorkshire-and-humber', jurisdiction: 'england-wales',
    neighbours: ['derbyshire', 'humberside', 'north-yorkshire', 'nottinghamshire', 'west-yorkshire'],
  },
  {
    code: 'staffordshire', name: 'Staffordshire Police', region: 'west-midlands', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'derbyshire', 'leicestershire', 'warwickshire', 'west-mercia', 'west-midlands'],
  },
  {
    code: 'suffolk', name: 'Suffolk Constabulary', region: 'eastern', jurisdiction: 'england-wales',
    neighbours: ['cambridgeshire', 'essex', 'norfolk'],
  },
  {
    code: 'surrey', name: 'Surrey Police', region: 'south-east', jurisdiction: 'england-wales',
    neighbours: ['hampshire', 'kent', 'met', 'sussex', 'thames-valley'],
  },
  {
    code: 'sussex', name: 'Sussex Police', region: 'south-east', jurisdiction: 'england-wales',
    neighbours: ['hampshire', 'kent', 'surrey'],
  },
  {
    code: 'thames-valley', name: 'Thames Valley Police', region: 'south-east', jurisdiction: 'england-wales',
    neighbours: ['bedfordshire', 'gloucestershire', 'hampshire', 'hertfordshire', 'met', 'northamptonshire', 'surrey', 'warwickshire', 'wiltshire'],
  },
  {
    code: 'warwickshire', name: 'Warwickshire Police', region: 'west-midlands', jurisdiction: 'england-wales',
    neighbours: ['gloucestershire', 'leicestershire', 'northamptonshire', 'staffordshire', 'thames-valley', 'west-mercia', 'west-midlands'],
  },
  {
    code: 'west-mercia', name: 'West Mercia Police', region: 'west-midlands', jurisdiction: 'england-wales',
    neighbours: ['cheshire', 'dyfed-powys', 'gloucestershire', 'gwent', 'north-wales', 'staffordshire', 'warwickshire', 'west-midlands'],
  },
  {
    code: 'west-midlands', name: 'West Midlands Police', region: 'west-midlands', jurisdiction: 'england-wales',
    neighbours: ['staffordshire', 'warwickshire', 'west-mercia'],
  },
  {
    code: 'west-yorkshire', name: 'West Yorkshire Police', region: 'yorkshire-and-humber', jurisdiction: 'england-wales',
    neighbours: ['derbyshire', 'greater-manchester', 'lancashire', 'north-yorkshire', 'south-yorkshire'],
  },
  {
    code: 'wiltshire', name: 'Wiltshire Police', region: 'south-west', jurisdiction: 'england-wales',
    neighbours: ['avon-and-somerset', 'dorset', 'gloucestershire', 'hampshire', 'thames-valley'],
  },
] as const satisfies readonly { code: string; name: string; region: string; jurisdiction: Jurisdiction; neighbours: readonly string[] }[];

/** A force's code as DOMAIN.md §2 writes it: one of the 46, so a code mistyped in code does not compile. */
export type ForceCode = (typeof FORCE_RECORDS)[number]['code'];

// Frozen so a caller cannot edit the shared reference data by accident.
export const FORCES: readonly Force[] = Object.freeze(
  FORCE_RECORDS.map((force) => Object.freeze({ ...force, neighbours: Object.freeze([...force.neighbours]) as ForceCode[] })),
);
