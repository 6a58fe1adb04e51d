import { FORCES } from '#forces';
import { bandsFor, tileMap, tileMapModel } from './tile-map.js';
import { NON_TERRITORIAL_TILES, TERRITORIAL_TILES } from './tile-positions.js';

const everyForce = (count: number) => Object.fromEntries(FORCES.map((force) => [force.code, count]));

describe('the tile map of the forces', () => {
  test('given the forces table, then every force has exactly one tile, territorial or not, and no two territorial tiles share a cell', () => {
    const placed = FORCES.filter((force) => TERRITORIAL_TILES[force.code] || NON_TERRITORIAL_TILES[force.code]);
    expect(placed).toHaveLength(FORCES.length);
    expect(FORCES.filter((force) => TERRITORIAL_TILES[force.code] && NON_TERRITORIAL_TILES[force.code])).toEqual([]);
    const cells = Object.values(TERRITORIAL_TILES).map((tile) => `${tile?.column},${tile?.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  test('given counts for every force, when drawn, then 46 tiles, each a link named by its force and number', () => {
    const model = tileMapModel({ title: 'Orders in force', counts: { ...everyForce(0), kent: 3 }, measure: 'orders in force', hrefOf: (force) => `/statistics?force=${force}` });
    expect(model.tiles).toHaveLength(46);
    const kent = model.tiles.find((tile) => tile.force === 'kent');
    expect(kent).toMatchObject({ count: 3, href: '/statistics?force=kent', label: 'Kent Police: 3 orders in force' });
    expect(kent?.band?.label).toBe('3');
  });

  test('given a force outside what the user may see, when drawn, then its tile has no number and no link and says why', () => {
    const model = tileMapModel({ title: 'Map', counts: { kent: 1 }, measure: 'orders in force', hrefOf: () => '/x' });
    expect(model.tiles.find((tile) => tile.force === 'sussex')).toMatchObject({ count: null, href: null, label: 'Sussex Police: outside your region, not shown' });
  });

  test('given British Transport Police, when drawn, then its tile sits below every territorial tile, under its own heading', () => {
    const model = tileMapModel({ title: 'Map', counts: everyForce(0), measure: 'orders', hrefOf: () => null });
    const btp = model.tiles.find((tile) => tile.force === 'btp');
    const lowest = Math.max(...model.tiles.filter((tile) => tile.force !== 'btp').map((tile) => tile.y));
    expect(btp?.y).toBeGreaterThan(lowest);
    expect(model.nonTerritorial.y).toBe(btp?.y);
  });

  test('given counts up to 10, then the bands are none, 1 to 3, 4 to 6, 7 to 9 and 10; nothing at all gives only none', () => {
    expect(bandsFor(10).map((band) => band.label)).toEqual(['None', '1 to 3', '4 to 6', '7 to 9', '10']);
    expect(bandsFor(0).map((band) => band.label)).toEqual(['None']);
    expect(bandsFor(2).map((band) => band.label)).toEqual(['None', '1', '2']);
  });

  test('given a link and a name with markup, when rendered, then both are escaped', () => {
    const { svg } = tileMap({ title: 'A <b> map', counts: { kent: 1 }, measure: 'orders & more', hrefOf: () => '/statistics?force=kent&x="1"' }, 'map');
    expect(svg).toContain('<title id="map-title">A &lt;b&gt; map</title>');
    expect(svg).toContain('<a href="/statistics?force=kent&amp;x=&quot;1&quot;"><title>Kent Police: 1 orders &amp; more</title>');
  });
});
