import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { joinUrls, lanAddresses } from './network.ts';

const info = (address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as NetworkInterfaceInfo;

const interfaces = {
  lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
  wlan0: [info('192.168.1.20', 'IPv4'), info('fe80::1', 'IPv6')],
  eth0: [info('169.254.3.4', 'IPv4'), info('10.0.0.7', 'IPv4')],
};

describe('joinUrls', () => {
  it('lists the LAN IPv4 addresses (no loopback, link-local or IPv6) for a server on every interface', () => {
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.20', '10.0.0.7']);
    expect(joinUrls('0.0.0.0', 8080, interfaces)).toEqual(['http://192.168.1.20:8080', 'http://10.0.0.7:8080']);
  });

  it('falls back to loopback when there is no network', () => {
    expect(joinUrls('0.0.0.0', 8080, { lo: interfaces.lo })).toEqual(['http://127.0.0.1:8080']);
  });

  it('uses the given address otherwise (IPv6 in brackets)', () => {
    expect(joinUrls('127.0.0.1', 9000, interfaces)).toEqual(['http://127.0.0.1:9000']);
    expect(joinUrls('fd00::5', 9000, interfaces)).toEqual(['http://[fd00::5]:9000']);
  });
});
