import { z } from 'zod';
import { DROITS_HABILITATION } from '../repositories/habilitations';

/** Bodies of the « Habilitations » admin API (profils métiers, matrix, agents, territoires). */
const id = z.number().int().positive();
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'Le code ne contient que des minuscules, des chiffres, « - » et « _ ».')
  .max(60);
const libelle = z.string().trim().min(1, 'Ce champ est obligatoire.').max(150);
/** Any string here: unknown INSEE codes are answered 422 with the list, by the service. */
const communes = z.array(z.string().trim().toUpperCase().max(10)).max(5000);
const ids = z.array(id).max(1000);

export const idChemin = z.coerce.number().int().positive();

export const corpsProfil = z.strictObject({
  code,
  libelle,
  description: z.string().trim().max(2000).nullish(),
});

export const corpsCellule = z.strictObject({
  profilMetierId: id,
  dispositifId: id,
  droits: z.array(z.enum(DROITS_HABILITATION)).max(DROITS_HABILITATION.length),
});

export const corpsMatrice = z.strictObject({ cellules: z.array(corpsCellule).max(20000) });

export const corpsAgent = z.strictObject({
  profilMetierIds: ids,
  territoireIds: ids,
  secteurIds: ids.default([]),
});

export const corpsTypeTerritoire = z.strictObject({ code, libelle, sectorisation: z.boolean().default(true) });

export const corpsTerritoire = z.strictObject({
  code,
  nom: libelle,
  typeCode: code,
  communes: communes.default([]),
});

export const corpsCommunes = z.strictObject({ communes });

export const corpsSecteur = z.strictObject({ code, nom: libelle, territoireId: id, communes: communes.default([]) });
