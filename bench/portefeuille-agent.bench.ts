/**
 * Benchmark (issue 5): the cost of the agent's scope. On the seeded volume (bench/seed: 200,000 dossiers, 20
 * dispositifs, 100 territoires), an agent whose profils métiers see 10 dispositifs and who is limited to 20
 * territoires lists a page of 50 dossiers and opens one, through the repository functions the API uses
 * (repositories/dossiers.ts: one SQL query each). Baseline: the same queries without the scope predicate.
 * Goal: scoped ≤ 1.2 × unscoped.
 *
 *   npm run bench -- portefeuille-agent.bench   (seeds `guichet_seed` first when it is missing or of another size)
 *   BENCH_PETIT=1 …                             smoke run on a small private seed, used by the test suite
 */
import knexLib, { type Knex } from 'knex';
import { listerDossiersAgent, trouverDossierAgent } from '../extensions/instruction/server/src/repositories/dossiers';
import { baseSemee, perimetreLimite, TAILLE_PETITE, TAILLE_REELLE, urlPostgres } from './lib/api-semee';
import { chargeMachine, enregistrer, type ResultatBench, lancerEnLigneDeCommande } from './lib/mesure';

const AGENT = 900_001;
const PAGE = 50;

/** The agent's queries without the scope predicate: what they would cost if every agent saw everything. */
const sansPerimetre = (knex: Knex) =>
  knex('instruction_dossiers as d')
    .join('instruction_dispositifs as disp', 'disp.id', 'd.dispositif_id')
    .select('d.*', 'disp.slug as dispositif_slug', 'disp.titre as dispositif_titre')
    .whereNull('d.supprime_le')
    .whereNot('d.etat', 'brouillon');

function pageSansPerimetre(knex: Knex, avant?: number) {
  const q = sansPerimetre(knex).orderBy('d.id', 'desc').limit(PAGE);
  if (avant) q.where('d.id', '<', avant);
  return q;
}

async function mediane(fn: () => Promise<unknown>, iterations: number): Promise<number> {
  const debut = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  return Number(process.hrtime.bigint() - debut) / 1000 / iterations;
}

const median = (xs: number[]) => {
  const t = [...xs].sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]! * 100) / 100;
};

export async function executer(petit = process.env.BENCH_PETIT === '1'): Promise<ResultatBench> {
  const taille = petit ? TAILLE_PETITE : TAILLE_REELLE;
  const seme = await baseSemee(urlPostgres(), taille, petit ? `guichet_seed_portefeuille_${process.pid}` : undefined);
  const knex = knexLib({ client: 'pg', connection: seme.url, pool: { min: 1, max: 2 } });
  try {
    // The measured agent (a made-up admin user id: the repository functions only read the scope tables).
    await perimetreLimite(knex, AGENT, 'bench-portefeuille');
    // A page deep in the list too (keyset): the scope must not make later pages slower.
    const milieu = Number((await knex('instruction_dossiers').max({ m: 'id' }).first())!.m) / 2;
    const visible = await listerDossiersAgent(knex, AGENT, { limite: 1, avant: milieu });
    const numero = visible[0]!.numero;
    const nous = async () => {
      await listerDossiersAgent(knex, AGENT, { limite: PAGE });
      await listerDossiersAgent(knex, AGENT, { limite: PAGE, avant: milieu });
      await trouverDossierAgent(knex, numero, AGENT);
    };
    const reference = async () => {
      await pageSansPerimetre(knex);
      await pageSansPerimetre(knex, milieu);
      // trouverDossierAgent's query (join, not a draft) minus the scope.
      await sansPerimetre(knex).where('d.numero', numero).first();
    };
    const charge = chargeMachine();
    const iterations = petit ? 3 : 30;
    for (let i = 0; i < (petit ? 1 : 5); i++) await Promise.all([nous(), reference()].map((p) => p));
    const a: number[] = [];
    const b: number[] = [];
    for (let run = 0; run < (petit ? 3 : 7); run++) {
      a.push(await mediane(nous, iterations));
      b.push(await mediane(reference, iterations));
    }
    const medians = { nous: median(a), baseline: median(b) };
    const resultat: ResultatBench = {
      id: 'portefeuille-agent',
      what: 'Périmètre d’un agent (profils métiers × dispositifs, territoires) : page 1 et page profonde de 50 dossiers + ouverture d’un dossier — durée des 3 requêtes SQL',
      baseline: 'les mêmes requêtes sans le prédicat de périmètre',
      ratio: Math.round((medians.nous / medians.baseline) * 100) / 100,
      ratioSens: 'plus_bas_meilleur',
      goal: '≤ 1.2',
      unit: 'µs',
      medians,
      dataSize: `${taille} dossiers, 20 dispositifs, 100 territoires ; agent : 10 dispositifs, 20 territoires ; ${petit ? 3 : 7} exécutions × ${iterations} (${charge})`,
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench -- portefeuille-agent.bench',
    };
    if (!petit) enregistrer(resultat, __dirname);
    return resultat;
  } finally {
    await knex.destroy();
    await seme.supprimer?.();
  }
}

if (require.main === module) lancerEnLigneDeCommande(executer);
