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
    .addHelpText(
      'after',
      `
Participants join with:  qsort sort --join URL --code CODE
Each accepted sort is saved in the study's sorts/ folder before the
participant's laptop gets an answer. Stop with q twice (or Ctrl-C); run serve
again to continue the same session with the same code.

Keys in the dashboard: j join screen · d participants · r top five ·
a viewpoints · q close

Examples:
  $ qsort serve --study workshop --expect 20
  $ qsort serve --study workshop --code KLANT24 --port 9000
  $ qsort serve --study workshop --plain > session.log`,
    )
    .action(async (opts: ServeCommandOptions) => {
      const { runServe } = await import('../actions/serve.ts');
      await runServe(opts, deps);
    });
}
