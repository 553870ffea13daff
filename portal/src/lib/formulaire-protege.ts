/**
 * Opening of a multipart POST from one of our forms (dossier form, « Pièces demandées »): the body is read as a
 * stream, and its first part must be the session's CSRF token — checked before anything else is read. A missing
 * boundary, a malformed first part or a wrong token all answer `csrf` (403), after letting a small form finish
 * sending so that the browser shows our answer; a large body is never read for nobody.
 */
import { ErreurMultipart, FormulaireEnFlux, frontiereDe, LecteurMultipart } from './multipart';
import { CHAMP_CSRF, jetonsEgaux } from './securite';
import { LIMITES_FORMULAIRE } from './tailles';

export type FormulaireOuvert =
  | { issue: 'csrf' }
  | { issue: 'ouvert'; lecteur: LecteurMultipart; formulaire: FormulaireEnFlux };

export async function ouvrirFormulaireProtege(requete: Request, csrfSession: string): Promise<FormulaireOuvert> {
  const frontiere = frontiereDe(requete.headers.get('content-type'));
  if (!frontiere || !requete.body) return { issue: 'csrf' };
  const lecteur = new LecteurMultipart(requete.body, frontiere);
  const formulaire = new FormulaireEnFlux(lecteur, LIMITES_FORMULAIRE);
  let jeton: string | null;
  try {
    jeton = await formulaire.premierePartie(CHAMP_CSRF, 256);
  } catch (erreur) {
    if (erreur instanceof ErreurMultipart) return { issue: 'csrf' };
    throw erreur;
  }
  if (!jetonsEgaux(jeton, csrfSession)) {
    await lecteur.vider(LIMITES_FORMULAIRE.octetsTexte);
    return { issue: 'csrf' };
  }
  return { issue: 'ouvert', lecteur, formulaire };
}
