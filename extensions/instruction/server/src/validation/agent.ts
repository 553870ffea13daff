import { z } from 'zod';

export const numeroDossier = z.string().regex(/^\d{4}-\d{6,}$/);

export const corpsTransition = z.strictObject({
  vers: z.string().regex(/^[a-z][a-z0-9_]*$/),
  version: z.number().int().positive(),
});

export const corpsDonnees = z.strictObject({
  version: z.number().int().positive(),
  // Values are checked field by field against the agent view by the domain; here only the shape is bounded.
  donnees: z.record(z.string().max(100), z.unknown()).refine((d) => Object.keys(d).length <= 1000, 'Trop de champs.'),
});

export const requeteListe = z.strictObject({
  limite: z.coerce.number().int().min(1).max(100).optional(),
  avant: z.coerce.number().int().positive().optional(),
});
