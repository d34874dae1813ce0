import fc from 'fast-check';

// Under CI the property tests run with a fixed seed, so a submission's result does
// not depend on luck; locally each run draws a new seed and keeps exploring.
// FC_SEED=<n> reproduces a run (fast-check prints the seed of a failure).
const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
