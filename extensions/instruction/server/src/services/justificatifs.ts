import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { champsDeVue, type ChampJustificatif, type Modele } from '@guichet/formulaires';
import { ErreurGuichet } from '../erreurs';
import { insererPiece, listerPieces, supprimerPiece, trouverPiece } from '../repositories/pieces';

export interface FichierRecu {
  cheminTemporaire: string;
  nom: string;
  taille: number;
}

/** Magic bytes of the formats we accept: the declared MIME type and the extension are never trusted. */
const SIGNATURES: Array<{ type: string; octets: number[] }> = [
  { type: 'application/pdf', octets: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', octets: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', octets: [0xff, 0xd8, 0xff] },
];

export async function detecterType(chemin: string): Promise<string | null> {
  const fichier = await open(chemin, 'r');
  try {
    const tampon = Buffer.alloc(16);
    await fichier.read(tampon, 0, 16, 0);
    return SIGNATURES.find((s) => s.octets.every((o, i) => tampon[i] === o))?.type ?? null;
  } finally {
    await fichier.close();
  }
}

export function nomSur(nom: string): string {
  // Control characters and path separators never reach the stored name nor the download header.
  const propre = [...nom.normalize('NFC')]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/"<>|:*?'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return propre.slice(-120) || 'piece';
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const stockage = () => strapi.plugin('instruction').service('stockage');
  const dossiersUsager = () => strapi.plugin('instruction').service('dossiersUsager');

  return {
    async ajouter(numero: string, usagerId: number, champCode: string, fichier: FichierRecu) {
      const { dossier, formulaire } = await dossiersUsager().charger(numero, usagerId);
      if (dossier.etat !== 'brouillon')
        throw new ErreurGuichet(409, 'DEJA_DEPOSE', 'Ce dossier est déjà déposé : ses pièces ne peuvent plus changer.');
      const champ = champsDeVue(formulaire.modele as Modele, 'usager').find(
        (c): c is ChampJustificatif => c.code === champCode && c.type === 'justificatif',
      );
      if (!champ)
        throw new ErreurGuichet(422, 'CHAMP_INCONNU', 'Cette pièce ne correspond à aucun justificatif demandé.', {
          erreurs: [
            {
              champ: champCode,
              code: 'CHAMP_INCONNU',
              message: 'Cette pièce ne correspond à aucun justificatif demandé.',
            },
          ],
        });
      const erreurChamp = (code: string, message: string, status = 422) =>
        new ErreurGuichet(status, code, message, { erreurs: [{ champ: champ.code, code, message }] });
      if (fichier.taille === 0)
        throw erreurChamp('FICHIER_VIDE', `Le fichier choisi pour « ${champ.libelle} » est vide.`);
      if (fichier.taille > champ.tailleMax) {
        throw erreurChamp(
          'TROP_VOLUMINEUX',
          `Le fichier pour « ${champ.libelle} » dépasse ${Math.floor(champ.tailleMax / 1024 / 1024)} Mo.`,
          413,
        );
      }
      const type = await detecterType(fichier.cheminTemporaire);
      if (!type || !champ.formats.includes(type)) {
        throw erreurChamp(
          'FORMAT_REFUSE',
          `Le fichier pour « ${champ.libelle} » doit être au format ${champ.formats.map((f) => f.split('/')[1]!.toUpperCase()).join(', ')}.`,
        );
      }
      const maintenant = new Date();
      const { chemin, empreinte } = await stockage().copierDepuis(fichier.cheminTemporaire, maintenant);
      const id = await insererPiece(
        knex(),
        {
          dossierId: dossier.id,
          champ: champ.code,
          nature: 'justificatif',
          nom: nomSur(fichier.nom),
          type,
          taille: fichier.taille,
          chemin,
          empreinte,
        },
        maintenant,
      );
      return (await listerPieces(knex(), dossier.id)).find((p) => p.id === id)!;
    },

    async retirer(numero: string, usagerId: number, pieceId: number) {
      const { dossier } = await dossiersUsager().charger(numero, usagerId);
      const piece = await trouverPiece(knex(), dossier.id, pieceId);
      if (!piece || piece.nature !== 'justificatif')
        throw new ErreurGuichet(404, 'INTROUVABLE', 'Cette pièce est introuvable.');
      if (dossier.etat !== 'brouillon')
        throw new ErreurGuichet(409, 'DEJA_DEPOSE', 'Ce dossier est déjà déposé : ses pièces ne peuvent plus changer.');
      await supprimerPiece(knex(), dossier.id, pieceId);
      await stockage().supprimer(piece.chemin);
    },

    /** The dossier was loaded through the caller's scope; the pièce must belong to it. */
    async ouvrir(dossierId: number, pieceId: number) {
      const piece = await trouverPiece(knex(), dossierId, pieceId);
      if (!piece) throw new ErreurGuichet(404, 'INTROUVABLE', 'Cette pièce est introuvable.');
      return { piece, flux: stockage().lire(piece.chemin) };
    },
  };
};
