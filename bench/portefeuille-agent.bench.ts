/**
 * Benchmark (issue 5): the cost of the agent's scope. On the seeded volume (bench/seed: 200,000 dossiers, 20
 * dispositifs, 100 territoires), an agent whose profils métiers see 10 dispositifs and who is limited to 20
 * territoires lists a page of 50 dossiers and opens one, through the repository functions the API uses
 * (repositories/dossiers.ts: one SQL query each). Baseline: the same queries without the scope predicate.
 * Goal: scoped ≤ 1.2 × unscoped.
 *
 *   npm run bench -- portefeuille          (seeds `guichet_seed` first when it is missing or of another size)
 *   BENCH_PETIT=1 …                        smoke run on a small private seed, used by the test suite
 */
import knexLib, { type Knex } from 'knex';
import { Client } from 'pg';
import { listerDossiersAgent, trouverDossierAgent } from '../extensions/instruction/server/src/repositories/dossiers';
import { enregistrer, type ResultatBench } from './lib/mesure';
import { semer } from './seed/generer';

const PETIT = process.env.BENCH_PETIT === '1';
const AGENT = 900_001;
const PAGE = 50;

async function baseSemee(base: string, dossiers: number): Promise<{ url: string; supprimer?: () => Promise<void> }> {
  const nom = PETIT ? `guichet_seed_portefeuille_${process.pid}` : 'guichet_seed';
  const url = new URL(base);
  url.pathname = `/${nom}`;
  if (!PETIT) {
    const c = new Client({ connectionString: url.toString() });
    const existe = await c.connect().then(
      async () => Number((await c.query('SELECT count(*) AS n FROM instruction_dossiers')).rows[0].n) === dossiers,
      () => false,
    );
    await c.end().catch(() => undefined);
    if (existe) return { url: url.toString() };
  }
  const r = await semer({ base, nom, taille: { dossiers } });
  return { url: r.url, supprimer: PETIT ? r.supprimer : undefined };
}

/** The measured agent: one profil métier with « voir » on the odd dispositifs, limited to one territoire in five. */
async function creerAgent(knex: Knex): Promise<void> {
  await knex('instruction_agents_perimetres').where({ admin_user_id: AGENT }).del();
  await knex('instruction_agents_profils').where({ admin_user_id: AGENT }).del();
  const maintenant = new Date();
  const meta = (i: number) => ({
    document_id: `bench${String(i).padStart(19, '0')}`,
    created_at: maintenant,
    updated_at: maintenant,
    published_at: maintenant,
  });
  const code = 'bench-portefeuille';
  await knex('instruction_profils_metiers').where({ code }).del();
  const [profil] = await knex('instruction_profils_metiers')
    .insert({ ...meta(0), code, libelle: 'Bench' })
    .returning('id');
  const profilId = Number((profil as { id: number }).id);
  const dispositifs = await knex('instruction_dispositifs').select('id').orderBy('id');
  await knex('instruction_matrice_habilitations').where({ profil_metier_id: profilId }).del();
  await knex('instruction_matrice_habilitations').insert(
    dispositifs
      .filter((_, i) => i % 2 === 1)
      .map((d, i) => ({ ...meta(1000 + i), profil_metier_id: profilId, dispositif_id: d.id, voir: true })),
  );
  await knex('instruction_agents_profils').insert({ ...meta(1), admin_user_id: AGENT, profil_metier_id: profilId });
  const territoires = await knex('instruction_territoires').select('id').orderBy('id');
  await knex('instruction_agents_perimetres').insert(
    territoires
      .filter((_, i) => i % 5 === 0)
      .map((t, i) => ({ ...meta(2000 + i), admin_user_id: AGENT, territoire_id: t.id })),
  );
}

/** The same page without any scope: what listing would cost if every agent saw everything. */
function pageSansPerimetre(knex: Knex, avant?: number) {
  const q = knex('instruction_dossiers as d')
    .join('instruction_dispositifs as disp', 'disp.id', 'd.dispositif_id')
    .select('d.*', 'disp.slug as dispositif_slug', 'disp.titre as dispositif_titre')
    .whereNull('d.supprime_le')
    .whereNot('d.etat', 'brouillon')
    .orderBy('d.id', 'desc')
    .limit(PAGE);
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

export async function executer(): Promise<ResultatBench> {
  const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const taille = PETIT ? 2_000 : 200_000;
  const seme = await baseSemee(base, taille);
  const knex = knexLib({ client: 'pg', connection: seme.url, pool: { min: 1, max: 2 } });
  try {
    await creerAgent(knex);
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
      await knex('instruction_dossiers').where({ numero }).whereNull('supprime_le').first();
    };
    const iterations = PETIT ? 3 : 30;
    for (let i = 0; i < (PETIT ? 1 : 5); i++) await Promise.all([nous(), reference()].map((p) => p));
    const a: number[] = [];
    const b: number[] = [];
    for (let run = 0; run < (PETIT ? 3 : 7); run++) {
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
      dataSize: `${taille} dossiers, 20 dispositifs, 100 territoires ; agent : 10 dispositifs, 20 territoires ; ${PETIT ? 3 : 7} exécutions × ${iterations}`,
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench -- portefeuille',
    };
    if (!PETIT) enregistrer(resultat, __dirname);
    return resultat;
  } finally {
    await knex.destroy();
    await seme.supprimer?.();
  }
}

if (require.main === module) {
  executer()
    .then((r) => {
      console.log(`${r.id} : ${r.medians.nous} / ${r.medians.baseline} µs → rapport ${r.ratio} (objectif ${r.goal})`);
      process.exit(0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
