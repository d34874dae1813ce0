import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { ServeCommandOptions } from '../actions/serve.ts';
import { addStudyOption, langOption, nonNegativeInt, positiveInt } from './shared.ts';

/** A TCP port: 0 (any free port) to 65535. */
export function portNumber(value: string): number {
  const n = nonNegativeInt(value);
  if (n > 65535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return n;
}


export const DEFAULT_PORT = 8080;
export const DEFAULT_SSH_PORT = 2222;

export function registerServe(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('serve')
      .description("collect a workshop's sorts over the local network, with a live dashboard"),
  )
    .option('--port <n>', 'the port to listen on (0: any free port)', portNumber, DEFAULT_PORT)
    .option('--host <address>', 'the address to listen on (0.0.0.0: every network; 127.0.0.1: this computer only)', '0.0.0.0')
    .option('--expect <n>', 'how many participants you expect (for the dashboard)', positiveInt)
    .option('--code <code>', 'choose the session code (4–32 letters or digits), e.g. for handouts printed in advance')
    .option('--plain', 'no dashboard: print the join URL and code, then one log line per event')
    .addOption(langOption("the dashboard's language (default: the study's)"))
    .option('--rate-limit <n>', 'requests per minute from one address before it must wait (raise it when the whole room shares one address)', positiveInt, 300)
    .option('--ssh-port <n>', 'the port participants reach over SSH (0: any free port)', portNumber, DEFAULT_SSH_PORT)
    .option('--no-ssh', 'do not serve the sort over SSH (participants then need qsort: qsort sort --join)')
    .option('--ssh-idle <minutes>', 'close an SSH session after this many minutes without a key press (the sort so far is kept)', positiveInt, 30)
    .option('--ssh-max-sessions <n>', 'SSH sessions at once', positiveInt, 60)
    .addHelpText(
      'after',
      `
Participants join with nothing installed, from any terminal:
  ssh -p 2222 CODE@ADDRESS        (the session code is the user name)
or, with qsort on their laptop:  qsort sort --join URL --code CODE
The SSH host key is made on the first run and kept in the study folder
(ssh_host_ed25519_key); its fingerprint is shown for participants to check.
Each accepted sort is saved in the study's sorts/ folder before the
participant is told it is saved. Stop with q twice (or Ctrl-C); run serve
again to continue the same session with the same code.

Keys in the dashboard: j join screen · d participants · r top five ·
a viewpoints · q close

Examples:
  $ qsort serve --study workshop --expect 20
  $ qsort serve --study workshop --code KLANT24 --port 9000 --ssh-port 2200
  $ qsort serve --study workshop --no-ssh
  $ qsort serve --study workshop --plain > session.log`,
    )
    .action(async (opts: ServeCommandOptions) => {
      const { runServe } = await import('../actions/serve.ts');
      await runServe(opts, deps);
    });
}
