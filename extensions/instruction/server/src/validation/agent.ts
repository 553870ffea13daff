import { z } from 'zod';

export const numeroDossier = z.string().regex(/^\d{4}-\d{6,}$/);

export const corpsTransition = z.strictObject({
  vers: z.string().regex(/^[a-z][a-z0-9_]*$/),
  version: z.number().int().positive(),
});

export const requeteListe = z.strictObject({
  limite: z.coerce.number().int().min(1).max(100).optional(),
  avant: z.coerce.number().int().positive().optional(),
});
