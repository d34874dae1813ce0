// Preloaded into a benchmarked process (node -r bench/rss.cjs …): at exit, writes the
// process's peak resident set size (bytes, worker threads included) to $QSORT_BENCH_RSS.
const { writeFileSync } = require('node:fs');
const file = process.env.QSORT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
