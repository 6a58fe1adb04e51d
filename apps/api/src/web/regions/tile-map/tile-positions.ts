import type { ForceCode } from '#forces';

export interface TilePosition {
  column: number;
  row: number;
  /** A few letters that fit on a tile; the tile's accessible name gives the force in full. */
  short: string;
}

/**
 * Where each force's tile sits: a schematic of Great Britain and Northern Ireland, north at the top,
 * each force roughly where it lies and beside its neighbours. No map data: drawn by hand here.
 */
export const TERRITORIAL_TILES: Readonly<Partial<Record<ForceCode, TilePosition>>> = {
  'police-scotland': { column: 3, row: 0, short: 'Scot' },
  psni: { column: 0, row: 1, short: 'PSNI' },
  northumbria: { column: 4, row: 1, short: 'Nmbr' },
  cumbria: { column: 3, row: 2, short: 'Cumb' },
  durham: { column: 4, row: 2, short: 'Durh' },
  cleveland: { column: 5, row: 2, short: 'Clev' },
  lancashire: { column: 3, row: 3, short: 'Lancs' },
  'north-yorkshire': { column: 4, row: 3, short: 'NYks' },
  humberside: { column: 5, row: 3, short: 'Humb' },
  merseyside: { column: 2, row: 4, short: 'Mers' },
  'greater-manchester': { column: 3, row: 4, short: 'GMP' },
  'west-yorkshire': { column: 4, row: 4, short: 'WYks' },
  'south-yorkshire': { column: 5, row: 4, short: 'SYks' },
  lincolnshire: { column: 6, row: 4, short: 'Lincs' },
  'north-wales': { column: 1, row: 5, short: 'NWal' },
  cheshire: { column: 2, row: 5, short: 'Ches' },
  staffordshire: { column: 3, row: 5, short: 'Staf' },
  derbyshire: { column: 4, row: 5, short: 'Derb' },
  nottinghamshire: { column: 5, row: 5, short: 'Notts' },
  norfolk: { column: 6, row: 5, short: 'Norf' },
  'dyfed-powys': { column: 1, row: 6, short: 'DyPo' },
  'west-mercia': { column: 2, row: 6, short: 'WMer' },
  'west-midlands': { column: 3, row: 6, short: 'WMid' },
  leicestershire: { column: 4, row: 6, short: 'Leics' },
  cambridgeshire: { column: 5, row: 6, short: 'Camb' },
  suffolk: { column: 6, row: 6, short: 'Suff' },
  'south-wales': { column: 1, row: 7, short: 'SWal' },
  gwent: { column: 2, row: 7, short: 'Gwent' },
  warwickshire: { column: 3, row: 7, short: 'Warks' },
  northamptonshire: { column: 4, row: 7, short: 'Nhants' },
  bedfordshire: { column: 5, row: 7, short: 'Beds' },
  essex: { column: 6, row: 7, short: 'Essex' },
  gloucestershire: { column: 2, row: 8, short: 'Glos' },
  'thames-valley': { column: 3, row: 8, short: 'TVP' },
  hertfordshire: { column: 4, row: 8, short: 'Herts' },
  met: { column: 5, row: 8, short: 'Met' },
  'city-of-london': { column: 6, row: 8, short: 'City' },
  'avon-and-somerset': { column: 1, row: 9, short: 'A&S' },
  wiltshire: { column: 2, row: 9, short: 'Wilts' },
  hampshire: { column: 3, row: 9, short: 'Hants' },
  surrey: { column: 4, row: 9, short: 'Surr' },
  sussex: { column: 5, row: 9, short: 'Suss' },
  kent: { column: 6, row: 9, short: 'Kent' },
  'devon-and-cornwall': { column: 0, row: 10, short: 'D&C' },
  dorset: { column: 1, row: 10, short: 'Dors' },
};

/** Forces with no territory of their own, drawn in a labelled row of their own below the map. */
export const NON_TERRITORIAL_TILES: Readonly<Partial<Record<ForceCode, { short: string }>>> = {
  btp: { short: 'BTP' },
};
