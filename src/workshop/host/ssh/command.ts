/** The command a participant types: `ssh -p 2222 CODE@host` (no -p for port 22; an IPv6 address in brackets). */
export function sshCommand(code: string, host: string, port: number): string {
  const h = host.includes(':') ? `[${host}]` : host;
  return port === 22 ? `ssh ${code}@${h}` : `ssh -p ${port} ${code}@${h}`;
}

/** The SSH side as the join page shows it (the port is known once the SSH server listens). */
export interface SshJoinInfo {
  readonly port: number;
  readonly fingerprint: string;
}
