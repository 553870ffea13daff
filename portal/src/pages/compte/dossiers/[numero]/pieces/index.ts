/** POST /compte/dossiers/:numero/pieces (multipart): streams a justificatif to the CMS, then back to the form. */
import type { APIRoute } from 'astro';
import type { ChampJustificatif } from '@guichet/formulaires';
import { champsDuModele } from '@guichet/formulaires';
import { fr } from '../../../../../i18n/fr';
import { ids } from '../../../../../lib/formulaire';
import { memoriserFlash, reponseErreurCms, requeteVers, sessionRequise } from '../../../../../lib/pages';
import { envoyerPiece } from '../../../../../lib/pieces';
import { services } from '../../../../../lib/services';

export const POST: APIRoute = async (ctx) => {
  const session = sessionRequise(ctx);
  const numero = ctx.params.numero ?? '';
  const base = `/compte/dossiers/${encodeURIComponent(numero)}`;
  const { cms } = services();
  try {
    const dossier = await cms.dossier(session.jwt, numero);
    if (dossier.etat !== 'brouillon') {
      await memoriserFlash(ctx, { type: 'erreur', message: fr.formulaire.pasModifiable });
      return ctx.redirect(base, 303);
    }
    const champs = champsDuModele(dossier.modele).filter((c): c is ChampJustificatif => c.type === 'justificatif');
    const resultat = await envoyerPiece({
      requete: ctx.request,
      csrfSession: session.csrf,
      jwt: session.jwt,
      numero,
      champs,
      cms,
    });
    if (resultat.ok) {
      await memoriserFlash(ctx, { type: 'succes', message: fr.formulaire.fichierAjoute(resultat.piece.nom) });
      return ctx.redirect(`${base}/modifier#${ids.champ(resultat.champ.code)}`, 303);
    }
    switch (resultat.raison) {
      case 'csrf':
        ctx.locals.refus = { motif: 'csrf' };
        return ctx.rewrite(requeteVers(ctx, '/erreur'));
      case 'requete':
        await memoriserFlash(ctx, { type: 'erreur', message: fr.formulaire.envoiInvalide });
        return ctx.redirect(`${base}/modifier`, 303);
      case 'champ':
        await memoriserFlash(ctx, { type: 'erreur', message: resultat.message });
        return ctx.redirect(`${base}/modifier`, 303);
      case 'fichier':
        await memoriserFlash(ctx, undefined, [{ champ: resultat.champ.code, message: resultat.message }]);
        return ctx.redirect(`${base}/modifier`, 303);
    }
  } catch (erreur) {
    return reponseErreurCms(ctx, erreur, `${base}/modifier`);
  }
};
