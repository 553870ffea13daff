/**
 * Data for the bulk-transition benchmark and fault tests: the demo dispositif whose « En cours d'instruction » statut
 * runs TWO webhook actions (cheap, and observable at the receiver), an agent habilitated on it, and thousands of
 * deposited dossiers cloned in SQL from one filed through the citizen API (state, history and a valid journal chain).
 */
import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { deposerDossier } from '../../cms/tests/helpers/depot';
import { creerAgent, creerUsager } from '../../cms/tests/helpers/fabriques';
import { journaliserEnLot, lireJournal } from '../../extensions/instruction/server/src/repositories/journal';
import { SECRET_WEBHOOK } from './guichet-reel';

export const STATUT_CIBLE = 'en_instruction';

export interface Scenario {
  dispositifId: number;
  agent: { id: number; jeton: string };
  modeleId: number;
}

type StatutJson = { code: string; actions: unknown[] };
type GuideJson = { etapes: { statuts: StatutJson[] }[] };

/** Demo dispositif, its guide reduced to two webhooks on the target statut, an agent, one dossier filed by the API. */
export async function preparerScenario(strapi: Core.Strapi, urlRecepteur: (chemin: string) => string) {
  const knex = strapi.db.connection;
  const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
  const ligne = await knex('instruction_dispositifs').where({ id: dispositifId }).first();
  const guide = (typeof ligne.guide === 'string' ? JSON.parse(ligne.guide) : ligne.guide) as GuideJson;
  for (const etape of guide.etapes) {
    for (const statut of etape.statuts) {
      statut.actions =
        statut.code === STATUT_CIBLE
          ? [
              { type: 'webhook', url: urlRecepteur('/guichet/a'), secret: SECRET_WEBHOOK },
              { type: 'webhook', url: urlRecepteur('/guichet/b'), secret: SECRET_WEBHOOK },
            ]
          : [];
    }
  }
  await knex('instruction_dispositifs')
    .where({ id: dispositifId })
    .update({ guide: JSON.stringify(guide) });
  const agent = await creerAgent(strapi, 'banc@agents.test', [dispositifId]);
  const usager = await creerUsager(strapi, 'sub-banc-d-essai');
  const numero = await deposerDossier(strapi, usager);
  const modele = await knex('instruction_dossiers').where({ numero }).first();
  return { dispositifId, agent, modeleId: Number(modele.id) } satisfies Scenario;
}

let serie = 0;

/**
 * `n` copies of the model dossier, deposited (same state, version and history), under fresh numeros, each with its
 * own journal chain re-sealed through the production code (journaliserEnLot). Returns them in id order.
 */
export async function semerDossiers(knex: Knex, modeleId: number, n: number) {
  serie += 1;
  const prefixe = `2099-${process.pid % 1000}${String(serie).padStart(3, '0')}`;
  const colonnes = (
    await knex.raw(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name = 'instruction_dossiers' AND table_schema = current_schema() ORDER BY ordinal_position`,
    )
  ).rows
    .map((r: { column_name: string }) => r.column_name)
    .filter((c: string) => c !== 'id');
  const valeurs = colonnes.map((c: string) => {
    if (c === 'document_id') return `'d' || substr(md5(random()::text || g::text), 1, 23)`;
    if (c === 'numero') return `'${prefixe}' || lpad(g::text, 6, '0')`;
    if (c === 'cle_depot') return `m.cle_depot || '-${prefixe}-' || g`;
    return `m."${c}"`;
  });
  const { rows } = await knex.raw(
    `INSERT INTO instruction_dossiers (${colonnes.map((c: string) => `"${c}"`).join(', ')})
     SELECT ${valeurs.join(', ')} FROM instruction_dossiers m CROSS JOIN generate_series(1, ?) AS g
     WHERE m.id = ? ORDER BY g RETURNING id, numero, version`,
    [n, modeleId],
  );
  const ids: number[] = rows.map((r: { id: number }) => Number(r.id));
  const historiques = (
    await knex.raw(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name = 'instruction_historiques' AND table_schema = current_schema() ORDER BY ordinal_position`,
    )
  ).rows
    .map((r: { column_name: string }) => r.column_name)
    .filter((c: string) => c !== 'id');
  await knex.raw(
    `INSERT INTO instruction_historiques (${historiques.map((c: string) => `"${c}"`).join(', ')})
     SELECT ${historiques
       .map((c: string) =>
         c === 'dossier_id'
           ? 'c.id'
           : c === 'document_id'
             ? `'h' || substr(md5(random()::text || c.id::text), 1, 23)`
             : `h."${c}"`,
       )
       .join(', ')}
     FROM instruction_historiques h CROSS JOIN unnest(?::int[]) AS c(id)
     WHERE h.dossier_id = ? ORDER BY c.id, h.id`,
    [ids, modeleId],
  );
  for (const entree of await lireJournal(knex, modeleId)) {
    for (let debut = 0; debut < ids.length; debut += 1000) {
      await journaliserEnLot(
        knex,
        ids.slice(debut, debut + 1000).map((dossierId) => ({
          dossierId,
          date: entree.date,
          acteur: entree.acteur,
          action: entree.action,
          details: entree.details,
        })),
      );
    }
  }
  return {
    ids,
    numeros: rows.map((r: { numero: string }) => String(r.numero)) as string[],
    version: Number(rows[0].version),
  };
}
