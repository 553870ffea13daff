/**
 * Shapes of the admin API's requests (contracts/admin-api.ts). A body that does not have the shape — unknown key,
 * missing key, wrong type — is a 400. What is inside (the model, a field, a list) is checked by the domain afterwards
 * and answered 422 with French `problemes` the builder shows next to the elements concerned.
 */
import { z } from 'zod';
import { VUES } from '../../../domain/modele';
import { LIMITES } from '../constants';

const present = z.custom<unknown>((v) => v !== undefined, { error: 'valeur manquante' });
const objetOuNull = z.union([z.null(), z.record(z.string(), z.unknown())]);
const texte = z.string().max(5000);

export const identifiant = z.coerce.number().int().positive().max(2_147_483_647);
export const vue = z.enum(VUES);
export const revision = z.number().int().positive();

export const creationModele = z.strictObject({ code: texte, titre: texte, contenu: present.optional() });
export const enregistrementChamps = z.strictObject({
  revision,
  titre: texte.optional(),
  champs: z.array(z.unknown()).max(5000),
});
/** The whole draft at once (fields and every view): renaming or removing a placed field is one atomic save. */
export const enregistrementContenu = z.strictObject({ revision, titre: texte.optional(), contenu: present });
export const enregistrementVue = z.strictObject({ revision, disposition: objetOuNull });
export const publication = z.strictObject({ revision });

const cible = z.union([z.literal('brouillon'), z.coerce.number().int().positive()]);
export const requeteDifference = z.strictObject({ de: cible, a: cible.default('brouillon') });
export const requeteExport = z.strictObject({ version: z.coerce.number().int().positive().optional() });
export const importation = z.strictObject({ document: present });

export const requeteEntrees = z.strictObject({
  q: z.string().max(LIMITES.longueurRecherche).optional(),
  categorie: z.string().max(200).optional(),
});
export const corpsEntree = z.strictObject({ categorie: texte, section: texte, champ: present });

export const creationListe = z.strictObject({ code: texte, titre: texte, options: z.array(z.unknown()).max(20000) });
export const modificationListe = z.strictObject({ titre: texte, options: z.array(z.unknown()).max(20000) });
export const requeteVide = z.strictObject({});
