#!/usr/bin/env node
import { main } from './main.ts';

// A reader that closes the pipe early (`qsort export | head`) has all it wants: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`error: cannot write the output: ${error.message}\n`);
  process.exit(4);
});

process.exitCode = await main(process.argv.slice(2));
