import type { Core } from '@strapi/strapi';
import { UID_MODELE_COURRIEL, UID_MODELE_DOCUMENT } from '../content-types';
import { construireModeleAccuseReception } from './modele-accuse-reception';

export const MODELES_COURRIELS_DEMO: ReadonlyArray<{ code: string; sujet: string; corps: string }> = [
  {
    code: 'statut_change',
    sujet: 'Votre dossier {{dossier.numero}} : {{statut.libelle}}',
    corps: `Bonjour {{usager.prenom}} {{usager.nom}},

Le statut de votre dossier n° {{dossier.numero}}, déposé au titre du dispositif « {{dispositif.titre}} », a évolué.

Nouveau statut : {{statut.libelle}}

Vous pouvez consulter votre dossier, son avancement et les documents qui vous sont adressés dans votre espace personnel :
{{portail.url}}/compte/dossiers/{{dossier.numero}}

Nous vous remercions de votre confiance.

{{collectivite.nom}}

Ce message vous est envoyé automatiquement : merci de ne pas y répondre. Pour toute question, utilisez la messagerie de votre dossier.`,
  },
  {
    code: 'depot_confirme',
    sujet: 'Dépôt de votre dossier {{dossier.numero}} confirmé',
    corps: `Bonjour {{usager.prenom}} {{usager.nom}},

Nous confirmons la bonne réception de votre demande au titre du dispositif « {{dispositif.titre}} ». Elle est enregistrée sous le numéro {{dossier.numero}}.

Votre accusé de réception est disponible dans votre espace personnel, où vous pourrez suivre l'instruction de votre dossier et répondre aux éventuelles demandes de pièces :
{{portail.url}}/compte/dossiers/{{dossier.numero}}

{{collectivite.nom}}

Ce message vous est envoyé automatiquement : merci de ne pas y répondre. Pour toute question, utilisez la messagerie de votre dossier.`,
  },
];

export interface ResultatSeed {
  crees: string[];
  existants: string[];
}

/**
 * Crée les modèles de démonstration absents (repérés par leur code) : le modèle de document `accuse_reception`
 * et les modèles de courriel `statut_change` et `depot_confirme`. Un modèle déjà présent n'est jamais modifié
 * (un administrateur a pu l'adapter). Idempotent.
 */
export async function seedEditique(strapi: Core.Strapi): Promise<ResultatSeed> {
  const resultat: ResultatSeed = { crees: [], existants: [] };
  // Lecture par la couche base (index unique sur code) ; création par le Document Service, qui pose documentId et
  // publishedAt comme pour une saisie dans l'admin.
  const existe = async (uid: string, code: string) =>
    Boolean(await strapi.db.query(uid as never).findOne({ select: ['id'], where: { code } }));
  const creer = (uid: string, data: Record<string, unknown>) =>
    strapi.documents(uid as never).create({ data } as never);

  if (await existe(UID_MODELE_DOCUMENT, 'accuse_reception')) {
    resultat.existants.push('document:accuse_reception');
  } else {
    const fichier = (await construireModeleAccuseReception()).toString('base64');
    await creer(UID_MODELE_DOCUMENT, { code: 'accuse_reception', libelle: 'Accusé de réception', fichier });
    resultat.crees.push('document:accuse_reception');
  }

  for (const modele of MODELES_COURRIELS_DEMO) {
    if (await existe(UID_MODELE_COURRIEL, modele.code)) {
      resultat.existants.push(`courriel:${modele.code}`);
    } else {
      await creer(UID_MODELE_COURRIEL, { ...modele });
      resultat.crees.push(`courriel:${modele.code}`);
    }
  }
  return resultat;
}
