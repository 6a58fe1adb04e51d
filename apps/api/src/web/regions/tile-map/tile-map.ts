import { FORCES, type ForceCode } from '#forces';
import { escapeXml } from '../../statistics/charts/svg-text.js';
import { NON_TERRITORIAL_TILES, TERRITORIAL_TILES } from './tile-positions.js';

/** A range of counts drawn in one colour; the legend lists them. */
export interface Band {
  from: number;
  to: number;
  label: string;
  fill: string;
  text: string;
}

// Light to dark GOV.UK blues; the two darkest carry white text. Every tile also has an outline
// and its number, so no band is told by its colour alone.
const BAND_COLOURS = [
  { fill: '#ffffff', text: '#0b0c0c' },
  { fill: '#d2e2f1', text: '#0b0c0c' },
  { fill: '#8eb8dc', text: '#0b0c0c' },
  { fill: '#1d70b8', text: '#ffffff' },
  { fill: '#003078', text: '#ffffff' },
];

/** None, then up to four bands of equal width from 1 to the largest count. */
export function bandsFor(largest: number): Band[] {
  const none = { from: 0, to: 0, label: 'None', ...BAND_COLOURS[0] };
  if (largest <= 0) return [none];
  const width = Math.ceil(largest / 4);
  const bands: Band[] = [none];
  for (let from = 1, index = 1; from <= largest; from += width, index += 1) {
    const to = Math.min(largest, from + width - 1);
    bands.push({ from, to, label: from === to ? String(from) : `${from} to ${to}`, ...BAND_COLOURS[index] });
  }
  return bands;
}

export interface TileMapInput {
  /** The accessible name of the map. */
  title: string;
  /** The count for each force shown; a force left out is outside what the user may see. */
  counts: Partial<Record<string, number>>;
  /** What the number counts, for each tile's accessible name: "orders in force", "breaches in the last 12 months". */
  measure: string;
  /** Where a tile leads; null for no link. */
  hrefOf: (force: ForceCode) => string | null;
  /** Forces drawn with a heavy outline (the region the page is about). */
  highlighted?: readonly string[];
}

export interface Tile {
  force: ForceCode;
  name: string;
  short: string;
  x: number;
  y: number;
  count: number | null;
  band: Band | null;
  href: string | null;
  highlighted: boolean;
  /** What a screen reader says for the tile. */
  label: string;
}

export interface TileMapModel {
  width: number;
  height: number;
  tiles: Tile[];
  bands: Band[];
  /** Where the row of forces without territory starts, and its heading. */
  nonTerritorial: { y: number; heading: string };
}

const SIZE = 56;
const STEP = 60;
const MARGIN = 4;

/** Every force's tile: its place, its count and band, its link and its accessible name. */
export function tileMapModel({ counts, measure, hrefOf, highlighted = [] }: TileMapInput): TileMapModel {
  const bands = bandsFor(Math.max(0, ...Object.values(counts).map((count) => count ?? 0)));
  const rows = Math.max(...Object.values(TERRITORIAL_TILES).map((tile) => tile?.row ?? 0)) + 1;
  const nonTerritorialY = MARGIN + rows * STEP + 28;
  const tiles: Tile[] = [];
  let extra = 0;
  for (const force of FORCES) {
    const territorial = TERRITORIAL_TILES[force.code];
    const other = NON_TERRITORIAL_TILES[force.code];
    const place = territorial ? { x: MARGIN + territorial.column * STEP, y: MARGIN + territorial.row * STEP } : { x: MARGIN + extra++ * STEP, y: nonTerritorialY };
    const count = counts[force.code] ?? null;
    const band = count === null ? null : (bands.find((one) => count >= one.from && count <= one.to) ?? bands[bands.length - 1]);
    const href = count === null ? null : hrefOf(force.code);
    const short = territorial?.short ?? other?.short ?? force.code.slice(0, 5);
    tiles.push({
      force: force.code,
      name: force.name,
      short,
      ...place,
      count,
      band,
      href,
      highlighted: highlighted.includes(force.code),
            label: count === null ? `${force.name}: outside your region, not shown` : `${force.name}: ${count} ${measure}`,
    });
  }
  const columns = Math.max(...Object.values(TERRITORIAL_TILES).map((tile) => tile?.column ?? 0)) + 1;
  return {
    width: MARGIN * 2 + columns * STEP,
    height: nonTerritorialY + STEP + MARGIN,
    tiles,
    bands,
    nonTerritorial: { y: nonTerritorialY, heading: 'Forces without territory of their own' },
  };
}

/** The map drawn, its key, and whether some forces are outside what the user may see (shown without figures). */
export function tileMap(input: TileMapInput, id: string): { svg: string; bands: TileMapModel['bands']; partial: boolean } {
  const model = tileMapModel(input);
  return { svg: svgOf(model, input.title, id), bands: model.bands, partial: model.tiles.some((tile) => tile.count === null) };
}

/**
 * The map as SVG: each tile a link named by its force and number (a tile outside what the user may
 * see has neither). The name is the tile's SVG title, which also shows on hover; the letters drawn
 * on the tile are only a shorthand for it.
 */
function svgOf(model: TileMapModel, title: string, id: string): string {
  const parts = [
    `<svg class="stor-tile-map" viewBox="0 0 ${model.width} ${model.height}" aria-labelledby="${id}-title" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<text x="${MARGIN}" y="${model.nonTerritorial.y - 10}" font-size="13">${escapeXml(model.nonTerritorial.heading)}</text>`,
  ];
  for (const tile of model.tiles) {
    const fill = tile.band?.fill ?? '#f3f2f1';
    const text = tile.band?.text ?? '#505a5f';
    const outline = tile.highlighted ? `stroke="#0b0c0c" stroke-width="3"` : tile.band ? `stroke="#505a5f" stroke-width="1"` : `stroke="#505a5f" stroke-width="1" stroke-dasharray="3 3"`;
    const body = [
      `<rect x="${tile.x}" y="${tile.y}" width="${SIZE}" height="${SIZE}" fill="${fill}" ${outline}/>`,
      `<text x="${tile.x + SIZE / 2}" y="${tile.y + 22}" text-anchor="middle" fill="${text}" aria-hidden="true">${escapeXml(tile.short)}</text>`,
      `<text x="${tile.x + SIZE / 2}" y="${tile.y + 42}" text-anchor="middle" fill="${text}" font-size="15" font-weight="bold" class="stor-tile-map__count" aria-hidden="true">${tile.count ?? '–'}</text>`,
    ].join('');
    parts.push(
      tile.href
        ? `<a href="${escapeXml(tile.href)}"><title>${escapeXml(tile.label)}</title>${body}</a>`
        : `<g role="img"><title>${escapeXml(tile.label)}</title>${body}</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
