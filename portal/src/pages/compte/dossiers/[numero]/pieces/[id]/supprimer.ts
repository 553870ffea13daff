/** POST /compte/dossiers/:numero/pieces/:id/supprimer (CSRF checked by the middleware): deletes a justificatif. */
import type { APIRoute } from 'astro';
import { fr } from '../../../../../../i18n/fr';
import { ErreurCms } from '../../../../../../lib/cms';
import { ids } from '../../../../../../lib/formulaire';
import { memoriserFlash, pageIntrouvable, reponseErreurCms, sessionRequise } from '../../../../../../lib/pages';
import { services } from '../../../../../../lib/services';

export const POST: APIRoute = async (ctx) => {
  const session = sessionRequise(ctx);
  const numero = ctx.params.numero ?? '';
  const id = Number(ctx.params.id);
  const base = `/compte/dossiers/${encodeURIComponent(numero)}`;
  if (!Number.isSafeInteger(id) || id <= 0) return pageIntrouvable(ctx);
  const { cms } = services();
  try {
    const dossier = await cms.dossier(session.jwt, numero);
    const piece = dossier.pieces.find((p) => p.id === id && p.nature === 'justificatif');
    if (!piece) return pageIntrouvable(ctx);
    await cms.supprimerPiece(session.jwt, numero, id);
    await memoriserFlash(ctx, { type: 'succes', message: fr.formulaire.fichierSupprime(piece.nom) });
    return ctx.redirect(`${base}/modifier${piece.champ ? `#${ids.champ(piece.champ)}` : ''}`, 303);
  } catch (erreur) {
    if (erreur instanceof ErreurCms && erreur.status === 409) {
      await memoriserFlash(ctx, { type: 'erreur', message: fr.formulaire.pasModifiable });
      return ctx.redirect(base, 303);
    }
    return reponseErreurCms(ctx, erreur, `${base}/modifier`);
  }
};
