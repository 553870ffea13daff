import type { Core } from '@strapi/strapi';
import { DROIT_CORRECTION } from '../../../domain';
import { dossierIntrouvable } from '../erreurs';
import { trouverDispositif } from '../repositories/dispositifs';
import { trouverDossierAgent } from '../repositories/dossiers';
import { dispositifsAvecDroit, droitsAgent } from '../repositories/habilitations';

export interface TransfertPossible {
  slug: string;
  titre: string;
  statuts: Array<{ code: string; libelle: string; etape: string }>;
}

/**
 * The targets the transfer form of the dossier page offers (services/transfert.ts decides again on submit): the
 * OTHER dispositifs using the dossier's form model on which the agent holds « décider », each with the statuts of its
 * own guide. Nothing when the agent does not hold « décider » on the dossier's dispositif: the transfer is a
 * correction on both sides.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  return {
    async lister(numero: string, agentId: number): Promise<TransfertPossible[]> {
      const dossier = await trouverDossierAgent(knex(), numero, agentId);
      if (!dossier) throw dossierIntrouvable();
      if (!(await droitsAgent(knex(), agentId, dossier.dispositifId)).includes(DROIT_CORRECTION)) return [];
      const source = (await trouverDispositif(knex(), dossier.dispositifId))!;
      const possibles: TransfertPossible[] = [];
      // Bounded by the dispositifs the agent decides on (a handful); one indexed read each.
      for (const id of await dispositifsAvecDroit(knex(), agentId, 'decider')) {
        if (id === source.id) continue;
        const cible = await trouverDispositif(knex(), id);
        if (!cible || cible.modeleCode !== source.modeleCode) continue;
        possibles.push({
          slug: cible.slug,
          titre: cible.titre,
          statuts: cible.guide.etapes.flatMap((etape) =>
            etape.statuts.map((s) => ({ code: s.code, libelle: s.libelle, etape: etape.libelle })),
          ),
        });
      }
      return possibles.sort((a, b) => a.titre.localeCompare(b.titre, 'fr'));
    },
  };
};
