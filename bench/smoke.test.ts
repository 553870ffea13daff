/**
 * A small-size run of every benchmark, part of `npm test`, so that none of them rots between two `npm run bench`.
 * It asserts that each one runs and reports a usable ratio, never how fast it is (that is what `npm run bench` is for).
 */
import { servicesReels } from './lib/guichet-reel';
import { executer as transitionEnMasse10k } from './transition-en-masse-10k.bench';
import { executer as validation200Champs } from './validation-200-champs.bench';

// The end-to-end bench needs Postgres and Redis (REQUIRE_SERVICES=1 in CI, or DATABASE_URL + REDIS_URL).
const avecServices = servicesReels() ? it : it.skip;

describe('benchmarks (petite taille)', () => {
  it.each([['validation-200-champs', validation200Champs]])('%s produit un rapport mesurable', (id, executer) => {
    const resultat = executer(true);
    expect(resultat.id).toBe(id);
    expect(resultat.medians.nous).toBeGreaterThan(0);
    expect(resultat.medians.baseline).toBeGreaterThan(0);
    expect(Number.isFinite(resultat.ratio)).toBe(true);
  });

  avecServices(
    'transition-en-masse-10k (200 dossiers, API + worker séparé + récepteur webhook) produit deux rapports mesurables',
    async () => {
      const resultats = await transitionEnMasse10k(true);
      expect(resultats.map((r) => r.id)).toEqual([
        'transition-en-masse-10k-ecritures',
        'transition-en-masse-10k-bout-en-bout',
      ]);
      for (const r of resultats) {
        expect(r.medians.nous).toBeGreaterThan(0);
        expect(r.medians.baseline).toBeGreaterThan(0);
        expect(Number.isFinite(r.ratio)).toBe(true);
      }
    },
    120_000,
  );
});
