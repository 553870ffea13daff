import { z } from 'zod';
import { DRAPEAUX, PROFONDEUR_CLASSIFICATION } from '../../../domain/classification';
import { numeroDossier } from './agent';

const version = z.number().int().positive();

export const corpsAffectation = z.strictObject({
  version,
  // null takes the dossier off anyone's desk.
  agentId: z.number().int().positive().nullable(),
});

export const corpsClassement = z.strictObject({
  version,
  // Codes only: the path is checked against the dispositif's tree by the service (unknown code → 422 in French).
  classement: z
    .array(z.string().min(1).max(60))
    .max(PROFONDEUR_CLASSIFICATION, `Un classement compte ${PROFONDEUR_CLASSIFICATION} niveaux au plus.`),
});

export const corpsDrapeaux = z.strictObject({
  version,
  drapeaux: z
    .array(z.enum(DRAPEAUX))
    .max(DRAPEAUX.length)
    .refine((d) => new Set(d).size === d.length, 'Chaque drapeau ne peut figurer qu’une fois.'),
});

export const corpsSuppression = z.strictObject({
  version,
  // The agent types the dossier's numero again: a deletion is never one click away.
  confirmation: z.string().max(40),
  motif: z.string().max(2000),
});

export const corpsParent = z.strictObject({
  version,
  parent: numeroDossier.nullable(),
});

export const corpsDuplication = z.strictObject({
  lier: z.boolean(),
});

/** Batch update of agent-view fields (commissions, réunions): the same values on 1 to 1,000 dossiers. */
export const corpsModificationsEnMasse = z.strictObject({
  champs: z
    .record(z.string().min(1).max(100), z.unknown())
    .refine((c) => Object.keys(c).length >= 1, 'Indiquez au moins un champ à modifier.')
    .refine((c) => Object.keys(c).length <= 50, 'Cinquante champs au plus par modification en masse.'),
  dossiers: z
    .array(z.strictObject({ numero: z.string().min(1).max(40), version }))
    .min(1, 'Sélectionnez au moins un dossier.')
    .max(1000, 'Une modification en masse porte sur 1 000 dossiers au plus.')
    .refine(
      (liste) => new Set(liste.map((d) => d.numero)).size === liste.length,
      'Chaque dossier ne peut figurer qu’une fois dans la sélection.',
    ),
});

export const requeteIndividus = z.strictObject({
  q: z.string().trim().min(2, 'Tapez au moins deux lettres.').max(100),
});

const texte = (max: number) => z.string().trim().max(max);
const dateIso = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  // Round trip: engines roll 31 February over to March instead of refusing it.
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
  }, 'Cette date n’existe pas.');

/** An individu created by an agent (before filing a dossier for them). Field-level messages are French. */
export const corpsIndividu = z.strictObject({
  type: z.enum(['adulte', 'enfant', 'contact']).optional(),
  civilite: z.enum(['M.', 'Mme']).optional(),
  nom: texte(100).min(1, 'Indiquez le nom.'),
  prenom: texte(100).optional(),
  nomNaissance: texte(100).optional(),
  dateNaissance: dateIso.optional(),
  communeNaissance: texte(100).optional(),
  email: z.email('Adresse électronique invalide.').max(200).optional(),
  telephone: z
    .string()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'Numéro de téléphone invalide.')
    .optional(),
  adresse: z
    .strictObject({
      ligne: texte(200).optional(),
      codePostal: z
        .string()
        .regex(/^\d{5}$/, 'Code postal à 5 chiffres.')
        .optional(),
      commune: texte(100).optional(),
    })
    .optional(),
});

export const corpsCreationDossier = z
  .strictObject({
    dispositif: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(120),
    individuId: z.number().int().positive().optional(),
    anonyme: z.literal(true).optional(),
    donnees: z
      .record(z.string().max(100), z.unknown())
      .refine((d) => Object.keys(d).length <= 1000, 'Trop de champs.')
      .optional(),
  })
  .refine((c) => (c.individuId === undefined) !== (c.anonyme === undefined), {
    message: 'Choisissez un individu, ou un dossier anonyme.',
    path: ['individuId'],
  });

/** Moving a dossier to another dispositif (a correction): target dispositif, statut of its guide, motif. */
export const corpsTransfert = z.strictObject({
  version: z.number().int().positive(),
  dispositif: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'dispositif inconnu')
    .max(120),
  vers: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'statut inconnu')
    .max(120),
  motif: z.string().trim().min(1, 'Indiquez le motif du transfert.').max(2000),
  executerActions: z.boolean().optional(),
});
