/**
 * Published model versions, for the other plugins (instruction files and validates dossiers with them, the portal
 * renders them through instruction). `strapi.plugin('formulaires').service('versions')`:
 *
 *   versionCourante(codeModele: string): Promise<VersionModele | null>
 *     The latest published version of the model with this code; null when the model is unknown or never published.
 *   version(id: number): Promise<VersionModele>
 *     A version by its id (what a dossier stores). Versions are immutable, so they are cached in memory for the life
 *     of the process. Throws ErreurGuichet 404 (code VERSION_INTROUVABLE) when no version has this id.
 *   optionsReferentiels(modele: Modele): Promise<Record<string, OptionListe[]>>
 *     The CURRENT options of every administrator list the model's « liste sur référentiel » fields use, by list
 *     code (one query); a list that does not exist maps to [] (every value is then refused).
 *
 *   interface VersionModele { id: number; modeleId: number; modeleCode: string; numero: number; contenu: Modele }
 */
import type { Core } from '@strapi/strapi';
import { referentielsUtilises } from '../../../domain/export';
import type { Modele, OptionListe } from '../../../domain/modele';
import { erreurs } from '../messages';
import { listesParCodes } from '../repositories/referentiels';
import {
  trouverVersionCourante,
  trouverVersionParId,
  type VersionLigne,
  type VersionModele,
} from '../repositories/versions';

export type { VersionModele };

/** Frozen all the way down: the cached object is shared by every caller, and a version never changes. */
function figer<T>(valeur: T): T {
  if (valeur !== null && typeof valeur === 'object' && !Object.isFrozen(valeur)) {
    for (const enfant of Object.values(valeur)) figer(enfant);
    Object.freeze(valeur);
  }
  return valeur;
}

function publique(v: VersionLigne): VersionModele {
  return figer({ id: v.id, modeleId: v.modeleId, modeleCode: v.modeleCode, numero: v.numero, contenu: v.contenu });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const cache = new Map<number, Promise<VersionModele>>();

  return {
    async versionCourante(codeModele: string): Promise<VersionModele | null> {
      const ligne = await trouverVersionCourante(knex(), codeModele);
      if (!ligne) return null;
      const version = publique(ligne);
      if (!cache.has(version.id)) cache.set(version.id, Promise.resolve(version));
      return version;
    },

    version(id: number): Promise<VersionModele> {
      if (!Number.isSafeInteger(id) || id <= 0) return Promise.reject(erreurs.versionIntrouvable());
      const connue = cache.get(id);
      if (connue) return connue;
      const chargement = trouverVersionParId(knex(), id).then((ligne) => {
        if (!ligne) throw erreurs.versionIntrouvable();
        return publique(ligne);
      });
      cache.set(id, chargement);
      // A failed read (unknown id, database down) is not cached: the next call asks again.
      chargement.catch(() => cache.delete(id));
      return chargement;
    },

    async optionsReferentiels(modele: Modele): Promise<Record<string, OptionListe[]>> {
      const codes = referentielsUtilises(modele);
      const resultat: Record<string, OptionListe[]> = Object.fromEntries(codes.map((code) => [code, []]));
      for (const liste of await listesParCodes(knex(), codes)) resultat[liste.code] = liste.options;
      return resultat;
    },
  };
};
