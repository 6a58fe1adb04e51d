import type { SubjectId } from '../../subjects/subject-id.js';
import type { OrderId } from '../order-id.js';
import { upcastBreachRecordedV1, type BreachRecordedV1Data } from './breach-recorded-v1.js';
import { upcastOrderMadeV1, type OrderMadeV1Data } from './order-made-v1.js';
import { upcastOrderMadeV2 } from './order-made-v2.js';
import { upcastOrderVariedV1, type OrderVariedV1Data } from './order-varied-v1.js';

// Each upcaster is a pure function from the old shape to the next: given v1 data, then v2 data.

const subject = { subjectId: 's-1' as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: null, aliases: [], pncId: null };

describe('OrderMade v1 → v2', () => {
  const v1: OrderMadeV1Data = {
    orderId: 'o-1' as OrderId,
    orderType: 'STRO',
    owningForce: 'kent',
    court: 'Medway Magistrates',
    madeOn: '2019-06-01',
    servedOn: null,
    subject,
    prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }],
  };

  it('keeps every v1 field and reads the particulars as not recorded / nothing required', () => {
    expect(upcastOrderMadeV1(v1)).toEqual({
      ...v1,
      legalBasis: null,
      applicant: null,
      notifiedForce: null,
      qualifyingOffence: null,
      notification: { required: false, notifyTo: null },
      passportSurrender: null,
      interimOrderId: null,
    });
  });

  it('does not change the data it is given', () => {
    const frozen = Object.freeze({ ...v1 });
    expect(() => upcastOrderMadeV1(frozen)).not.toThrow();
    expect(frozen).not.toHaveProperty('legalBasis');
  });
});

describe('OrderMade v2 → v3', () => {
  const v2 = upcastOrderMadeV1({
    orderId: 'o-1' as OrderId,
    orderType: 'STPO',
    owningForce: 'kent',
    court: 'Maidstone Crown Court',
    madeOn: '2024-06-01',
    servedOn: null,
    subject,
    prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }],
  });

  it('keeps every v2 field and reads where the subject lived as not recorded', () => {
    expect(upcastOrderMadeV2(v2)).toEqual({ ...v2, subjectAddress: null });
  });

  it('does not change the data it is given', () => {
    const frozen = Object.freeze({ ...v2 });
    expect(() => upcastOrderMadeV2(frozen)).not.toThrow();
    expect(frozen).not.toHaveProperty('subjectAddress');
  });
});

describe('OrderVaried v1 → v2', () => {
  it('adds no passport surrender requirement', () => {
    const v1: OrderVariedV1Data = { orderId: 'o-1' as OrderId, court: 'Court', variedOn: '2020-01-01', addedProhibitions: [], removedProhibitionIds: ['p-1'] };
    expect(upcastOrderVariedV1(v1)).toEqual({ ...v1, passportSurrender: null });
  });
});

describe('BreachRecorded v1 → v2', () => {
  it('cites no requirement', () => {
    const v1: BreachRecordedV1Data = { orderId: 'o-1' as OrderId, breachId: 'b-1', occurredOn: '2020-01-01', locationForce: 'kent', description: 'Seen', prohibitionIds: ['p-1'] };
    expect(upcastBreachRecordedV1(v1)).toEqual({ ...v1, requirements: [] });
  });
});
