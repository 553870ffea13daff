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
 * the larger part of the scope's cost (bench/portefeuille-agent.bench.ts). Nothing is cached between queries: a right
 * withdrawn is withdrawn at the next query.
 */
export function restreindreAuPerimetreAgent(requete: Knex.QueryBuilder, db: Db, adminUserId: number) {
  const profils = db(TABLE.agentsProfils).where('admin_user_id', adminUserId).select('profil_metier_id');
  const dispositifs = db(TABLE.habilitations)
    .where('voir', true)
    .where((q) => parmi(db, q, 'profil_metier_id', profils))
    .select('dispositif_id');
  const limites = () => db(TABLE.agentsPerimetres).where('admin_user_id', adminUserId);
  return requete
    .where((q) => parmi(db, q, 'd.dispositif_id', dispositifs))
    .where((q) =>
      q
        .whereNotExists(limites().select(db.raw('1')))
        .orWhere((ou) => parmi(db, ou, 'd.territoire_id', limites().select('territoire_id'))),
    );
}

/**
 * `colonne` among the rows of an uncorrelated subquery. On Postgres `= ANY(ARRAY(…))`: `IN (subquery)` would be
 * pulled up into a semi-join, planned again on every call; ARRAY(…) stays an InitPlan. SQLite runs an uncorrelated
 * `IN (subquery)` once already.
 */
function parmi(db: Db, q: Knex.QueryBuilder, colonne: string, sousRequete: Knex.QueryBuilder): void {
  if (estPostgres(db)) q.whereRaw('?? = ANY(ARRAY(?))', [colonne, sousRequete]);
  else q.whereIn(colonne, sousRequete);
}

const estPostgres = (db: Db) => ['pg', 'postgres', 'postgresql'].includes(String(db.client.config.client));
