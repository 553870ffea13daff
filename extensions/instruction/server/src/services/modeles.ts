/**
 * The dossier models, as the instruction plugin needs them: the version a dossier was filed on (always the one it is
 * validated and displayed with), or the dispositif's latest published version for a new dossier. The models
 * themselves belong to the formulaires plugin; this is the only place that asks it.
 */
import type { Core } from '@strapi/strapi';
import type { Modele, OptionListe } from '@guichet/formulaires';
import { ErreurGuichet } from '../erreurs';
import type { DispositifLigne } from '../repositories/dispositifs';

export interface ModeleDossier {
  versionId: number;
  /** Version number shown to people (v1, v2 …). */
  numero: number;
  modele: Modele;
  referentiels: Record<string, OptionListe[]>;
}

interface VersionModele {
  id: number;
  numero: number;
  contenu: Modele;
}
interface ServiceVersions {
  versionCourante(code: string): Promise<VersionModele | null>;
  version(id: number): Promise<VersionModele>;
  optionsReferentiels(modele: Modele): Promise<Record<string, OptionListe[]>>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = (): ServiceVersions => strapi.plugin('formulaires').service('versions') as ServiceVersions;

  async function completer(version: VersionModele): Promise<ModeleDossier> {
    return {
      versionId: version.id,
      numero: version.numero,
      modele: version.contenu,
      referentiels: await versions().optionsReferentiels(version.contenu),
    };
  }

  return {
    /** The model a dossier was filed on. */
    async duDossier(dossier: { modeleVersionId: number }): Promise<ModeleDossier> {
      return completer(await versions().version(dossier.modeleVersionId));
    },

    /** The model new dossiers of this dispositif are filed on; a dispositif without a published model takes none. */
    async courant(dispositif: Pick<DispositifLigne, 'modeleCode'>): Promise<ModeleDossier> {
      const version = await versions().versionCourante(dispositif.modeleCode);
      if (version === null) {
        throw new ErreurGuichet(
          409,
          'MODELE_NON_PUBLIE',
          "Ce dispositif n'accepte pas encore de dossiers : son formulaire n'est pas publié.",
        );
      }
      return completer(version);
    },
  };
};

export type ServiceModeles = ReturnType<typeof import('./modeles').default>;
