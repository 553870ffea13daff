import type { Client } from 'pg';
import type { SchemaPret } from './schema';

/** How much to generate; the defaults are issue 5's volume. */
export interface Taille {
  dossiers: number;
  dispositifs: number;
  territoires: number;
  /** Citizens; each has one individu, one in ten a profil (famille or association). */
  usagers: number;
  piecesParDossier: number;
  historiquesParDossier: number;
  /** Mean messages per deposited dossier: from 0 to twice this many, in turn (0, 1, … 2m, 0, 1, …). */
  messagesParDossier: number;
}

export const TAILLE_PAR_DEFAUT: Taille = {
  dossiers: 200_000,
  dispositifs: 20,
  territoires: 100,
  usagers: 50_000,
  piecesParDossier: 5,
  historiquesParDossier: 5,
  messagesParDossier: 3,
};

/** A Strapi document id in SQL: 24 lowercase characters starting with a letter, from a seed expression. */
const documentId = (graine: string) => `'d' || substr(md5(${graine}::text || random()::text), 1, 23)`;
/** Strapi's bookkeeping columns on rows we write ourselves. */
const colonnesStrapi = (graine: string) => ({
  document_id: documentId(graine),
  created_at: 'now()',
  updated_at: 'now()',
  published_at: 'now()',
});

async function colonnes(db: Client, table: string): Promise<string[]> {
  const r = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return r.rows.map((l: { column_name: string }) => l.column_name);
}

/**
 * INSERT … SELECT over generate_series(1, n) AS i. `valeurs` maps columns to SQL expressions of i; columns the table
 * lacks (a schema without some optional column) are left out, so the generator follows the schema.
 */
async function genererLignes(db: Client, table: string, n: number, valeurs: Record<string, string>, de = 'i') {
  const existantes = new Set(await colonnes(db, table));
  const retenues = Object.entries(valeurs).filter(([c]) => existantes.has(c));
  await db.query(
    `INSERT INTO ${table} (${retenues.map(([c]) => c).join(', ')})
     SELECT ${retenues.map(([, v]) => v).join(', ')} FROM generate_series(1, ${n}) AS ${de}`,
  );
}

/** The demo dispositif copied n − 1 times (same guide and model), so dossiers spread over n dispositifs. */
async function dispositifs(db: Client, schema: SchemaPret, n: number): Promise<number[]> {
  const cols = (await colonnes(db, 'instruction_dispositifs')).filter((c) => c !== 'id');
  const surcharges: Record<string, string> = {
    ...colonnesStrapi('i'),
    slug: `d.slug || '-' || i`,
    titre: `d.titre || ' ' || i`,
  };
  const select = cols.map((c) => surcharges[c] ?? `d.${c}`).join(', ');
  await db.query(
    `INSERT INTO instruction_dispositifs (${cols.join(', ')})
     SELECT ${select} FROM instruction_dispositifs d, generate_series(2, ${n}) AS i WHERE d.id = $1`,
    [schema.dispositifId],
  );
  const r = await db.query('SELECT id FROM instruction_dispositifs ORDER BY id');
  return r.rows.map((l: { id: number }) => Number(l.id));
}

async function territoires(db: Client, n: number): Promise<void> {
  if ((await colonnes(db, 'instruction_territoires')).length === 0) return;
  await genererLignes(db, 'instruction_territoires', n, {
    ...colonnesStrapi('i'),
    code: `'T' || lpad(i::text, 3, '0')`,
    nom: `'Territoire ' || i`,
    communes: `'[]'::jsonb`,
  });
}

/**
 * Citizens, their individus and profils: the first two individus of each block of ten are members of that block's
 * profil (one in five citizens belongs to a profil), so dossiers can be filed for it. Returns the first ids.
 */
async function usagers(db: Client, n: number): Promise<{ premierUsager: number; premierProfil: number }> {
  const role = await db.query(`SELECT id FROM up_roles WHERE type = 'usager' OR name = 'Usager' LIMIT 1`);
  const avant = Number((await db.query('SELECT coalesce(max(id), 0) AS m FROM up_users')).rows[0].m);
  await genererLignes(db, 'up_users', n, {
    ...colonnesStrapi('i'),
    username: `'usager-' || i`,
    email: `'usager' || i || '@seed.guichet.test'`,
    provider: `'oidc'`,
    confirmed: 'true',
    blocked: 'false',
    oidc_sub: `'seed-' || i`,
    prenom: `(ARRAY['Léa','Noé','Inès','Jules','Chloé','Hugo','Zoé','Louis'])[1 + i % 8]`,
    nom: `(ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand'])[1 + (i / 8) % 8]`,
  });
  if (role.rows[0]) {
    await db.query(`INSERT INTO up_users_role_lnk (user_id, role_id) SELECT id, $1 FROM up_users WHERE id > $2`, [
      role.rows[0].id,
      avant,
    ]);
  }
  await genererLignes(db, 'usagers_individus', n, {
    ...colonnesStrapi('i'),
    type: `'adulte'`,
    usager_id: `${avant} + i`,
    nom: `'Nom' || i`,
    prenom: `'Prénom' || i`,
    recherche: `'nom' || i || ' prenom' || i`,
    anonyme: 'false',
  });
  const premierProfil = Number((await db.query('SELECT coalesce(max(id), 0) + 1 AS m FROM usagers_profils')).rows[0].m);
  const premierIndividu = Number(
    (await db.query('SELECT min(id) AS m FROM usagers_individus WHERE usager_id > $1', [avant])).rows[0].m,
  );
  await genererLignes(db, 'usagers_profils', Math.ceil(n / 10), {
    ...colonnesStrapi('i'),
    type: `(ARRAY['famille','association'])[1 + i % 2]`,
    nom: `'Profil ' || i`,
    recherche: `'profil ' || i`,
  });
  // Individu k (0-based) belongs to profil k / 10 when k % 10 < 2: two members per profil.
  await genererLignes(
    db,
    'usagers_membres',
    2 * Math.ceil(n / 10),
    {
      ...colonnesStrapi('j'),
      profil_id: `${premierProfil} + (j - 1) / 2`,
      individu_id: `${premierIndividu} + ((j - 1) / 2) * 10 + (j - 1) % 2`,
      role: `CASE WHEN j % 2 = 1 THEN 'representant' ELSE 'membre' END`,
    },
    'j',
  );
  // The last block may be short: a member beyond the last individu is not one.
  await db.query(
    `DELETE FROM usagers_membres WHERE individu_id >= ${premierIndividu + n} AND profil_id >= ${premierProfil}`,
  );
  return { premierUsager: avant + 1, premierProfil };
}

/** Citizen k (0-based) files dossier i; one in three of a profil member's dossiers is filed for their profil. */
const usagerDuDossier = (t: Taille) => `((i * 7919) % ${t.usagers})`;
const pourUnProfil = (t: Taille) => `(${usagerDuDossier(t)} % 10 < 2 AND i % 3 = 0)`;

const STATUTS = [
  // statut, étape, état, share out of 20
  ['recu', 'depot', 'depose', 6],
  ['en_instruction', 'instruction', 'depose', 8],
  ['accepte', 'decision', 'cloture', 3],
  ['refuse', 'decision', 'cloture', 3],
] as const;

/** The statut of dossier i, by its share: the same CASE in every statement, so rows agree with each other. */
function parStatut(colonne: 0 | 1 | 2, i = 'i'): string {
  let borne = 0;
  const cas = STATUTS.map((s) => {
    borne += s[3];
    return `WHEN ${i} % 20 < ${borne} THEN '${s[colonne]}'`;
  });
  return `CASE ${cas.join(' ')} END`;
}

async function dossiers(
  db: Client,
  schema: SchemaPret,
  t: Taille,
  ids: number[],
  premiers: { premierUsager: number; premierProfil: number },
) {
  const { premierUsager, premierProfil } = premiers;
  const profil = `${premierProfil} + ${usagerDuDossier(t)} / 10`;
  const donnees = JSON.stringify({
    intitule: 'Festival de la vallée',
    date_debut: '2027-05-14',
    categorie: 'culture',
    montant_demande: 2500.5,
  });
  await genererLignes(db, 'instruction_dossiers', t.dossiers, {
    ...colonnesStrapi('i'),
    numero: `'2026-' || lpad(i::text, 7, '0')`,
    dispositif_id: `(ARRAY[${ids.join(',')}])[1 + i % ${ids.length}]`,
    usager_id: `${premierUsager} + (i * 7919) % ${t.usagers}`,
    individu_id: `1 + (i * 7919) % ${t.usagers}`,
    etat: parStatut(2),
    statut: parStatut(0),
    etape: parStatut(1),
    donnees: `'${donnees}'::jsonb`,
    modele_version_id: String(schema.modeleVersionId),
    profil_id: `CASE WHEN ${pourUnProfil(t)} THEN ${profil} END`,
    // Odd profils are associations (see usagers): a dossier filed for one is an association's.
    type_profil: `CASE WHEN ${pourUnProfil(t)} AND (${usagerDuDossier(t)} / 10) % 2 = 0 THEN 'association' ELSE 'particulier' END`,
    version: String(t.historiquesParDossier),
    depose_le: `now() - ((i % 700) || ' days')::interval`,
    entree_etape_le: `now() - ((i % 30) || ' days')::interval`,
    cle_depot: `'seed-' || i`,
    territoire_id: `1 + i % ${t.territoires}`,
    drapeaux: `'[]'::jsonb`,
    conversation_ouverte: 'true',
  });
}

/** History and pièces of every dossier: k rows per dossier from one generate_series over (dossier, rank). */
async function autour(db: Client, t: Taille) {
  const premier = Number((await db.query('SELECT min(id) AS m FROM instruction_dossiers')).rows[0].m);
  const h = t.historiquesParDossier;
  const dossier = `${premier} + (j - 1) / ${h}`;
  await genererLignes(
    db,
    'instruction_historiques',
    t.dossiers * h,
    {
      ...colonnesStrapi('j'),
      dossier_id: dossier,
      de: `CASE WHEN (j - 1) % ${h} = 0 THEN NULL ELSE 'recu' END`,
      vers: `CASE WHEN (j - 1) % ${h} = 0 THEN 'recu' ELSE 'en_instruction' END`,
      etape_de: `CASE WHEN (j - 1) % ${h} = 0 THEN NULL ELSE 'depot' END`,
      etape_vers: `CASE WHEN (j - 1) % ${h} = 0 THEN 'depot' ELSE 'instruction' END`,
      nature: `CASE WHEN (j - 1) % ${h} = 0 THEN 'depot' ELSE 'transition' END`,
      acteur_type: `CASE WHEN (j - 1) % ${h} = 0 THEN 'usager' ELSE 'agent' END`,
      date: `now() - ((j % 700) || ' days')::interval`,
    },
    'j',
  );
  const p = t.piecesParDossier;
  await genererLignes(
    db,
    'instruction_pieces',
    t.dossiers * p,
    {
      ...colonnesStrapi('j'),
      dossier_id: `${premier} + (j - 1) / ${p}`,
      champ: `'budget'`,
      nature: `'justificatif'`,
      nom: `'piece-' || j || '.pdf'`,
      type: `'application/pdf'`,
      taille: '48213',
      chemin: `'seed/' || j || '.pdf'`,
      empreinte: `md5(j::text)`,
    },
    'j',
  );
}

const CORPS_USAGER = [
  'Bonjour, je vous transmets le budget prévisionnel mis à jour. Cordialement.',
  'Pouvez-vous me dire où en est l’instruction de mon dossier ? Merci.',
  'Voici l’attestation demandée. Bonne journée.',
];
const CORPS_AGENT = [
  'Bonjour, merci de nous transmettre un RIB au nom de l’association.',
  'Votre dossier est complet, il passera en commission le mois prochain.',
  'Nous avons bien reçu votre pièce, merci.',
];

/**
 * The conversation of each deposited dossier: dossier number k (in id order) has k mod (2m + 1) messages, so m on
 * average and from 0 to 2m; the citizen writes first, then citizen and agent alternate; messages are dated between
 * the deposit and now, in order; all are read except, one dossier in three, the last one.
 */
export async function semerMessages(db: Client, moyenne = TAILLE_PAR_DEFAUT.messagesParDossier) {
  const existantes = new Set(await colonnes(db, 'instruction_messages'));
  if (existantes.size === 0) return;
  const premier = Number((await db.query('SELECT min(id) AS m FROM instruction_dossiers')).rows[0].m);
  const cycle = 2 * moyenne + 1;
  const n = `((d.id - ${premier} + 1) % ${cycle})`;
  const usager = 'r % 2 = 1';
  const envoye = `d.depose_le + (now() - d.depose_le) * r / (${n} + 1)`;
  const valeurs: Record<string, string> = {
    ...colonnesStrapi('(d.id * 10 + r)'),
    dossier_id: 'd.id',
    auteur: `CASE WHEN ${usager} THEN 'usager' ELSE 'agent' END`,
    auteur_id: `CASE WHEN ${usager} THEN d.usager_id ELSE coalesce(d.agent_id, 1) END`,
    auteur_nom: `CASE WHEN ${usager} THEN coalesce(u.prenom || ' ' || u.nom, 'Usager') ELSE 'Claire Instructrice' END`,
    corps: `CASE WHEN ${usager} THEN (ARRAY['${CORPS_USAGER.join("','")}'])[1 + d.id % ${CORPS_USAGER.length}]
      ELSE (ARRAY['${CORPS_AGENT.join("','")}'])[1 + d.id % ${CORPS_AGENT.length}] END`,
    envoye_le: envoye,
    lu_le: `CASE WHEN r = ${n} AND d.id % 3 = 0 THEN NULL ELSE ${envoye} + (now() - (${envoye})) / 2 END`,
    cle: `'seed-' || d.id || '-' || r`,
  };
  const retenues = Object.entries(valeurs).filter(([c]) => existantes.has(c));
  await db.query(
    `INSERT INTO instruction_messages (${retenues.map(([c]) => c).join(', ')})
     SELECT ${retenues.map(([, v]) => v).join(', ')}
     FROM instruction_dossiers d LEFT JOIN up_users u ON u.id = d.usager_id
     CROSS JOIN LATERAL generate_series(1, ${n}) AS r
     WHERE d.etat <> 'brouillon' AND d.depose_le IS NOT NULL`,
  );
}

/**
 * One journal entry per dossier (its deposit), sealed exactly as repositories/journal.ts does: SHA-256 of the domain's
 * canonical text (contenuAEmpreindre: a JSON array, ISO date with milliseconds), computed by Postgres.
 */
async function journal(db: Client) {
  const date = `to_char(d.depose_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const contenu = `'["${'0'.repeat(64)}",' || d.id || ',1,"' || ${date} || '","usager",' || d.usager_id || ',null,"dossier.depose",{}]'`;
  await db.query(
    `INSERT INTO instruction_journal (document_id, created_at, updated_at, published_at, dossier_id, sequence, date,
       acteur_type, acteur_id, acteur_nom, action, details, empreinte_precedente, empreinte)
     SELECT ${documentId('d.id')}, now(), now(), now(), d.id, 1, date_trunc('milliseconds', d.depose_le), 'usager',
       d.usager_id, NULL, 'dossier.depose', '{}'::jsonb, '${'0'.repeat(64)}',
       encode(sha256(convert_to(${contenu}, 'UTF8')), 'hex')
     FROM instruction_dossiers d`,
  );
}

/** Writes the whole volume; returns the counts actually in the tables. */
export async function genererDonnees(db: Client, schema: SchemaPret, t: Taille) {
  const ids = await dispositifs(db, schema, t.dispositifs);
  await territoires(db, t.territoires);
  await dossiers(db, schema, t, ids, await usagers(db, t.usagers));
  await autour(db, t);
  await semerMessages(db, t.messagesParDossier);
  await journal(db);
  await db.query('ANALYZE');
  const compte = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  return {
    dispositifs: await compte('instruction_dispositifs'),
    usagers: await compte('up_users'),
    individus: await compte('usagers_individus'),
    profils: await compte('usagers_profils'),
    membres: await compte('usagers_membres'),
    dossiersDeProfils: Number(
      (await db.query('SELECT count(*) AS n FROM instruction_dossiers WHERE profil_id IS NOT NULL')).rows[0].n,
    ),
    dossiers: await compte('instruction_dossiers'),
    historiques: await compte('instruction_historiques'),
    pieces: await compte('instruction_pieces'),
    messages: await compte('instruction_messages'),
    journal: await compte('instruction_journal'),
  };
}
