/**
 * Upload of a justificatif: the browser's multipart body is read as a stream (the _csrf and champ fields come first),
 * checked, and the file part is piped into a new multipart body for the CMS, counting bytes on the way. Nothing is
 * buffered beyond a chunk; a file over the limit aborts the upload to the CMS.
 */
import type { ChampJustificatif } from '@guichet/formulaires';
import { fr } from '../i18n/fr';
import { formatsLisibles, tailleLisible } from './affichage';
import { ErreurCms, type CmsClient } from './cms';
import type { PieceApi } from './contrat';
import {
  corpsMultipart,
  ErreurMultipart,
  ErreurTaille,
  frontiereDe,
  LecteurMultipart,
  limiterTaille,
} from './multipart';
import { CHAMP_CSRF, jetonsEgaux } from './securite';

/** The portal's own limit per file; a justificatif may have a smaller one in its model. */
export const TAILLE_MAX_FICHIER = 10 * 1024 * 1024;
/** Room for the other parts and multipart framing around the file. */
const MARGE_MULTIPART = 64 * 1024;

export type ResultatEnvoi =
  | { ok: true; piece: PieceApi; champ: ChampJustificatif }
  | { ok: false; raison: 'csrf' }
  | { ok: false; raison: 'requete' }
  | { ok: false; raison: 'champ'; message: string; champ?: ChampJustificatif }
  | { ok: false; raison: 'fichier'; champ: ChampJustificatif; message: string };

export interface EnvoiPiece {
  requete: Request;
  csrfSession: string;
  jwt: string;
  numero: string;
  /** The justificatif fields of the dossier's model (the dossier was loaded by the caller). */
  champs: ChampJustificatif[];
  cms: CmsClient;
}

/** Message for a file refused by the CMS or by the portal. */
function messageRefus(champ: ChampJustificatif, statut: number, erreur?: ErreurCms): string {
  if (statut === 400) return fr.formulaire.envoiInvalide;
  if (statut === 413)
    return fr.formulaire.fichierTropGros(champ.libelle, tailleLisible(Math.min(champ.tailleMax, TAILLE_MAX_FICHIER)));
  const detail = erreur?.erreurs.find((e) => e.champ === champ.code || e.champ === 'fichier')?.message;
  return detail ?? fr.formulaire.fichierRefuse(champ.libelle, formatsLisibles(champ.formats));
}

export async function envoyerPiece(envoi: EnvoiPiece): Promise<ResultatEnvoi> {
  const { requete } = envoi;
  const frontiere = frontiereDe(requete.headers.get('content-type'));
  if (!frontiere || !requete.body) return { ok: false, raison: 'requete' };
  const lecteur = new LecteurMultipart(requete.body, frontiere);

  try {
    // 1. _csrf must be the first part: nothing else is read before the token is checked.
    const premiere = await lecteur.partieSuivante();
    if (!premiere || premiere.nom !== CHAMP_CSRF || !jetonsEgaux(await lecteur.texte(256), envoi.csrfSession)) {
      return { ok: false, raison: 'csrf' };
    }
    const deuxieme = await lecteur.partieSuivante();
    if (!deuxieme || deuxieme.nom !== 'champ') return { ok: false, raison: 'requete' };
    const code = await lecteur.texte(128);
    const champ = envoi.champs.find((c) => c.code === code);
    if (!champ) {
      await lecteur.vider(TAILLE_MAX_FICHIER + MARGE_MULTIPART);
      return { ok: false, raison: 'champ', message: fr.formulaire.champFichierInconnu };
    }
    const limite = Math.min(champ.tailleMax, TAILLE_MAX_FICHIER);

    // Browsers send Content-Length for forms: refuse an obviously too large body before reading it.
    const longueur = Number(requete.headers.get('content-length') ?? 'NaN');
    if (Number.isFinite(longueur) && longueur > limite + MARGE_MULTIPART) {
      await lecteur.vider(TAILLE_MAX_FICHIER + MARGE_MULTIPART);
      return { ok: false, raison: 'fichier', champ, message: messageRefus(champ, 413) };
    }

    const partieFichier = await lecteur.partieSuivante();
    if (!partieFichier || partieFichier.nom !== 'fichier' || partieFichier.nomFichier === undefined)
      return { ok: false, raison: 'requete' };
    const contenu = lecteur.contenu();
    // An <input type=file> left empty still sends a part, with an empty name and no bytes.
    const premierMorceau = await contenu.next();
    if (partieFichier.nomFichier === '' || premierMorceau.done) {
      await lecteur.vider(MARGE_MULTIPART);
      return { ok: false, raison: 'fichier', champ, message: fr.formulaire.fichierManquant(champ.libelle) };
    }

    async function* fichier(): AsyncGenerator<Uint8Array> {
      if (!premierMorceau.done) yield premierMorceau.value;
      yield* contenu;
    }
    const compteur = { octets: 0 };
    const arret = new AbortController();
    const source = limiterTaille(fichier(), limite, compteur);
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
      { nom: 'champ', valeur: champ.code },
      {
        nom: 'fichier',
        fichier: {
          nom: partieFichier.nomFichier,
          type: partieFichier.typeContenu ?? 'application/octet-stream',
          contenu: surveillee,
        },
      },
    ]);
    try {
      const piece = await envoi.cms.televerserPiece(envoi.jwt, envoi.numero, flux, typeContenu, arret.signal);
      return { ok: true, piece, champ };
    } catch (erreur) {
      if (arret.signal.reason instanceof ErreurTaille) {
        await lecteur.vider(TAILLE_MAX_FICHIER + MARGE_MULTIPART);
        return { ok: false, raison: 'fichier', champ, message: messageRefus(champ, 413) };
      }
      if (arret.signal.reason instanceof ErreurMultipart) return { ok: false, raison: 'requete' };
      if (erreur instanceof ErreurCms && [400, 413, 415, 422].includes(erreur.status)) {
        await lecteur.vider(TAILLE_MAX_FICHIER + MARGE_MULTIPART);
        return { ok: false, raison: 'fichier', champ, message: messageRefus(champ, erreur.status, erreur) };
      }
      throw erreur;
    }
  } catch (erreur) {
    if (erreur instanceof ErreurMultipart) return { ok: false, raison: 'requete' };
    throw erreur;
  }
}

/** Keeps the CMS's file name but forces `attachment`, whatever the CMS sent (a download is never rendered inline). */
export function dispositionPieceJointe(valeur: string | null): string {
  if (!valeur) return 'attachment';
  const parametres = valeur.includes(';') ? valeur.slice(valeur.indexOf(';')) : '';
  return `attachment${parametres.replace(/[\r\n]/g, '')}`;
}
