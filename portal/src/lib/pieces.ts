/**
 * Upload of one justificatif: the file part of the browser's multipart body is piped into a new multipart body for
 * the CMS, counting bytes on the way. Nothing is buffered beyond a chunk; a file over the limit aborts the upload to
 * the CMS.
 */
import type { ChampJustificatif } from '@guichet/formulaires';
import { fr } from '../i18n/fr';
import { formatsLisibles, tailleLisible } from './affichage';
import { ErreurCms, type CmsClient } from './cms';
import type { PieceApi } from './contrat';
import { corpsMultipart, ErreurMultipart, ErreurTaille, limiterTaille, type LecteurMultipart } from './multipart';
import { TAILLE_MAX_FICHIER } from './tailles';

/** The limit announced and applied for a justificatif. */
function tailleMaxDe(champ: ChampJustificatif): number {
  return Math.min(champ.tailleMax, TAILLE_MAX_FICHIER);
}

export type ResultatFichier = { ok: true; piece: PieceApi } | { ok: false; message: string };

export interface EnvoiFichier {
  /** Positioned on the file part (its headers read, its content not). */
  lecteur: LecteurMultipart;
  nomFichier: string;
  typeContenu: string | undefined;
  champ: ChampJustificatif;
  jwt: string;
  numero: string;
  cms: CmsClient;
}

/** Message for a file refused by the CMS or by the portal. */
function messageRefus(champ: ChampJustificatif, statut: number, erreur?: ErreurCms): string {
  if (statut === 400) return fr.formulaire.envoiInvalide;
  if (statut === 413) return fr.formulaire.fichierTropGros(champ.libelle, tailleLisible(tailleMaxDe(champ)));
  const detail = erreur?.erreurs.find((e) => e.champ === champ.code || e.champ === 'fichier')?.message;
  return detail ?? fr.formulaire.fichierRefuse(champ.libelle, formatsLisibles(champ.formats));
}

/**
 * Streams the current file part to `POST /api/usagers/dossiers/:numero/pieces`. A refusal (too large, wrong type,
 * empty file) is a result; a malformed browser body throws ErreurMultipart, other CMS errors are thrown as they
 * are. Either way the reader is left after this part, ready for the next one.
 */
export async function envoyerFichier(envoi: EnvoiFichier): Promise<ResultatFichier> {
  const { champ, lecteur } = envoi;
  // One iterator for the whole part: what the CMS did not read is skipped through it (never two readers at once).
  const contenu = lecteur.contenu();
  try {
    const premierMorceau = await contenu.next();
    if (premierMorceau.done) return { ok: false, message: fr.formulaire.fichierVide(champ.libelle) };

    async function* fichier(): AsyncGenerator<Uint8Array> {
      if (!premierMorceau.done) yield premierMorceau.value;
      yield* contenu;
    }
    const arret = new AbortController();
    const source = limiterTaille(fichier(), tailleMaxDe(champ));
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
          nom: envoi.nomFichier,
          type: envoi.typeContenu ?? 'application/octet-stream',
          contenu: surveillee,
        },
      },
    ]);
    try {
      const piece = await envoi.cms.televerserPiece(envoi.jwt, envoi.numero, flux, typeContenu, arret.signal);
      return { ok: true, piece };
    } catch (erreur) {
      if (arret.signal.reason instanceof ErreurTaille) return { ok: false, message: messageRefus(champ, 413) };
      if (arret.signal.reason instanceof ErreurMultipart) throw arret.signal.reason;
      if (erreur instanceof ErreurCms && [400, 413, 415, 422].includes(erreur.status))
        return { ok: false, message: messageRefus(champ, erreur.status, erreur) };
      throw erreur;
    }
  } finally {
    for await (const _reste of contenu);
  }
}

/** Keeps the CMS's file name but forces `attachment`, whatever the CMS sent (a download is never rendered inline). */
export function dispositionPieceJointe(valeur: string | null): string {
  if (!valeur) return 'attachment';
  const parametres = valeur.includes(';') ? valeur.slice(valeur.indexOf(';')) : '';
  return `attachment${parametres.replace(/[\r\n]/g, '')}`;
}
