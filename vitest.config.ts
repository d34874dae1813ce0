import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (the tests next to their sources in src/) and `e2e`
 * (test/: the CLI end to end, tmux, Chromium, the server over loopback, the
 * golden data, the architecture). They share one pool of workers, so the slow
 * e2e files (a browser, a real terminal) run beside the unit tests instead of
 * after them. Three workers on two cores: the e2e files spend much of their time
 * waiting on a child process, a terminal or a browser.
 * `npx vitest run --project unit` runs one of them.
 */
const shared = {
  // the error tables (src/i18n/errors.ts): every QError's message is its English text in every test
  setupFiles: ['./test/fast-check-setup.ts', './src/i18n/errors.ts'],
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    maxWorkers: 3,
    reporters: process.env['CI'] ? ['default', './test/closing-line-reporter.ts'] : ['default'],
    projects: [
      { extends: true, test: { ...shared, name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { ...shared, name: 'e2e', include: ['test/**/*.test.ts'] } },
    ],
  },
});
