import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Private storage for pièces: generated names under FICHIERS_DIR, never under Strapi's public /uploads.
 * Files are only served by authorised endpoints (DESIGN rule 3).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const racine = () =>
    path.resolve(process.env.FICHIERS_DIR || path.join(strapi.dirs.app.root, '..', 'var', 'fichiers'));

  function nouveauChemin(maintenant: Date): string {
    const mois = `${maintenant.getUTCFullYear()}/${String(maintenant.getUTCMonth() + 1).padStart(2, '0')}`;
    return `${mois}/${randomUUID()}`;
  }

  function absolu(chemin: string): string {
    const complet = path.resolve(racine(), chemin);
    // A stored path is ours, but refuse anything that would escape the root all the same.
    if (!complet.startsWith(racine() + path.sep)) throw new Error('Chemin de stockage invalide');
    return complet;
  }

  return {
    async ecrire(contenu: Buffer, maintenant = new Date()) {
      const chemin = nouveauChemin(maintenant);
      await mkdir(path.dirname(absolu(chemin)), { recursive: true });
      await writeFile(absolu(chemin), contenu, { flag: 'wx' });
      return { chemin, empreinte: createHash('sha256').update(contenu).digest('hex') };
    },

    async copierDepuis(fichierTemporaire: string, maintenant = new Date()) {
      const chemin = nouveauChemin(maintenant);
      await mkdir(path.dirname(absolu(chemin)), { recursive: true });
      await copyFile(fichierTemporaire, absolu(chemin));
      const empreinte = createHash('sha256')
        .update(await readFile(absolu(chemin)))
        .digest('hex');
      return { chemin, empreinte };
    },

    lire(chemin: string) {
      return createReadStream(absolu(chemin));
    },

    async supprimer(chemin: string) {
      await rm(absolu(chemin), { force: true });
    },
  };
};
