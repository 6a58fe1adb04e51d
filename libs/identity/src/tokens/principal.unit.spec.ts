import { InvalidClaims, principalFromClaims } from './principal.js';

describe('the user a token describes', () => {
  test.each([
    ['a ROCU user for the region named national', { role: 'rocu', region: 'national' }],
    ['a ROCU user for Scotland', { role: 'rocu', region: 'scotland' }],
    ['a ROCU user whose only force is BTP (region national)', { role: 'rocu', force: 'btp' }],
    ['an officer of a force STOR does not know', { role: 'officer', force: 'atlantis' }],
    ['an officer whose region is not their force\'s', { role: 'officer', force: 'kent', region: 'wales' }],
    ['a national user naming a region STOR does not know', { role: 'national', region: 'mars' }],
    ['a user id of 201 characters', { role: 'national', sub: 'x'.repeat(201) }],
    ['a user id with a control character', { role: 'national', sub: 'staff\n1' }],
    ['no user id', { role: 'national', sub: undefined }],
  ])('%s is refused', (_what, claims) => {
    expect(() => principalFromClaims({ sub: 'staff-1', ...claims })).toThrow(InvalidClaims);
  });

  test('a ROCU user of a ROCU region, and a national user with an empty force claim, are who they say', () => {
    expect(principalFromClaims({ sub: 'staff-1', role: 'rocu', region: 'eastern' })).toEqual({ userId: 'staff-1', name: 'staff-1', role: 'rocu', region: 'eastern' });
    expect(principalFromClaims({ sub: 'staff-2', name: 'Dee', role: 'national', force: '' })).toEqual({ userId: 'staff-2', name: 'Dee', role: 'national' });
  });
});
