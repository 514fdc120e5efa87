// Property tests draw new inputs on every developer run, to keep finding new cases; under CI they draw the same
// inputs every time, so that the gate judges the change and not the draw. A failure prints its seed either way
// (rerun it with FC_SEED=<seed>).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261202' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
