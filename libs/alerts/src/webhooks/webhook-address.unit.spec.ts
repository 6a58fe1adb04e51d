import { addressKind, resolvedRefusal, webhookUrlRefusal } from './webhook-address.js';

const PRODUCTION = { allowHttpLoopback: false, allowPrivate: false };
const DEVELOPMENT = { allowHttpLoopback: true, allowPrivate: false };
const PRIVATE_NETWORK = { allowHttpLoopback: false, allowPrivate: true };

describe('a webhook URL, as given', () => {
  test('given an https URL on the internet, then it may be used', () => {
    expect(webhookUrlRefusal('https://alerts.kent.police.uk/stor', PRODUCTION)).toBeNull();
    expect(webhookUrlRefusal('https://203.0.114.9:8443/stor?force=kent', PRODUCTION)).toBeNull();
    expect(webhookUrlRefusal('https://[2a00:1450:4009:81f::200e]/stor', PRODUCTION)).toBeNull();
  });

  test('given something that is not an absolute http(s) URL, then it is refused in words', () => {
    expect(webhookUrlRefusal('alerts.kent.police.uk/stor', PRODUCTION)).toMatch(/not an absolute URL/);
    expect(webhookUrlRefusal('ftp://alerts.kent.police.uk/stor', PRODUCTION)).toMatch(/must start with https/);
    expect(webhookUrlRefusal('javascript:alert(1)', PRODUCTION)).toMatch(/must start with https/);
  });

  test('given credentials in the URL, then it is refused', () => {
    expect(webhookUrlRefusal('https://kent:hunter2@alerts.kent.police.uk/stor', PRODUCTION)).toMatch(/user name or password/);
    expect(webhookUrlRefusal('https://kent@alerts.kent.police.uk/stor', PRODUCTION)).toMatch(/user name or password/);
  });

  test('given more than 2048 characters, then it is refused', () => {
    expect(webhookUrlRefusal(`https://alerts.kent.police.uk/${'a'.repeat(2048)}`, PRODUCTION)).toMatch(/longer than 2048/);
  });

  test('given plain http, then only to this machine and only when configured', () => {
    expect(webhookUrlRefusal('http://alerts.kent.police.uk/stor', PRODUCTION)).toMatch(/not sent over plain http/);
    expect(webhookUrlRefusal('http://127.0.0.1:8080/stor', PRODUCTION)).toMatch(/not sent over plain http/);
    expect(webhookUrlRefusal('http://alerts.kent.police.uk/stor', DEVELOPMENT)).toMatch(/only to this machine/);
    expect(webhookUrlRefusal('http://10.0.0.5/stor', { allowHttpLoopback: true, allowPrivate: true })).toMatch(/only to this machine/);
    for (const url of ['http://127.0.0.1:8080/stor', 'http://localhost:8080/stor', 'http://[::1]:8080/stor', 'http://127.9.9.9/']) {
      expect(webhookUrlRefusal(url, DEVELOPMENT)).toBeNull();
    }
  });

  test.each([
    ['https://10.1.2.3/', /private network/],
    ['https://172.16.0.1/', /private network/],
    ['https://172.31.255.255/', /private network/],
    ['https://192.168.1.1/', /private network/],
    ['https://127.0.0.1/', /loopback/],
    ['https://localhost/', /loopback/],
    ['https://[::1]/', /loopback/],
    ['https://169.254.169.254/latest/meta-data/', /link-local.*metadata/],
    ['https://[fe80::1]/', /link-local/],
    ['https://[fd12:3456::1]/', /unique-local/],
    ['https://[fc00::1]/', /unique-local/],
    ['https://100.64.0.1/', /carrier-grade NAT/],
    ['https://100.127.255.254/', /carrier-grade NAT/],
    ['https://0.0.0.0/', /unspecified/],
    ['https://[::]/', /unspecified/],
    ['https://224.0.0.1/', /multicast/],
    ['https://[ff02::1]/', /multicast/],
    ['https://255.255.255.255/', /broadcast/],
    ['https://[::ffff:10.0.0.1]/', /private network/],
    ['https://[::ffff:169.254.169.254]/', /link-local/],
    ['https://0x7f.1/', /loopback/],
    ['https://2130706433/', /loopback/],
  ])('given %s in service, then it is refused (%s)', (url, why) => {
    expect(webhookUrlRefusal(url, PRODUCTION)).toMatch(why);
  });

  test('given private addresses allowed, then a private network, link-local or shared address may be used, never multicast, broadcast or unspecified', () => {
    for (const url of ['https://10.1.2.3/', 'https://169.254.169.254/', 'https://[fd12::1]/', 'https://100.64.0.1/', 'https://127.0.0.1/']) {
      expect(webhookUrlRefusal(url, PRIVATE_NETWORK)).toBeNull();
    }
    for (const url of ['https://224.0.0.1/', 'https://255.255.255.255/', 'https://0.0.0.0/']) expect(webhookUrlRefusal(url, PRIVATE_NETWORK)).not.toBeNull();
  });

  test('given the ranges’ edges, then just outside each is public', () => {
    expect(addressKind('172.15.255.255')).toBe('public');
    expect(addressKind('172.32.0.0')).toBe('public');
    expect(addressKind('100.63.255.255')).toBe('public');
    expect(addressKind('100.128.0.0')).toBe('public');
    expect(addressKind('169.253.255.255')).toBe('public');
    expect(addressKind('11.0.0.0')).toBe('public');
    expect(addressKind('fec0::1')).toBe('public');
    expect(addressKind('fbff::1')).toBe('public');
    expect(addressKind('64:ff9b::a00:1')).toBe('private');
    expect(addressKind('not an address')).toBe('reserved');
  });
});

describe('a webhook host name, resolved just before a delivery', () => {
  const url = new URL('https://alerts.kent.police.uk/stor');

  test('given every address on the internet, then it may be reached', () => {
    expect(resolvedRefusal(url, ['203.0.114.9', '2a00:1450:4009:81f::200e'], PRODUCTION)).toBeNull();
  });

  test('given one address of several private (a rebinding), then it is refused', () => {
    expect(resolvedRefusal(url, ['203.0.114.9', '10.0.0.7'], PRODUCTION)).toMatch(/resolves to a private network/);
    expect(resolvedRefusal(url, ['169.254.169.254'], PRODUCTION)).toMatch(/link-local/);
  });

  test('given no address, then it is refused', () => {
    expect(resolvedRefusal(url, [], PRODUCTION)).toMatch(/no address/);
  });

  test('given plain http, then every address must be this machine', () => {
    const local = new URL('http://localhost:8080/stor');
    expect(resolvedRefusal(local, ['127.0.0.1', '::1'], DEVELOPMENT)).toBeNull();
    expect(resolvedRefusal(local, ['127.0.0.1', '203.0.114.9'], DEVELOPMENT)).toMatch(/only to this machine/);
  });
});
