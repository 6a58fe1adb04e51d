import { forceByCode, forcesInRegion, isForceCode, isRegionCode, neighboursOf, regionOf } from '#forces';

describe('force look-ups', () => {
  it('knows force codes and nothing else', () => {
    expect(isForceCode('kent')).toBe(true);
    expect(isForceCode('Kent')).toBe(false);
    expect(isForceCode('garda')).toBe(false);
    expect(forceByCode('met')?.name).toBe('Metropolitan Police Service');
    expect(forceByCode('nowhere')).toBeUndefined();
  });

  it('puts Kent in the Eastern region and North Wales in the North West', () => {
    expect(regionOf('kent')).toBe('eastern');
    expect(regionOf('north-wales')).toBe('north-west');
    expect(regionOf('btp')).toBe('national');
    expect(regionOf('nowhere')).toBeUndefined();
  });

  it('lists neighbours sorted, as a copy the caller may change', () => {
    const neighbours = neighboursOf('sussex');
    expect(neighbours).toEqual(['hampshire', 'kent', 'surrey']);
    neighbours.push('met');
    expect(neighboursOf('sussex')).toEqual(['hampshire', 'kent', 'surrey']);
    expect(neighboursOf('btp')).toEqual([]);
    expect(neighboursOf('psni')).toEqual([]);
    expect(neighboursOf('nowhere')).toEqual([]);
  });
});

describe('region look-ups', () => {
  it('lists member forces as a copy', () => {
    expect(forcesInRegion('wales')).toEqual(['dyfed-powys', 'gwent', 'south-wales']);
    expect(forcesInRegion('north-west')).toEqual([
      'cheshire',
      'cumbria',
      'greater-manchester',
      'lancashire',
      'merseyside',
      'north-wales',
    ]);
    expect(forcesInRegion('south-east')).toEqual(['hampshire', 'surrey', 'sussex', 'thames-valley']);
    expect(forcesInRegion('eastern')).toContain('kent');
    forcesInRegion('wales').push('kent');
    expect(forcesInRegion('wales')).not.toContain('kent');
  });

  it('knows region codes and nothing else', () => {
    expect(isRegionCode('eastern')).toBe(true);
    expect(isRegionCode('national')).toBe(true);
    expect(isRegionCode('kent')).toBe(false);
    expect(forcesInRegion('nowhere')).toEqual([]);
  });
});
