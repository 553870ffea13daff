/**
 * The HTTP API on the seeded volume, for endpoint benchmarks (issue 5, B3 and B9): Strapi booted in this process on
 * a seeded database (`guichet_seed`, 200,000 dossiers, seeded when missing or of another size; a private ~2,000-dossier
 * one for smoke runs, dropped afterwards), listening on a local port, and every call counted in SQL statements (knex's
 * `query` event between the start and the end of the request; calls are sequential, so nothing else is counted).
 * Reads only: no Redis, no jobs (JOBS_DISABLED), so the measure is the request path alone.
 */
import '../../cms/tests/helpers/env';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { Client } from 'pg';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { semerMessages } from '../seed/donnees';
import { semer } from '../seed/generer';

const appDir = path.resolve(__dirname, '..', '..', 'cms');
export const TAILLE_PETITE = 2_000;
export const TAILLE_REELLE = 200_000;

/** Postgres for the benchmarks: DATABASE_URL, else the local server. */
export const urlPostgres = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The seeded database: `guichet_seed`, reused when it holds `dossiers` dossiers (the messages are added in place when
 * it predates them), else re-seeded; with `prive`, a fresh database of that name, dropped by `supprimer`.
 */
export async function baseSemee(
  base: string,
  dossiers: number,
  prive?: string,
): Promise<{ url: string; supprimer?: () => Promise<void> }> {
  const nom = prive ?? 'guichet_seed';
  const url = new URL(base);
  url.pathname = `/${nom}`;
  if (!prive) {
    const c = new Client({ connectionString: url.toString() });
    const compte = async (table: string, ou = 'true') =>
      Number((await c.query(`SELECT count(*) AS n FROM ${table} WHERE ${ou}`)).rows[0].n);
    // The seeded dossiers only: a benchmark's own dossiers (numero 2099-…) must not make the next one re-seed.
    const etat = await c.connect().then(
      async () => ({
        dossiers: await compte('instruction_dossiers', `numero NOT LIKE '2099-%'`),
        messages: await compte('instruction_messages'),
      }),
      () => null,
    );
    try {
      if (etat?.dossiers === dossiers && etat.messages === 0) {
        await semerMessages(c);
        await c.query('ANALYZE instruction_messages');
      }
    } finally {
      await c.end().catch(() => undefined);
    }
    if (etat?.dossiers === dossiers) return { url: url.toString() };
  }
  const r = await semer({ base, nom, taille: { dossiers } });
  return { url: r.url, supprimer: prive ? r.supprimer : undefined };
}

const meta = (graine: string) => {
  const maintenant = new Date();
  return {
    document_id: `b${graine
      .replace(/[^a-z0-9]/g, '')
      .padStart(23, '0')
      .slice(-23)}`,
    created_at: maintenant,
    updated_at: maintenant,
    published_at: maintenant,
  };
};

/**
 * Gives `adminUserId` one profil métier (`code`, re-created) holding « voir » on the dispositifs `dispositif(i)` keeps
 * (i: rank by id) and limits them to the territoires `territoire(i)` keeps — `null`: no limit, every territoire.
 */
export async function habiliterEnSql(
  knex: Knex,
  adminUserId: number,
  code: string,
  choix: { dispositif: (i: number) => boolean; territoire: ((i: number) => boolean) | null },
): Promise<void> {
  await knex('instruction_agents_perimetres').where({ admin_user_id: adminUserId }).del();
  await knex('instruction_agents_profils').where({ admin_user_id: adminUserId }).del();
  const anciens = knex('instruction_profils_metiers').where({ code }).select('id');
  await knex('instruction_matrice_habilitations').whereIn('profil_metier_id', anciens).del();
  await knex('instruction_profils_metiers').where({ code }).del();
  const [profil] = await knex('instruction_profils_metiers')
    .insert({ ...meta(`${code}p`), code, libelle: `Banc d’essai ${code}` })
    .returning('id');
  const profilId = Number((profil as { id: number }).id);
  const dispositifs = (await knex('instruction_dispositifs').select('id').orderBy('id')).filter((_, i) =>
    choix.dispositif(i),
  );
  if (dispositifs.length > 0) {
    await knex('instruction_matrice_habilitations').insert(
      dispositifs.map((d, i) => ({
        ...meta(`${code}m${i}`),
        profil_metier_id: profilId,
        dispositif_id: d.id,
        voir: true,
      })),
    );
  }
  await knex('instruction_agents_profils').insert({
    ...meta(`${code}a`),
    admin_user_id: adminUserId,
    profil_metier_id: profilId,
  });
  if (!choix.territoire) return;
  const garder = choix.territoire;
  const territoires = await knex('instruction_territoires').select('id').orderBy('id');
  await knex('instruction_agents_perimetres').insert(
    territoires
      .filter((_, i) => garder(i))
      .map((t, i) => ({ ...meta(`${code}t${i}`), admin_user_id: adminUserId, territoire_id: t.id })),
  );
}

/** The limited agent of B9: « voir » on the odd dispositifs (10 of 20), limited to one territoire in five (20 of 100). */
export const perimetreLimite = (knex: Knex, adminUserId: number, code: string) =>
  habiliterEnSql(knex, adminUserId, code, { dispositif: (i) => i % 2 === 1, territoire: (i) => i % 5 === 0 });

export interface Reponse {
  statut: number;
  corps: unknown;
  /** SQL statements the database received while the request ran. */
  sql: number;
}

export interface ApiSemee {
  strapi: Core.Strapi;
  knex: Knex;
  taille: number;
  /** GET `chemin` with `Authorization: Bearer jeton`, body read; sequential calls only (the SQL count is global). */
  get(chemin: string, jeton: string): Promise<Reponse>;
  /** An admin account (created once, then reused): Instructeur role, or Super Admin; its admin JWT. */
  compteAdmin(email: string, superAdmin: boolean): Promise<{ id: number; jeton: string }>;
  /** A users-permissions JWT for a citizen, as the portal holds after the OIDC exchange. */
  jetonUsager(usagerId: number): string;
  /** Whether the API serves `GET chemin` (e.g. a route another issue adds). */
  aLaRoute(chemin: string): boolean;
  arreter(): Promise<void>;
}

const MOT_DE_PASSE = 'Banc-Essai-2026';

/** Boots the API on the seeded database (see baseSemee); `prive`: a private small seed, dropped by arreter(). */
export async function demarrerApiSemee(options: { petit: boolean; prive: string }): Promise<ApiSemee> {
  const taille = options.petit ? TAILLE_PETITE : TAILLE_REELLE;
  const seme = await baseSemee(urlPostgres(), taille, options.petit ? options.prive : undefined);
  if (!existsSync(path.join(appDir, 'dist', 'config', 'database.js'))) await compileStrapi({ appDir });
  const fichiers = mkdtempSync(path.join(tmpdir(), 'guichet-bench-api-'));
  const sauvegarde = { ...process.env };
  Object.assign(process.env, {
    DATABASE_URL: seme.url,
    FICHIERS_DIR: fichiers,
    JOBS_DISABLED: 'true',
    LOG_LEVEL: 'error',
  });
  delete process.env.REDIS_URL;
  delete process.env.JOBS_WORKER_INLINE;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.server.mount();
  const http = strapi.server.httpServer;
  if (!http.listening) await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const { port } = http.address() as AddressInfo;
  const racine = `http://127.0.0.1:${port}`;
  const knex = strapi.db.connection;
  let requetes = 0;
  // BENCH_SQL=1 prints the statements of each request (to see where they come from).
  const afficher = process.env.BENCH_SQL === '1';
  const compter = (q: { sql: string }) => {
    requetes += 1;
    if (afficher) console.log(`    SQL ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
  };
  knex.on('query', compter);

  async function get(chemin: string, jeton: string): Promise<Reponse> {
    const avant = requetes;
    const res = await fetch(`${racine}${chemin}`, { headers: { Authorization: `Bearer ${jeton}` } });
    const texte = await res.text();
    const sql = requetes - avant;
    if (afficher) console.log(`  ${res.status} GET ${chemin} : ${sql} requêtes SQL`);
    return { statut: res.status, corps: texte ? JSON.parse(texte) : null, sql };
  }

  async function compteAdmin(email: string, superAdmin: boolean) {
    const existant = await strapi.db.query('admin::user').findOne({ where: { email } });
    if (!existant) {
      const role = superAdmin
        ? await strapi.service('admin::role').getSuperAdmin()
        : await strapi.db.query('admin::role').findOne({ where: { code: 'guichet-instructeur' } });
      await strapi.service('admin::user').create({
        email,
        firstname: 'Banc',
        lastname: superAdmin ? 'Super Admin' : 'Agent',
        password: MOT_DE_PASSE,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
    }
    const res = await fetch(`${racine}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: MOT_DE_PASSE }),
    });
    const corps = (await res.json()) as { data?: { token: string; user: { id: number } } };
    if (!res.ok || !corps.data) throw new Error(`Connexion admin refusée pour ${email} : ${res.status}`);
    return { id: Number(corps.data.user.id), jeton: corps.data.token };
  }

  return {
    strapi,
    knex,
    taille,
    get,
    compteAdmin,
    jetonUsager: (usagerId) => strapi.plugin('users-permissions').service('jwt').issue({ id: usagerId }) as string,
    aLaRoute: (chemin) =>
      strapi.server.listRoutes().some((r) => r.path === chemin && (r.methods as string[]).includes('GET')),
    async arreter() {
      knex.removeListener('query', compter);
      await strapi.destroy();
      rmSync(fichiers, { recursive: true, force: true });
      for (const cle of Object.keys(process.env)) if (!(cle in sauvegarde)) delete process.env[cle];
      Object.assign(process.env, sauvegarde);
      await seme.supprimer?.();
    },
  };
}
