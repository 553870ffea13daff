/**
 * Benchmark (issue 5, B9 at the endpoint): the cost of the agent's scope through the HTTP API. On the seeded volume
 * (bench/seed: 200,000 dossiers), an agent whose profil métier sees 10 dispositifs of 20 and who is limited to 20
 * territoires of 100 calls `GET /instruction/dossiers` (page 1 of 50, then a deep page through the `avant` cursor)
 * and `GET /instruction/dossiers/:numero` on a dossier they see. Baseline: the Super Admin making the same calls
 * (same page 1, same cursor, same dossier). Goal: ≤ 1.2. Also counts the SQL statements of each request.
 *
 * The Super Admin is NOT on an unscoped path: every agent read goes through repositories/dossiers.ts
 * `portefeuilleAgent`, whatever the admin role. Without a profil métier the Super Admin sees no dossier (checked
 * below: empty list, 404). So the baseline is the Super Admin holding « voir » on every dispositif with no
 * territorial limit: the widest scope (the predicate still runs, and lets every row through). The cost of the SQL
 * predicate itself against no predicate at all is portefeuille-agent.bench.ts.
 *
 *   npm run bench -- portefeuille-agent-api     (seeds `guichet_seed` first when it is missing or of another size)
 *   BENCH_PETIT=1 …                              smoke run on a small private seed, used by the test suite
 */
import { type ApiSemee, demarrerApiSemee, habiliterEnSql, perimetreLimite } from './lib/api-semee';
import { comparerAsync, enregistrer, type ResultatBench } from './lib/mesure';

const PAGE = 50;
type Liste = { data: { numero: string }[]; meta: { suivant: number | null } };

/** The three calls of one iteration, with the statuses and SQL counts of each. */
function parcours(api: ApiSemee, jeton: string, avant: number, numero: string) {
  return async () => {
    const page1 = await api.get(`/instruction/dossiers?limite=${PAGE}`, jeton);
    const profonde = await api.get(`/instruction/dossiers?limite=${PAGE}&avant=${avant}`, jeton);
    const detail = await api.get(`/instruction/dossiers/${numero}`, jeton);
    for (const r of [page1, profonde, detail]) if (r.statut !== 200) throw new Error(`HTTP ${r.statut}`);
    return { page1, profonde, detail };
  };
}

export async function executer(petit = process.env.BENCH_PETIT === '1'): Promise<ResultatBench> {
  const api = await demarrerApiSemee({ petit, prive: `guichet_seed_api_agent_${process.pid}` });
  try {
    const agent = await api.compteAdmin('banc-agent-limite@agents.test', false);
    await perimetreLimite(api.knex, agent.id, 'bench-portefeuille-api');
    const superAdmin = await api.compteAdmin('banc-super-admin@agents.test', true);
    // The Super Admin without any profil métier: the same scoped path, so nothing (see the header).
    await habiliterEnSql(api.knex, superAdmin.id, 'bench-super-admin', { dispositif: () => false, territoire: null });
    const sansProfil = await api.get(`/instruction/dossiers?limite=${PAGE}`, superAdmin.jeton);
    const vuSansProfil = (sansProfil.corps as Liste).data.length;
    await habiliterEnSql(api.knex, superAdmin.id, 'bench-super-admin', { dispositif: () => true, territoire: null });

    // A page deep in the list: the cursor halfway through the ids; a dossier the agent sees, on that page.
    const milieu = Math.floor(Number((await api.knex('instruction_dossiers').max({ m: 'id' }).first())!.m) / 2);
    const profonde = (await api.get(`/instruction/dossiers?limite=${PAGE}&avant=${milieu}`, agent.jeton))
      .corps as Liste;
    const numero = profonde.data[0]!.numero;
    const nous = parcours(api, agent.jeton, milieu, numero);
    const reference = parcours(api, superAdmin.jeton, milieu, numero);

    const a = await nous();
    const b = await reference();
    const pageAgent = (a.page1.corps as Liste).data.map((d) => d.numero);
    const pageTous = (b.page1.corps as Liste).data.map((d) => d.numero);
    if (pageAgent.length !== PAGE || pageTous.length !== PAGE) throw new Error('pages incomplètes');
    if (pageAgent.join() === pageTous.join()) throw new Error('le périmètre de l’agent ne filtre rien');
    if ((a.page1.corps as Liste).meta.suivant === null) throw new Error('pas de curseur après la page 1');
    const refus = await api.get(`/instruction/dossiers/${pageTous.find((n) => !pageAgent.includes(n))}`, agent.jeton);

    const options = petit
      ? { iterations: 2, executions: 3, echauffement: 1 }
      : { iterations: 20, executions: 7, echauffement: 3 };
    const mesure = await comparerAsync(nous, reference, options);
    const sql = (r: Awaited<ReturnType<typeof nous>>) => [r.page1.sql, r.profonde.sql, r.detail.sql];
    const sqlNous = sql(await nous());
    const sqlRef = sql(await reference());
    const moyenne = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;
    const ms = (us: number) => Math.round(us / 10) / 100;
    const medians = { nous: ms(mesure.nous.medianeUs), baseline: ms(mesure.reference.medianeUs) };
    const resultat: ResultatBench = {
      id: 'portefeuille-agent-api',
      what: 'Périmètre d’un agent par l’API HTTP : GET /instruction/dossiers (page 1 de 50, page profonde par le curseur avant) + GET /instruction/dossiers/:numero — durée des 3 appels',
      baseline:
        'le Super Admin, mêmes appels (même page 1, même curseur, même dossier), habilité « voir » sur tous les dispositifs sans limite territoriale (il passe par le même périmètre : aucun chemin sans périmètre)',
      ratio: Math.round((mesure.nous.medianeUs / mesure.reference.medianeUs) * 100) / 100,
      ratioSens: 'plus_bas_meilleur',
      goal: '≤ 1.2',
      unit: 'ms',
      medians,
      sqlParRequete: { nous: moyenne(sqlNous), baseline: moyenne(sqlRef) },
      dataSize:
        `${api.taille} dossiers, 20 dispositifs, 100 territoires ; agent : 10 dispositifs, 20 territoires ; ` +
        `${options.executions} exécutions × ${options.iterations} après ${options.echauffement} d’échauffement ; ` +
        `SQL par requête (page 1, page profonde, détail) : agent ${sqlNous.join(', ')}, Super Admin ${sqlRef.join(', ')} ; ` +
        `Super Admin sans profil métier : ${vuSansProfil} dossier vu ; dossier hors périmètre : HTTP ${refus.statut}`,
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench -- portefeuille-agent-api',
    };
    if (!petit) enregistrer(resultat, __dirname);
    return resultat;
  } finally {
    await api.arreter();
  }
}

if (require.main === module) {
  executer()
    .then((r) => {
      console.log(`${r.id} : ${r.medians.nous} / ${r.medians.baseline} ms → rapport ${r.ratio} (objectif ${r.goal})`);
      console.log(r.dataSize);
      process.exit(0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
