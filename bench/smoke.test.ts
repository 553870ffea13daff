/**
 * A small-size run of every benchmark, part of `npm test`, so that none of them rots between two `npm run bench`.
 * It asserts that each one runs and reports a usable ratio, never how fast it is (that is what `npm run bench` is for).
 */
import { executer as validation200Champs } from './validation-200-champs.bench';

describe('benchmarks (petite taille)', () => {
  it.each([['validation-200-champs', validation200Champs]])('%s produit un rapport mesurable', (id, executer) => {
    const resultat = executer(true);
    expect(resultat.id).toBe(id);
    expect(resultat.medians.nous).toBeGreaterThan(0);
    expect(resultat.medians.baseline).toBeGreaterThan(0);
    expect(Number.isFinite(resultat.ratio)).toBe(true);
  });
});
