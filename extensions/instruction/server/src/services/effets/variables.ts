import { champsDeVue, TYPES_SANS_VALEUR, valeurLisible } from '@guichet/formulaires';
import { trouverStatut } from '../../../../domain';
import type { ModeleDossier } from '../modeles';
import type { ContexteEffet } from './types';

export interface UsagerLigne {
  email: string;
  prenom?: string | null;
  nom?: string | null;
}

export async function chargerUsager(ctx: ContexteEffet): Promise<UsagerLigne | null> {
  return (await ctx.strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { id: ctx.dossier.usagerId } })) as UsagerLigne | null;
}

export async function chargerFormulaire(ctx: ContexteEffet): Promise<ModeleDossier> {
  return ctx.strapi.plugin('instruction').service('modeles').duDossier(ctx.dossier);
}

/** The data templates see: the same for emails, SMS and documents, French-formatted. */
export async function variablesModeles(ctx: ContexteEffet) {
  const { dossier, dispositif } = ctx;
  const usager = await chargerUsager(ctx);
  const formulaire = await chargerFormulaire(ctx);
  const statut = dossier.statut ? trouverStatut(dispositif.guide, dossier.statut)?.statut : undefined;
  return {
    usager: { prenom: usager?.prenom ?? '', nom: usager?.nom ?? '', email: usager?.email ?? '' },
    dossier: { numero: dossier.numero, dateDepot: dossier.deposeLe?.toISOString() ?? '' },
    dispositif: { titre: dispositif.titre },
    statut: { code: dossier.statut ?? '', libelle: statut?.libelle ?? '' },
    portail: { url: process.env.PORTAL_URL || 'http://localhost:4321' },
    collectivite: { nom: process.env.ORGANISATION_NOM || 'Département de démonstration' },
    // What the citizen answered, in their reading order; fields without an answer of their own are left out.
    champs: champsDeVue(formulaire.modele, 'usager')
      .filter((c) => !TYPES_SANS_VALEUR.includes(c.type))
      .map((c) => ({
        libelle: c.libelle,
        valeur: valeurLisible(c, dossier.donnees[c.code], { referentiels: formulaire.referentiels }) ?? '—',
      })),
  };
}
