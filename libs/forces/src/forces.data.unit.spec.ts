import { type ForceCode, FORCES, REGIONS, WATER_CROSSINGS, isForceCode, isRegionCode } from '#forces';

const codes = FORCES.map((force) => force.code);
const byCode = new Map(FORCES.map((force) => [force.code, force]));

describe('the force table', () => {
  it('holds 46 unique codes in code order', () => {
    expect(codes).toHaveLength(46);
    expect(new Set(codes).size).toBe(46);
    expect(codes).toEqual([...codes].sort());
  });

  it('gives every force a name and a jurisdiction matching its region', () => {
    for (const force of FORCES) {
      expect(force.name).not.toBe('');
      const expected =
        force.code === 'btp'
          ? 'great-britain'
          : force.region === 'scotland'
            ? 'scotland'
            : force.region === 'northern-ireland'
              ? 'northern-ireland'
              : 'england-wales';
      expect(force.jurisdiction).toBe(expected);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(FORCES)).toBe(true);
    expect(Object.isFrozen(byCode.get('kent'))).toBe(true);
    expect(Object.isFrozen(byCode.get('kent')?.neighbours)).toBe(true);
  });
});

describe('land-border adjacency', () => {
  it('names only known forces, sorted, without self-loops or repeats', () => {
    for (const force of FORCES) {
      expect(force.neighbours).not.toContain(force.code);
      expect(force.neighbours).toEqual([...new Set(force.neighbours)].sort());
      for (const neighbour of force.neighbours) expect(isForceCode(neighbour)).toBe(true);
    }
  });

  it('is symmetric', () => {
    for (const force of FORCES) {
      for (const neighbour of force.neighbours) {
        expect(byCode.get(neighbour)?.neighbours).toContain(force.code);
      }
    }
  });

  it('has 101 undirected edges', () => {
    const edges = new Set(
      FORCES.flatMap((force) => force.neighbours.map((n) => [force.code, n].sort().join('|'))),
    );
    expect(edges.size).toBe(101);
  });

  it('gives BTP and PSNI no land neighbours', () => {
    expect(byCode.get('btp')?.neighbours).toEqual([]);
    expect(byCode.get('psni')?.neighbours).toEqual([]);
  });

  it('crosses into Scotland only from Cumbria and Northumbria', () => {
    expect(byCode.get('police-scotland')?.neighbours).toEqual(['cumbria', 'northumbria']);
  });

  it('leaves out the unconfirmed and water-only borders', () => {
    const unconfirmed: [ForceCode, ForceCode][] = [
      ['derbyshire', 'warwickshire'],
      ['humberside', 'west-yorkshire'],
      ['cambridgeshire', 'leicestershire'],
      ['merseyside', 'north-wales'],
      ['avon-and-somerset', 'south-wales'],
      ['avon-and-somerset', 'gwent'],
      ['essex', 'kent'],
    ];
    for (const [a, b] of unconfirmed) expect(byCode.get(a)?.neighbours).not.toContain(b);
  });
});

describe('regions', () => {
  it('has the 10 ROCU regions plus national, scotland and northern-ireland, in code order', () => {
    expect(REGIONS.map((region) => region.code)).toEqual([
      'east-midlands',
      'eastern',
      'london',
      'national',
      'north-east',
      'north-west',
      'northern-ireland',
      'scotland',
      'south-east',
      'south-west',
      'wales',
      'west-midlands',
      'yorkshire-and-humber',
    ]);
  });

  it('has a region for every force, and every region has members', () => {
    for (const force of FORCES) expect(isRegionCode(force.region)).toBe(true);
    for (const region of REGIONS) expect(region.forces.length).toBeGreaterThan(0);
  });

  it('places every force in exactly one region', () => {
    const members = REGIONS.flatMap((region) => region.forces);
    expect([...members].sort()).toEqual(codes);
  });

  it('gives human names', () => {
    expect(REGIONS.find((region) => region.code === 'eastern')?.name).toBe('Eastern (ERSOU)');
  });
});

describe('water crossings', () => {
  it('join known forces that are not land neighbours', () => {
    expect(WATER_CROSSINGS).toHaveLength(3);
    for (const { forces: [a, b], name } of WATER_CROSSINGS) {
      expect(isForceCode(a) && isForceCode(b)).toBe(true);
      expect(byCode.get(a)?.neighbours).not.toContain(b);
      expect(name).not.toBe('');
    }
  });
});
