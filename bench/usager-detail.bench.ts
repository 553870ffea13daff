/**
 * Benchmark (issue 5, B3): a citizen's « my dossiers » then one dossier's detail, through the HTTP API, on the
 * seeded volume (bench/seed: 200,000 dossiers, ~5 pièces, ~5 history entries and ~3 messages each). The citizen
 * calls `GET /api/usagers/dossiers`, `GET /api/usagers/dossiers/:numero` (detail with pièces) and, when the API
 * serves it, `GET /api/usagers/dossiers/:numero/messages`. Baseline: hand-written SQL through `pg`, ONE statement per
 * call — the list, then the dossier with its model, pièces, history and messages as json_agg — serialized to JSON.
 * Goal: ≤ 2. N+1 detector: the detail (and messages) of a dossier with 1 pièce and 1 message and of one with 50 of
 * each take the same number of SQL statements, or the benchmark fails.
 *
 *   npm run bench -- usager-detail      (seeds `guichet_seed` first when it is missing or of another size)
 *   BENCH_PETIT=1 …                     smoke run on a small private seed, used by the test suite
 */
import type { Knex } from 'knex';
import { Client } from 'pg';
import { type ApiSemee, demarrerApiSemee } from './lib/api-semee';
import { chargeMachine, comparerAsync, enregistrer, type ResultatBench, lancerEnLigneDeCommande } from './lib/mesure';

const ROUTE_MESSAGES = '/api/usagers/dossiers/:numero/messages';
/** The two dossiers of the N+1 detector, added to the measured citizen (re-created on each run). */
const TEMOINS = [
  { numero: '2099-910001', n: 1 },
  { numero: '2099-910050', n: 50 },
];

async function colonnes(knex: Knex, table: string): Promise<string[]> {
  const r = await knex.raw(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
     ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((l: { column_name: string }) => l.column_name).filter((c: string) => c !== 'id');
}

/** INSERT … SELECT copying `table`'s rows `where`, with some columns replaced by SQL expressions. */
async function copier(knex: Knex, table: string, depuis: string, surcharges: Record<string, string>, b: unknown[]) {
  const cols = await colonnes(knex, table);
  await knex.raw(
    `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')})
     SELECT ${cols.map((c) => surcharges[c] ?? `s."${c}"`).join(', ')} ${depuis}`,
    b,
  );
}

/** Removes the witnesses and what hangs from them (at the start, after an interrupted run, and at the end). */
async function supprimerTemoins(knex: Knex) {
  const anciens = knex('instruction_dossiers')
    .whereIn(
      'numero',
      TEMOINS.map((t) => t.numero),
    )
    .select('id');
  for (const table of ['instruction_pieces', 'instruction_historiques', 'instruction_messages']) {
    await knex(table).whereIn('dossier_id', anciens).del();
  }
  await knex('instruction_dossiers')
    .whereIn(
      'numero',
      TEMOINS.map((t) => t.numero),
    )
    .del();
}

/** Copies of `modeleId` (a seeded dossier of the citizen) with n pièces and n messages each, and its history. */
async function creerTemoins(knex: Knex, modeleId: number) {
  await supprimerTemoins(knex);
  const doc = (graine: string) => `'b' || substr(md5(${graine} || random()::text), 1, 23)`;
  for (const { numero, n } of TEMOINS) {
    await copier(
      knex,
      'instruction_dossiers',
      'FROM instruction_dossiers s WHERE s.id = ?',
      { document_id: doc(`'${numero}'`), numero: `'${numero}'`, cle_depot: `'banc-${numero}'` },
      [modeleId],
    );
    const id = Number((await knex('instruction_dossiers').where({ numero }).first('id'))!.id);
    const premiere = (table: string) => `FROM generate_series(1, ${n}) AS g,
      (SELECT * FROM ${table} WHERE dossier_id = ${modeleId} ORDER BY id LIMIT 1) s`;
    await copier(
      knex,
      'instruction_pieces',
      premiere('instruction_pieces'),
      { document_id: doc('g::text'), dossier_id: String(id), nom: `'piece-' || g || '.pdf'`, cle_outbox: 'NULL' },
      [],
    );
    await copier(
      knex,
      'instruction_messages',
      premiere('instruction_messages'),
      {
        document_id: doc('g::text'),
        dossier_id: String(id),
        auteur: `CASE WHEN g % 2 = 1 THEN 'usager' ELSE 'agent' END`,
        cle: `'banc-${numero}-' || g`,
        envoye_le: `s.envoye_le + g * interval '1 minute'`,
      },
      [],
    );
    await copier(
      knex,
      'instruction_historiques',
      'FROM instruction_historiques s WHERE s.dossier_id = ?',
      { document_id: doc('s.id::text'), dossier_id: String(id) },
      [modeleId],
    );
  }
}

const LISTE = `SELECT coalesce(json_agg(l ORDER BY l.id DESC), '[]') AS data FROM (
  SELECT d.id, d.numero, d.etat, d.statut, d.etape, d.depose_le, d.version, d.type_profil,
    disp.slug AS dispositif_slug, disp.titre AS dispositif_titre
  FROM instruction_dossiers d JOIN instruction_dispositifs disp ON disp.id = d.dispositif_id
  WHERE d.usager_id = $1 AND d.supprime_le IS NULL ORDER BY d.id DESC LIMIT 100) l`;

const DETAIL = `SELECT json_build_object(
    'numero', d.numero, 'etat', d.etat, 'statut', d.statut, 'etape', d.etape, 'version', d.version,
    'deposeLe', d.depose_le, 'typeProfil', d.type_profil, 'donnees', d.donnees, 'onglets', d.onglets,
    'conversationOuverte', d.conversation_ouverte,
    'dispositif', json_build_object('slug', disp.slug, 'titre', disp.titre),
    'modeleVersion', v.numero, 'modele', v.contenu,
    'pieces', (SELECT coalesce(json_agg(p ORDER BY p.id), '[]') FROM (
      SELECT id, champ, nature, nom, type, taille FROM instruction_pieces WHERE dossier_id = d.id) p),
    'historique', (SELECT coalesce(json_agg(h ORDER BY h.id), '[]') FROM (
      SELECT id, de, vers, etape_de, etape_vers, nature, date FROM instruction_historiques WHERE dossier_id = d.id) h),
    'messages', (SELECT coalesce(json_agg(m ORDER BY m.id), '[]') FROM (
      SELECT id, auteur, auteur_nom, corps, envoye_le, lu_le FROM instruction_messages WHERE dossier_id = d.id) m)
  ) AS data
  FROM instruction_dossiers d
  JOIN instruction_dispositifs disp ON disp.id = d.dispositif_id
  JOIN formulaires_versions v ON v.id = d.modele_version_id
  WHERE d.numero = $1 AND d.usager_id = $2 AND d.supprime_le IS NULL`;

type Detail = { pieces: unknown[] };

const mediane = (xs: number[]) => {
  const t = [...xs].sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]! * 10) / 10;
};

export async function executer(petit = process.env.BENCH_PETIT === '1'): Promise<ResultatBench> {
  const charge = chargeMachine();
  const api: ApiSemee = await demarrerApiSemee({ petit, prive: `guichet_seed_api_usager_${process.pid}` });
  const pg = new Client({ connectionString: process.env.DATABASE_URL });
  try {
    await pg.connect();
    // The measured dossier: a seeded one with 3 messages (the mean), past the middle of the ids; its citizen.
    const { rows } = await api.knex.raw(
      `SELECT d.id, d.numero, d.usager_id FROM instruction_dossiers d
       WHERE d.id > (SELECT max(id) / 2 FROM instruction_dossiers) AND d.numero NOT LIKE '2099-%'
         AND (SELECT count(*) FROM instruction_messages m WHERE m.dossier_id = d.id) = 3
       ORDER BY d.id LIMIT 1`,
    );
    const modele = rows[0] as { id: number; numero: string; usager_id: number };
    const usagerId = Number(modele.usager_id);
    await creerTemoins(api.knex, Number(modele.id));
    const jeton = api.jetonUsager(usagerId);
    const avecMessages = api.aLaRoute(ROUTE_MESSAGES);

    // Each call's time, for the report (median per call).
    const chronos: number[][] = [[], [], []];
    const appels = async (numero: string) => {
      const chemins = ['/api/usagers/dossiers', `/api/usagers/dossiers/${numero}`];
      if (avecMessages) chemins.push(`/api/usagers/dossiers/${numero}/messages`);
      const r = [];
      for (const [i, chemin] of chemins.entries()) {
        const debut = process.hrtime.bigint();
        r.push(await api.get(chemin, jeton));
        chronos[i]!.push(Number(process.hrtime.bigint() - debut) / 1e6);
      }
      for (const x of r) if (x.statut !== 200) throw new Error(`HTTP ${x.statut}`);
      return r;
    };
    const nous = () => appels(modele.numero);
    const reference = async () => {
      const liste = await pg.query(LISTE, [usagerId]);
      JSON.stringify(liste.rows[0].data);
      const detail = await pg.query(DETAIL, [modele.numero, usagerId]);
      if (detail.rows.length !== 1) throw new Error('détail de référence introuvable');
      JSON.stringify(detail.rows[0].data);
    };

    // N+1 detector: 1 pièce and 1 message against 50 of each, same number of statements per call (after a first
    // call: the model version is cached once loaded).
    await nous();
    const [un, cinquante] = [await appels(TEMOINS[0]!.numero), await appels(TEMOINS[1]!.numero)];
    const piecesVues = [un, cinquante].map((r) => ((r[1]!.corps as { data: Detail }).data.pieces ?? []).length);
    if (piecesVues[0] !== 1 || piecesVues[1] !== 50) throw new Error(`pièces vues : ${piecesVues.join(', ')}`);
    const sqlUn = un.map((r) => r.sql);
    const sqlCinquante = cinquante.map((r) => r.sql);
    if (sqlUn.slice(1).join() !== sqlCinquante.slice(1).join()) {
      throw new Error(`N+1 : ${sqlUn.join(', ')} requêtes SQL pour 1 pièce, ${sqlCinquante.join(', ')} pour 50`);
    }

    const options = petit
      ? { iterations: 2, executions: 3, echauffement: 1 }
      : { iterations: 30, executions: 7, echauffement: 3 };
    const mesure = await comparerAsync(nous, reference, options);
    const sqlNous = (await nous()).map((r) => r.sql);
    const ms = (us: number) => Math.round(us / 10) / 100;
    const noms = avecMessages ? 'liste, détail, messages' : 'liste, détail';
    const resultat: ResultatBench = {
      id: 'usager-detail',
      what: `Usager : « mes dossiers » puis le détail d’un dossier (pièces)${avecMessages ? ' et ses messages' : ''} par l’API HTTP — durée des ${sqlNous.length} appels`,
      baseline:
        'SQL écrit à la main par pg, une instruction par appel : la liste, puis le dossier avec modèle, pièces, historique et messages en json_agg ; sérialisé en JSON',
      ratio: Math.round((mesure.nous.medianeUs / mesure.reference.medianeUs) * 100) / 100,
      ratioSens: 'plus_bas_meilleur',
      goal: '≤ 2 ; même nombre de requêtes SQL pour 1 et 50 pièces',
      unit: 'ms',
      medians: { nous: ms(mesure.nous.medianeUs), baseline: ms(mesure.reference.medianeUs) },
      sqlParRequete: {
        nous: Math.round((sqlNous.reduce((s, x) => s + x, 0) / sqlNous.length) * 10) / 10,
        baseline: 1,
      },
      dataSize:
        `${api.taille} dossiers ; usager de ${(un[0]!.corps as { data: unknown[] }).data.length} dossiers, dossier mesuré : 5 pièces, 5 historiques, 3 messages ; ` +
        `${options.executions} exécutions × ${options.iterations} après ${options.echauffement} d’échauffement (${charge}) ; ` +
        `SQL par requête (${noms}) : ${sqlNous.join(', ')} (référence : 1 chacune) ; ` +
        `médianes par appel (${noms}) : ${chronos
          .filter((c) => c.length > 0)
          .map(mediane)
          .join(', ')} ms ; ` +
        `détecteur de N+1 : ${sqlUn.slice(1).join(', ')} requêtes pour 1 pièce et 1 message, ${sqlCinquante.slice(1).join(', ')} pour 50${avecMessages ? '' : ' ; route des messages absente'}`,
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench -- usager-detail',
    };
    if (!petit) enregistrer(resultat, __dirname);
    return resultat;
  } finally {
    await supprimerTemoins(api.knex).catch(() => undefined);
    await pg.end().catch(() => undefined);
    await api.arreter();
  }
}

if (require.main === module) lancerEnLigneDeCommande(executer);
