import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import { ORDER_TYPES, type OrderType } from '../order-type.js';
import { consentRequiredUntil } from './consent-bar.js';
import { breachIsOffenceIn } from './r34-breach-offence-in.js';
import { daysLate, notificationDeadline } from './r16-notification-deadline.js';

describe('notificationDeadline (R16, R17: "3 days beginning with the day")', () => {
  it('is the day served plus two', () => {
    expect(notificationDeadline('2025-03-11')).toBe('2025-03-13');
    expect(notificationDeadline('2024-02-28')).toBe('2024-03-01');
    expect(notificationDeadline('2025-12-31')).toBe('2026-01-02');
  });

  it('counts days late after the deadline, 0 when on time', () => {
    expect(daysLate('2025-03-13', '2025-03-13')).toBe(0);
    expect(daysLate('2025-03-13', '2025-03-01')).toBe(0);
    expect(daysLate('2025-03-13', '2025-03-14')).toBe(1);
    expect(daysLate('2024-02-27', '2024-03-01')).toBe(3);
  });
});

describe('breachIsOffenceIn (R34-R37)', () => {
  const ew: OrderType[] = ['STPO', 'STRO', 'INTERIM_STPO', 'INTERIM_STRO'];
  const scottish: OrderType[] = ['TEPO', 'TERO', 'INTERIM_TEPO', 'INTERIM_TERO'];
  const ni: OrderType[] = ['NI_STPO', 'NI_INTERIM_STPO'];

  it('in England and Wales: E&W orders and the NI STPO / interim STPO (s30(1)), not Scottish orders by default', () => {
    for (const type of [...ew, ...ni]) expect(breachIsOffenceIn(type, 'EW')).toBe(true);
    for (const type of scottish) expect(breachIsOffenceIn(type, 'EW')).toBe(false);
  });

  it('in Scotland and in Northern Ireland: every UK order type (HTE(S)A s32(2); S.R. 2016/102)', () => {
    for (const type of ORDER_TYPES) {
      expect(breachIsOffenceIn(type, 'SCO')).toBe(true);
      expect(breachIsOffenceIn(type, 'NI')).toBe(true);
    }
  });

  it('accepts the long jurisdiction names too, and follows the configuration', () => {
    expect(breachIsOffenceIn('TEPO', 'england-wales')).toBe(false);
    expect(breachIsOffenceIn('TEPO', 'england-wales', { ...DEFAULT_LEGAL_CONFIG, enforceableIn: { ...DEFAULT_LEGAL_CONFIG.enforceableIn, EW: ['TEPO'] } })).toBe(true);
  });

  it('the default configuration is frozen, so no caller can change the law for everyone', () => {
    expect(Object.isFrozen(DEFAULT_LEGAL_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LEGAL_CONFIG.enforceableIn.EW)).toBe(true);
  });
});

describe('consentRequiredUntil with the configuration (R22, R23)', () => {
  it('applies the five-year bar to the types r22AppliesTo names', () => {
    expect(consentRequiredUntil('NI_STPO', '2020-03-10')).toBeNull();
    expect(consentRequiredUntil('NI_STPO', '2020-03-10', { ...DEFAULT_LEGAL_CONFIG, r22AppliesTo: ['STPO', 'NI_STPO'] })).toBe('2025-03-09');
    expect(consentRequiredUntil('STRO', '2023-05-01', { ...DEFAULT_LEGAL_CONFIG, r22AppliesTo: [] })).toBe('2025-04-30');
  });
});
