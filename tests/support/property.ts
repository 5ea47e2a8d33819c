/**
 * fast-check's settings for every property test: a new random seed each run (fast-check prints it with a
 * counterexample), or FC_SEED's to replay a failure.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
