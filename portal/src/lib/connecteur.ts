/** « Récupérer mes informations » (API Particulier, API R2P through the CMS): what to tell the citizen when it fails. */
import { fr } from '../i18n/fr';
import type { ErreurCms } from './cms';
import type { ErreurSaisie } from './resultat-soumission';

/**
 * What to say on a connector field the CMS could not fill: its own French messages (422 AUCUNE_INFORMATION with
 * details.erreurs, 502 CONNECTEUR_INDISPONIBLE), or ours when the answer is not the CMS's (transport failure, no
 * such route, a proxy's page).
 */
export function messagesConnecteur(code: string, erreur: ErreurCms): ErreurSaisie[] {
  const technique =
    ['CmsInjoignable', 'CmsDelaiDepasse', 'ReponseInvalide', 'NotFoundError'].includes(erreur.nom) ||
    erreur.nom.startsWith('HTTP');
  if (technique) return [{ champ: code, message: fr.formulaire.connecteurIndisponible }];
  if (erreur.erreurs.length > 0) return erreur.erreurs.map((e) => ({ champ: e.champ || code, message: e.message }));
  return [{ champ: code, message: erreur.message }];
}
