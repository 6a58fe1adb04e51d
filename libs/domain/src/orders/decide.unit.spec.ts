import { decide } from './decide.js';
import type { OrderCommand } from './order-command.js';
import { initialState } from './state.js';
import { kent } from './testing/fixtures.js';

describe('decide', () => {
  it('refuses a command type it does not know with a plain error (a programming mistake, not user input)', () => {
    const bogus = { type: 'QuashOrder', orderId: 'o-1' } as unknown as OrderCommand;
    expect(() => decide(bogus, initialState, kent)).toThrow('Unknown order command "QuashOrder"');
  });
});
