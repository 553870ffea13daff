/**
 * A small-size run of every benchmark, part of `npm test`, so that none of them rots between two `npm run bench`.
 * It asserts that each one runs and reports a usable ratio, never how fast it is (that is what `npm run bench` is for).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { servicesReels } from './lib/guichet-reel';
import type { ResultatBench } from './lib/mesure';
import { executer as portefeuilleAgentApi } from './portefeuille-agent-api.bench';
import { executer as portefeuilleAgent } from './portefeuille-agent.bench';
import { executer as transitionEnMasse10k } from './transition-en-masse-10k.bench';
import { executer as usagerDetail } from './usager-detail.bench';
import { executer as validation200Champs } from './validation-200-champs.bench';

// The end-to-end bench needs Postgres and Redis (REQUIRE_SERVICES=1 in CI, or DATABASE_URL + REDIS_URL).
const avecServices = servicesReels() ? it : it.skip;
// The benches on the seeded volume need Postgres only (each seeds a private ~2,000-dossier database, then drops it).
const avecPostgres = process.env.DATABASE_URL || process.env.REQUIRE_SERVICES === '1' ? it : it.skip;

const resultats = path.join(__dirname, 'results.json');
const contenu = () => (existsSync(resultats) ? readFileSync(resultats, 'utf8') : '');

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

  avecPostgres.each([
    ['portefeuille-agent', portefeuilleAgent],
    ['portefeuille-agent-api', portefeuilleAgentApi],
    ['usager-detail', usagerDetail],
  ] as [string, (petit: boolean) => Promise<ResultatBench>][])(
    '%s (base semée privée de 2 000 dossiers) produit un rapport mesurable sans rien écrire dans results.json',
    async (id, executer) => {
      const avant = contenu();
      const r = await executer(true);
      expect(r.id).toBe(id);
      expect(r.dataSize).toMatch(/^2000 dossiers/);
      expect(r.medians.nous).toBeGreaterThan(0);
      expect(r.medians.baseline).toBeGreaterThan(0);
      expect(Number.isFinite(r.ratio)).toBe(true);
      if (id !== 'portefeuille-agent') {
        expect(r.sqlParRequete!.nous).toBeGreaterThan(0);
        expect(r.sqlParRequete!.baseline).toBeGreaterThan(0);
      }
      expect(contenu()).toBe(avant);
    },
    180_000,
  );
});
