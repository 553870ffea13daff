/**
 * POST of a « Pièces demandées » form on the dossier page: one multipart form per open request, read as a stream in
 * tree order like the dossier form (src/lib/soumission.ts): `_csrf` first (checked before anything else is read),
 * then `demande` (the request's id), then the file, which streams to the CMS with the size limit applied on the way.
 * A refusal (no file, empty, too large, wrong format, request no longer open, too many uploads) is a result that the
 * page shows in its error summary; other CMS errors are thrown for reponseErreurCms.
 */
import { fr } from '../i18n/fr';
import { formatsLisibles, tailleLisible } from './affichage';
import { ErreurCms, type CmsClient } from './cms';
import { ouvrirFormulaireProtege } from './formulaire-protege';
import type { DemandePieceApi, DossierDetail, PieceApi } from './contrat';
import type { Decision } from './limite';
import { corpsMultipart, ErreurMultipart, ErreurTaille, FormulaireEnFlux, limiterTaille } from './multipart';
import { TAILLE_MAX_CORPS, TAILLE_MAX_FICHIER } from './tailles';

export interface ReponseDemande {
  requete: Request;
  csrfSession: string;
  jwt: string;
  dossier: DossierDetail;
  cms: CmsClient;
  /** Counts one upload against the rate limit (the « pieces » family, like the dossier form's files). */
  limiterEnvoi: () => Decision;
}

export type ResultatDemande =
  | { issue: 'csrf' }
  | { issue: 'envoyee'; piece: PieceApi }
  | {
      issue: 'refus';
      statut: 400 | 409 | 413 | 422 | 429;
      /** The request the error belongs to (its file input is the summary's target), when known. */
      demandeId: number | null;
      message: string;
      reessayerDansS?: number;
    };

/** The limit announced and applied for a request: the CMS's, never more than the portal's own. */
export const tailleMaxDemande = (demande: DemandePieceApi) => Math.min(demande.tailleMax, TAILLE_MAX_FICHIER);

/** The hint under a request's file input: formats and size limit. */
export const aideDemande = (demande: DemandePieceApi) =>
  fr.formulaire.fichierAide(formatsLisibles(demande.formats), tailleLisible(tailleMaxDemande(demande)));

export const idsDemande = {
  bloc: (id: number) => `demande-${id}`,
  fichier: (id: number) => `demande-${id}-fichier`,
  aide: (id: number) => `demande-${id}-aide`,
  erreur: (id: number) => `demande-${id}-erreur`,
};

export async function traiterReponseDemande(s: ReponseDemande): Promise<ResultatDemande> {
  const ouvert = await ouvrirFormulaireProtege(s.requete, s.csrfSession);
  if (ouvert.issue === 'csrf') return ouvert;
  const { lecteur, formulaire } = ouvert;
  try {
    return await envoyer(s, formulaire);
  } catch (erreur) {
    if (!(erreur instanceof ErreurMultipart)) throw erreur;
    return { issue: 'refus', statut: 400, demandeId: null, message: fr.formulaire.envoiInvalide };
  } finally {
    // Whatever happened, the browser finishes sending (within the server's body limit) and gets our answer.
    await lecteur.vider(TAILLE_MAX_CORPS);
  }
}

async function envoyer(s: ReponseDemande, formulaire: FormulaireEnFlux): Promise<ResultatDemande> {
  const partie = await formulaire.fichierSuivant();
  const id = Number(formulaire.textes.get('demande'));
  const demande = (s.dossier.demandes ?? []).find((d) => d.id === id);
  // Answered or cancelled since the page was rendered (another tab, an agent): nothing to send any more.
  if (!demande) return { issue: 'refus', statut: 409, demandeId: null, message: fr.demandes.plusOuverte };
  const refus = (statut: 409 | 413 | 422 | 429, message: string) =>
    ({ issue: 'refus', statut, demandeId: demande.id, message }) as const;
  if (!partie || partie.nom !== 'fichier' || !partie.nomFichier) {
    return refus(422, fr.demandes.fichierManquant(demande.typeDocument));
  }
  const decision = s.limiterEnvoi();
  if (!decision.autorise) {
    return {
      ...refus(429, fr.formulaire.tropDEnvois(decision.reessayerDansS)),
      reessayerDansS: decision.reessayerDansS,
    };
  }
  // One iterator for the whole part: what the CMS did not read is skipped through it.
  const contenu = formulaire.lecteur.contenu();
  try {
    const premier = await contenu.next();
    if (premier.done) return refus(422, fr.formulaire.fichierVide(demande.typeDocument));
    const arret = new AbortController();
    const source = limiterTaille(
      (async function* () {
        yield premier.value;
        yield* contenu;
      })(),
      tailleMaxDemande(demande),
    );
    // Abort the upload to the CMS as soon as the limit is crossed (the CMS then sees a truncated request).
    const surveillee = (async function* () {
      try {
        yield* source;
      } catch (erreur) {
        arret.abort(erreur);
        throw erreur;
      }
    })();
    const { flux, typeContenu } = corpsMultipart([
      {
        nom: 'fichier',
        fichier: {
          nom: partie.nomFichier,
          type: partie.typeContenu ?? 'application/octet-stream',
          contenu: surveillee,
        },
      },
    ]);
    const tropGros = () =>
      refus(413, fr.formulaire.fichierTropGros(demande.typeDocument, tailleLisible(tailleMaxDemande(demande))));
    try {
      const piece = await s.cms.repondreDemande(s.jwt, s.dossier.numero, demande.id, flux, typeContenu, arret.signal);
      return { issue: 'envoyee', piece };
    } catch (erreur) {
      if (arret.signal.reason instanceof ErreurTaille) return tropGros();
      if (arret.signal.reason instanceof ErreurMultipart) throw arret.signal.reason;
      if (!(erreur instanceof ErreurCms)) throw erreur;
      if (erreur.status === 413) return tropGros();
      if (erreur.status === 409) return refus(409, fr.demandes.plusOuverte);
      if ([400, 415, 422].includes(erreur.status)) {
        const detail = erreur.erreurs.find((e) => e.champ === 'fichier')?.message;
        return refus(
          422,
          detail ?? fr.formulaire.fichierRefuse(demande.typeDocument, formatsLisibles(demande.formats)),
        );
      }
      throw erreur;
    }
  } finally {
    for await (const _reste of contenu);
  }
}
