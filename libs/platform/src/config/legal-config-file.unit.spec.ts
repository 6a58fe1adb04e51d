import { DEFAULT_LEGAL_CONFIG } from '#domain';
import { loadLegalConfig, mergeLegalConfig } from './legal-config-file.js';
import { ConfigError } from './stor-config.js';

describe('the legal configuration a reviewer can change', () => {
  test('without a file, the defaults of the domain brief apply', () => {
    expect(loadLegalConfig(null)).toBe(DEFAULT_LEGAL_CONFIG);
  });

  test('a file overrides only what it names', () => {
    const config = mergeLegalConfig({ stpoEndsStro: true, summaryMaximumCustodyMonths: 12, enforceableIn: { SCO: ['STPO'] } }, 'test');
    expect(config.stpoEndsStro).toBe(true);
    expect(config.summaryMaximumCustodyMonths).toBe(12);
    expect(config.enforceableIn.SCO).toEqual(['STPO']);
    expect(config.enforceableIn.EW).toEqual(DEFAULT_LEGAL_CONFIG.enforceableIn.EW);
    expect(config.stroSupersedesEarlierStro).toBe(DEFAULT_LEGAL_CONFIG.stroSupersedesEarlierStro);
  });

  test.each([
    [{ stpoEndsStro: 'yes' }, /stpoEndsStro/],
    [{ r22AppliesTo: ['STPO', 'ASBO'] }, /r22AppliesTo/],
    [{ summaryMaximumCustodyMonths: 0 }, /summaryMaximumCustodyMonths/],
    [{ teroMinimumYears: 1.5 }, /teroMinimumYears/],
    [{ stroSupersedesStro: true }, /unknown settings stroSupersedesStro/],
    [[], /JSON object/],
  ])('a setting it cannot trust stops start-up: %j', (raw, message) => {
    expect(() => mergeLegalConfig(raw, 'test')).toThrow(ConfigError);
    expect(() => mergeLegalConfig(raw, 'test')).toThrow(message);
  });
});
