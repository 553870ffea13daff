import { idsDossiersLies } from '../../repositories/dossiers-actions';
import { transitionSysteme } from './transition-systeme';
import { EchecAction, type Executeur } from './types';

/**
 * Moves the parent, or every child, to `statut` of ITS guide, one transaction per linked dossier. Dossiers whose
 * guide refuses are listed in the row's error (the others moved, and are not moved twice on retry).
 */
export const executerStatutDossierLie: Executeur<'statut_dossier_lie'> = async (effet, ctx) => {
  const ids = await idsDossiersLies(ctx.strapi.db.connection, ctx.dossier, effet.lien);
  const refus: string[] = [];
  for (const id of ids) {
    const issue = await transitionSysteme(ctx, id, effet.statut, { origine: ctx.dossier.numero });
    if (!issue.fait && issue.refus) refus.push(issue.refus);
  }
  if (refus.length > 0) {
    const lies = effet.lien === 'parent' ? 'Le dossier parent n’a' : 'Des dossiers enfants n’ont';
    throw new EchecAction(`${lies} pas pu passer au statut « ${effet.statut} » : ${refus.join(' ; ')}`);
  }
};
