import { z } from 'zod';
import { DRAPEAUX } from '../../../domain/classification';

export const numeroDossier = z.string().regex(/^\d{4}-\d{6,}$/);

export const corpsTransition = z.strictObject({
  vers: z.string().regex(/^[a-z][a-z0-9_]*$/),
  version: z.number().int().positive(),
});

/** Instruction en masse: one target statut for 1 to 1,000 dossiers, each with the version the agent read. */
export const corpsTransitionsEnMasse = z.strictObject({
  vers: z.string().regex(/^[a-z][a-z0-9_]*$/),
  dossiers: z
    .array(
      z.strictObject({
        // Any short string: a numero that is not one of the agent's dossiers is reported « introuvable » on its own.
        numero: z.string().min(1).max(40),
        version: z.number().int().positive(),
      }),
    )
    .min(1, 'Sélectionnez au moins un dossier.')
    .max(1000, 'Une instruction en masse porte sur 1 000 dossiers au plus.')
    .refine(
      (liste) => new Set(liste.map((d) => d.numero)).size === liste.length,
      'Chaque dossier ne peut figurer qu’une fois dans la sélection.',
    ),
});

/**
 * A correction. The motif may be left out here: the engine refuses a missing or blank one with its own French
 * message (422 on the field), like any other rule of the guide.
 */
export const corpsCorrection = z.strictObject({
  vers: z.string().regex(/^[a-z][a-z0-9_]*$/),
  version: z.number().int().positive(),
  motif: z.string().max(2000).optional(),
  executerActions: z.boolean().optional(),
});

export const corpsDonnees = z.strictObject({
  version: z.number().int().positive(),
  // Values are checked field by field against the agent view by the domain; here only the shape is bounded.
  donnees: z.record(z.string().max(100), z.unknown()).refine((d) => Object.keys(d).length <= 1000, 'Trop de champs.'),
});

export const requeteListe = z.strictObject({
  limite: z.coerce.number().int().min(1).max(100).optional(),
  avant: z.coerce.number().int().positive().optional(),
  // Whose desk: mine, nobody's, or a colleague's (admin user id).
  agent: z.union([z.enum(['moi', 'aucun']), z.string().regex(/^[1-9]\d{0,9}$/)]).optional(),
  drapeau: z.enum(DRAPEAUX).optional(),
});
