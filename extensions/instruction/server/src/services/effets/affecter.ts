import type { DossierLigne } from '../../repositories/dossiers';
import type { Db } from '../../repositories/sql';
import { modifierDossier } from './trace';
import { EchecAction, type Executeur } from './types';

interface Sectorisation {
  sectoriserDossier(db: Db, dossier: DossierLigne): Promise<{ territoireId: number; secteurId: number | null } | null>;
}

/**
 * Assigns the dossier to an agent, or to the territoire (and secteur) of its address through the sectorisation
 * service. Version bump and journal in one transaction; nothing written when the dossier is already there.
 */
export const executerAffecter: Executeur<'affecter'> = async (effet, ctx) => {
  const { strapi } = ctx;
  if (effet.mode === 'agent') {
    // Read outside the transaction (SQLite: one connection); an account deleted since the guide was written fails.
    const agent = (await strapi.db.query('admin::user').findOne({ where: { id: effet.agentId } })) as {
      isActive?: boolean;
    } | null;
    if (!agent || agent.isActive === false) {
      throw new EchecAction(`L’agent n° ${effet.agentId} désigné par le guide est introuvable ou désactivé.`);
    }
    await modifierDossier(ctx, (_trx, dossier) =>
      dossier.agentId === effet.agentId
        ? null
        : {
            changements: { agentId: effet.agentId },
            action: 'dossier.affecte',
            details: { de: dossier.agentId, vers: effet.agentId },
          },
    );
    return;
  }
  const sectorisation = strapi.plugin('instruction').service('sectorisation') as Partial<Sectorisation>;
  if (typeof sectorisation.sectoriserDossier !== 'function') {
    throw new EchecAction('La sectorisation n’est pas disponible sur ce serveur : dossier non affecté.');
  }
  await modifierDossier(ctx, async (trx, dossier) => {
    const secteur = await sectorisation.sectoriserDossier!(trx, dossier);
    if (!secteur) {
      throw new EchecAction(
        'Le territoire du dossier n’a pas pu être déterminé (adresse absente ou hors des territoires configurés) : ' +
          'affectez-le à la main.',
      );
    }
    if (dossier.territoireId === secteur.territoireId && dossier.secteurId === secteur.secteurId) return null;
    return {
      changements: { territoireId: secteur.territoireId, secteurId: secteur.secteurId },
      action: 'dossier.sectorise',
      details: { territoireId: secteur.territoireId, secteurId: secteur.secteurId },
    };
  });
};
