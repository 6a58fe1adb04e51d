import { type HostLookup, reachableAddress } from './webhook-host.js';

const PRODUCTION = { allowHttpLoopback: false, allowPrivate: false };
const resolvesTo =
  (...addresses: string[]): HostLookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const unknownHost: HostLookup = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
};

describe('where a delivery connects', () => {
  test('given a name resolving to addresses on the internet, then the first of them', async () => {
    expect(await reachableAddress('https://alerts.kent.police.uk/stor', PRODUCTION, resolvesTo('203.0.114.9', '2a00:1450::1'))).toEqual({ address: { address: '203.0.114.9', family: 4 } });
  });

  test('given a name that now resolves to a private address as well (DNS rebinding), then no connection, and why', async () => {
    const found = await reachableAddress('https://alerts.kent.police.uk/stor', PRODUCTION, resolvesTo('203.0.114.9', '169.254.169.254'));
    expect(found).toEqual({ refused: expect.stringMatching(/link-local/) });
  });

  test('given an address in the URL, then it is checked and used without a lookup', async () => {
    const never: HostLookup = async () => {
      throw new Error('no lookup expected');
    };
    expect(await reachableAddress('https://203.0.114.9/stor', PRODUCTION, never)).toEqual({ address: { address: '203.0.114.9', family: 4 } });
    expect(await reachableAddress('https://[2a00:1450::1]/stor', PRODUCTION, never)).toEqual({ address: { address: '2a00:1450::1', family: 6 } });
    expect(await reachableAddress('https://10.0.0.1/stor', PRODUCTION, never)).toEqual({ refused: expect.stringMatching(/private network/) });
  });

  test('given a name that cannot be found, or a URL refused as given, then refused', async () => {
    expect(await reachableAddress('https://nowhere.invalid/stor', PRODUCTION, unknownHost)).toEqual({ refused: expect.stringMatching(/could not be found/) });
    expect(await reachableAddress('http://alerts.kent.police.uk/stor', PRODUCTION, resolvesTo('203.0.114.9'))).toEqual({ refused: expect.stringMatching(/https/) });
  });
});
