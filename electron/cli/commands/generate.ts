// `ewb generate`: a synthetic library of realistic shape for scale tests; refuses to overwrite.
import { resolve } from 'node:path';
import { generateSyntheticLibrary } from '../../core/services/synthetic-library';
import { type Command, requireString, UsageError } from '../command';

/** A whole number in [min, max] from an option, or a usage error naming it. */
function wholeNumber(
  values: Record<string, string | boolean | undefined>,
  name: string,
  min: number,
  max: number,
) {
  const text = requireString(values, name);
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max.toLocaleString('en-GB')} (got "${text}")`,
    );
  }
  return n;
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'a synthetic library of realistic shape for scale tests',
  usage: 'generate --out FILE --interventions N [--seed S]',
  options: {
    out: { type: 'string' },
    interventions: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
  async run(values, io) {
    const path = resolve(requireString(values, 'out'));
    const interventions = wholeNumber(values, 'interventions', 1, 100_000);
    const seed = wholeNumber(values, 'seed', 0, 2 ** 32 - 1);
    const started = performance.now();
    const counts = await generateSyntheticLibrary(path, { interventions, seed });
    const seconds = (performance.now() - started) / 1000;
    const n = (x: number) => x.toLocaleString('en-GB');
    io.out(
      `Created ${path} (seed ${seed}): ${n(counts.interventions)} interventions, ${n(counts.evaluations)} evaluations, ` +
        `${n(counts.outcomeResults)} outcome results, ${n(counts.costItems)} cost items, ` +
        `${n(counts.organisations)} organisations, in ${seconds.toFixed(1)} s. Every record is synthetic (illustrative).`,
    );
    return 0;
  },
};
