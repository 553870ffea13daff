import type { Knex } from 'knex';
import { TABLE } from '../constants';
import type { Db } from './sql';

/**
 * The agent's scope as a predicate on the dossiers aliased `d` (ADR 0013), still ONE query (DESIGN rule 1): the
 * dossier's dispositif is one on which a profil métier of the agent holds « voir », AND — when the agent has
 * territorial limits — its territoire is one of them. A dossier without territoire is seen only by agents without
 * limit (`NULL = ANY(…)` and `NULL IN (…)` are never true).
 *
 * The subqueries do not refer to the dossier: Postgres computes each one ONCE per query (an InitPlan) and filters the
 * dossiers against a small array, instead of planning correlated EXISTS as semi-joins on every call — planning was
 * the larger part of the scope's cost (bench/portefeuille-agent.bench.ts). `IN (SELECT …)` would not do on Postgres:
 * it is pulled up into a semi-join again; `= ANY(ARRAY(SELECT …))` stays an InitPlan. SQLite runs an uncorrelated
 * `IN (SELECT …)` once already. Nothing is cached between queries: a right withdrawn is withdrawn at the next query.
 *
 * Written once as SQL text rather than with nested query builders: knex took ~10× longer to compile the nested form
 * than the rest of the query, on every call.
 */
export function restreindreAuPerimetreAgent(requete: Knex.QueryBuilder, db: Db, adminUserId: number) {
  const sql = estPostgres(db) ? PREDICAT_POSTGRES : PREDICAT_SQLITE;
  return requete.whereRaw(sql, [true, adminUserId, adminUserId, adminUserId]);
}

const parmi = (colonne: string, sousRequete: string, postgres: boolean) =>
  postgres ? `${colonne} = ANY(ARRAY(${sousRequete}))` : `${colonne} IN (${sousRequete})`;

function predicat(postgres: boolean): string {
  const profils = `SELECT profil_metier_id FROM ${TABLE.agentsProfils} WHERE admin_user_id = ?`;
  const dispositifs = `SELECT dispositif_id FROM ${TABLE.habilitations} WHERE voir = ? AND ${parmi('profil_metier_id', profils, postgres)}`;
  const territoires = `SELECT territoire_id FROM ${TABLE.agentsPerimetres} WHERE admin_user_id = ?`;
  return (
    `(${parmi('d.dispositif_id', dispositifs, postgres)}` +
    ` AND (NOT EXISTS (SELECT 1 FROM ${TABLE.agentsPerimetres} WHERE admin_user_id = ?)` +
    ` OR ${parmi('d.territoire_id', territoires, postgres)}))`
  );
}

const PREDICAT_POSTGRES = predicat(true);
const PREDICAT_SQLITE = predicat(false);

const estPostgres = (db: Db) => ['pg', 'postgres', 'postgresql'].includes(String(db.client.config.client));
