/**
 * Benchmark (issue 5, B9 at the endpoint): the cost of the agent's scope through the HTTP API. On the seeded volume
 * (bench/seed: 200,000 dossiers), an agent whose profil métier sees 10 dispositifs of 20 and who is limited to 20
 * territoires of 100 calls `GET /instruction/dossiers` (page 1 of 50, then a deep page through the `avant` cursor)
 * and `GET /instruction/dossiers/:numero` on a dossier they see. Goal: ≤ 1.2. Also counts the SQL statements of
 * each request.
 *
 * Baseline. The Super Admin is NOT on an unscoped path: every agent read goes through repositories/dossiers.ts
 * `portefeuilleAgent`, whatever the admin role; without a profil métier the Super Admin sees no dossier (checked:
 * empty list). And its requests cost more for reasons foreign to the scope (Strapi loads the Super Admin's many
 * permissions on every request). So the baseline is an agent of the same role holding « voir » on every dispositif
 * with no territorial limit — the widest scope, where the predicate lets every row through — making the same calls
 * (same page 1, same cursor, same dossier); the Super Admin, habilitated the same way, is measured too and reported
 * in dataSize. The cost of the SQL predicate against no predicate at all is portefeuille-agent.bench.ts.
 *
 *   npm run bench -- portefeuille-agent-api     (seeds `guichet_seed` first when it is missing or of another size)
 *   BENCH_PETIT=1 …                              smoke run on a small private seed, used by the test suite
 */
import { type ApiSemee, demarrerApiSemee, habiliterEnSql, perimetreLimite } from './lib/api-semee';
import { chargeMachine, comparerAsync, enregistrer, type ResultatBench, lancerEnLigneDeCommande } from './lib/mesure';

const PAGE = 50;
type Liste = { data: { numero: string }[]; meta: { suivant: number | null } };

/** The three calls of one iteration, with the statuses and SQL counts of each; `chronos` keeps each call's time. */
function parcours(api: ApiSemee, jeton: string, avant: number, numero: string, chronos: number[][] = [[], [], []]) {
  const chemins = [
    `/instruction/dossiers?limite=${PAGE}`,
    `/instruction/dossiers?limite=${PAGE}&avant=${avant}`,
    `/instruction/dossiers/${numero}`,
  ];
  return async () => {
    const r = [];
    for (const [i, chemin] of chemins.entries()) {
      const debut = process.hrtime.bigint();
      r.push(await api.get(chemin, jeton));
      chronos[i]!.push(Number(process.hrtime.bigint() - debut) / 1e6);
    }
    for (const x of r) if (x.statut !== 200) throw new Error(`HTTP ${x.statut}`);
    return { page1: r[0]!, profonde: r[1]!, detail: r[2]! };
  };
}

const mediane = (xs: number[]) => {
  const t = [...xs].sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]! * 10) / 10;
};

export async function executer(petit = process.env.BENCH_PETIT === '1'): Promise<ResultatBench> {
  const charge = chargeMachine();
  const api = await demarrerApiSemee({ petit, prive: `guichet_seed_api_agent_${process.pid}` });
  try {
    const agent = await api.compteAdmin('banc-agent-limite@agents.test', false);
    await perimetreLimite(api.knex, agent.id, 'bench-portefeuille-api');
    const partout = await api.compteAdmin('banc-agent-partout@agents.test', false);
    await habiliterEnSql(api.knex, partout.id, 'bench-agent-partout', { dispositif: () => true, territoire: null });
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
    const chronos = { nous: [[], [], []], partout: [[], [], []], superAdmin: [[], [], []] } as Record<
      'nous' | 'partout' | 'superAdmin',
      number[][]
    >;
    const nous = parcours(api, agent.jeton, milieu, numero, chronos.nous);
    const reference = parcours(api, partout.jeton, milieu, numero, chronos.partout);
    const parSuperAdmin = parcours(api, superAdmin.jeton, milieu, numero, chronos.superAdmin);

    const a = await nous();
    const b = await reference();
    const pageAgent = (a.page1.corps as Liste).data.map((d) => d.numero);
    const pageTous = (b.page1.corps as Liste).data.map((d) => d.numero);
    if (pageAgent.length !== PAGE || pageTous.length !== PAGE) throw new Error('pages incomplètes');
    if (pageAgent.join() === pageTous.join()) throw new Error('le périmètre de l’agent ne filtre rien');
    if ((a.page1.corps as Liste).meta.suivant === null) throw new Error('pas de curseur après la page 1');
    const c = await parSuperAdmin();
    if ((c.page1.corps as Liste).data.map((d) => d.numero).join() !== pageTous.join()) {
      throw new Error('le Super Admin habilité partout ne voit pas la même page que l’agent habilité partout');
    }
    const refus = await api.get(`/instruction/dossiers/${pageTous.find((n) => !pageAgent.includes(n))}`, agent.jeton);

    const options = petit
      ? { iterations: 2, executions: 3, echauffement: 1 }
      : { iterations: 20, executions: 7, echauffement: 3 };
    const mesure = await comparerAsync(nous, reference, options);
    const mesureSuperAdmin = await comparerAsync(nous, parSuperAdmin, options);
    const sql = (r: Awaited<ReturnType<typeof nous>>) => [r.page1.sql, r.profonde.sql, r.detail.sql];
    const sqlNous = sql(await nous());
    const sqlRef = sql(await reference());
    const sqlSuperAdmin = sql(await parSuperAdmin());
    const moyenne = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;
    const ms = (us: number) => Math.round(us / 10) / 100;
    const rapport = (m: typeof mesure) => Math.round((m.nous.medianeUs / m.reference.medianeUs) * 100) / 100;
    const parAppel = (k: keyof typeof chronos) => chronos[k].map(mediane).join(', ');
    const resultat: ResultatBench = {
      id: 'portefeuille-agent-api',
      what: 'Périmètre d’un agent par l’API HTTP : GET /instruction/dossiers (page 1 de 50, page profonde par le curseur avant) + GET /instruction/dossiers/:numero — durée des 3 appels',
      baseline:
        'un agent de même rôle (Instructeur) habilité « voir » sur les 20 dispositifs, sans limite territoriale : mêmes appels (même page 1, même curseur, même dossier). Le Super Admin n’a pas de chemin sans périmètre (sans profil métier il ne voit rien) : mesuré à part, voir données',
      ratio: rapport(mesure),
      ratioSens: 'plus_bas_meilleur',
      goal: '≤ 1.2',
      unit: 'ms',
      medians: { nous: ms(mesure.nous.medianeUs), baseline: ms(mesure.reference.medianeUs) },
      sqlParRequete: { nous: moyenne(sqlNous), baseline: moyenne(sqlRef) },
      dataSize:
        `${api.taille} dossiers, 20 dispositifs, 100 territoires ; agent : 10 dispositifs, 20 territoires ; ` +
        `${options.executions} exécutions × ${options.iterations} après ${options.echauffement} d’échauffement (${charge}) ; ` +
        `SQL par requête (page 1, page profonde, détail) : agent ${sqlNous.join(', ')}, agent habilité partout ${sqlRef.join(', ')}, ` +
        `Super Admin habilité partout ${sqlSuperAdmin.join(', ')} ; médianes par appel (ms) : agent ${parAppel('nous')}, ` +
        `agent habilité partout ${parAppel('partout')}, Super Admin ${parAppel('superAdmin')} ; ` +
        `contre le Super Admin : ${ms(mesureSuperAdmin.nous.medianeUs)} / ${ms(mesureSuperAdmin.reference.medianeUs)} ms, rapport ${rapport(mesureSuperAdmin)} ; ` +
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

if (require.main === module) lancerEnLigneDeCommande(executer);
