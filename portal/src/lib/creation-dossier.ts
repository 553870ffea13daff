/**
 * POST of « Déposer un dossier » on a dispositif's page (urlencoded: the middleware has read it, checked its CSRF
 * token and counted it in the `depot` rate limit). The form carries `profil` only when the citizen belongs to a
 * profil: empty means « En mon nom », a number the profil to file for. A refusal is a result the page shows (error
 * summary, message on the radio group), as is a dispositif whose form is not published (409); other CMS errors are thrown for reponseErreurCms (401, 404, CMS unreachable).
 */
import { fr } from '../i18n/fr';
import { ErreurCms, type CmsClient } from './cms';

/** Name of the radio group (the CSRF token is CHAMP_CSRF). */
export const CHAMP_PROFIL = 'profil';

/** Ids tying the radio group to its error and the error summary's link (the first radio, « En mon nom »). */
export const IDS_PROFIL = {
  moi: 'profil-moi',
  option: (id: number) => `profil-${id}`,
  erreur: 'profil-erreur',
};

export interface CreationDossier {
  formulaire: URLSearchParams | undefined;
  jwt: string;
  slug: string;
  cms: Pick<CmsClient, 'creerDossier'>;
}

export interface ErreurCreation {
  message: string;
  /** True when the error is about the choice of profil (linked from the summary, shown on the radio group). */
  surProfil: boolean;
}

export type ResultatCreation =
  | { issue: 'cree'; numero: string }
  | {
      issue: 'refus';
      statut: 409 | 422;
      /** The radio that was checked ('' for « En mon nom »), checked again when the page is shown. */
      choix: string;
      erreurs: ErreurCreation[];
    };

/** The largest profil id the CMS accepts (a Postgres integer). */
const ID_PROFIL_MAX = 2_147_483_647;

/** '' or absent → the citizen's own dossier; a profil's id → that profil; anything else → null (not our form's). */
export function lireChoixProfil(valeur: string | null | undefined): { profil: number | undefined } | null {
  if (valeur === null || valeur === undefined || valeur === '') return { profil: undefined };
  if (!/^[1-9]\d{0,9}$/.test(valeur)) return null;
  const profil = Number(valeur);
  return profil <= ID_PROFIL_MAX ? { profil } : null;
}

export async function traiterCreation(c: CreationDossier): Promise<ResultatCreation> {
  const choix = c.formulaire?.get(CHAMP_PROFIL) ?? '';
  const refus = (erreurs: ErreurCreation[], statut: 409 | 422 = 422) =>
    ({ issue: 'refus', statut, choix, erreurs }) as const;
  const lu = lireChoixProfil(choix);
  // Only a form that was not rendered by the portal sends something else: no call to the CMS.
  if (!lu) return refus([{ message: fr.profils.choixInvalide, surProfil: true }]);
  try {
    const dossier = await c.cms.creerDossier(c.jwt, c.slug, lu.profil);
    return { issue: 'cree', numero: dossier.numero };
  } catch (erreur) {
    if (!(erreur instanceof ErreurCms) || ![400, 409, 422].includes(erreur.status)) throw erreur;
    // 409 MODELE_NON_PUBLIE: the dispositif takes no dossier yet; the CMS's message says so in French.
    if (erreur.status === 409) return refus([{ message: erreur.message, surProfil: false }], 409);
    // 400: the body's shape, which the portal builds from a choice it checked; never a 500 for the citizen.
    if (erreur.status === 400) return refus([{ message: fr.profils.creationRefusee, surProfil: false }]);
    const erreurs = erreur.erreurs.map((e) => ({ message: e.message, surProfil: e.champ === CHAMP_PROFIL }));
    return refus(erreurs.length > 0 ? erreurs : [{ message: fr.profils.creationRefusee, surProfil: false }]);
  }
}
