import type { NetworkInterfaceInfo } from 'node:os';

/** The machine's IPv4 addresses that other machines on the room's network can reach (no loopback, no link-local). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      if (!out.includes(info.address)) out.push(info.address);
    }
  }
  return out;
}

/**
 * The addresses participants can use. A server on every interface (0.0.0.0 or
 * ::) is reached by the LAN addresses (loopback only if there is none); a
 * server on one address by that address.
 */
export function joinHosts(host: string, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    const lan = lanAddresses(interfaces);
    return lan.length > 0 ? lan : ['127.0.0.1'];
  }
  return [host];
}

/** The URLs participants can use (see joinHosts). */
export function joinUrls(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  return joinHosts(host, interfaces).map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}`);
}
