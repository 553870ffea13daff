/**
 * Validation of an instruction guide before it is saved (admin) or used (loaded from storage). zod checks each
 * element's shape; the rules linking elements (unique codes, existing targets, a way to close) follow as plain code
 * (coherence-guide.ts), where messages can name the étapes and statuts concerned.
 */
import { emplacement } from '@guichet/formulaires';
import { z } from 'zod';
import { problemesDeCoherence } from './coherence-guide';
import { DROITS, ICONES_STATUT, type Guide } from './guide';
import { messageZodGuide, messagesGuide as m } from './messages-guide';
import { err, ok, type Result } from './result';
import { schemaAction, schemaCode as code, texteNonVide } from './schema-action';

export { MOTIF_CODE } from './schema-action';
export { messagesGuide } from './messages-guide';

const schemaTransition = z.object({
  vers: code,
  libelle: texteNonVide.max(80, { error: m.texteTropLong(80) }).optional(),
  droits: z
    .array(z.enum(DROITS, { error: m.droitInconnu }))
    .min(1, { error: m.sansDroit })
    .optional(),
});

const schemaStatut = z.object({
  code,
  libelle: texteNonVide,
  couleur: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: m.couleurInvalide })
    .optional(),
  icone: z.enum(ICONES_STATUT, { error: m.iconeInconnue }).optional(),
  avanceLigneDeVie: z.boolean().optional(),
  visibleUsager: z.boolean(),
  cloture: z.boolean(),
  masqueAgents: z.boolean().optional(),
  transitions: z.array(schemaTransition),
  actions: z.array(schemaAction),
});

const schemaEtape = z.object({
  code,
  libelle: texteNonVide,
  aide: z.string().optional(),
  delai: z
    .object({
      jours: z
        .number()
        .int({ error: m.delaiInvalide })
        .min(1, { error: m.delaiInvalide })
        .max(999, { error: m.delaiInvalide }),
      ouvres: z.boolean(),
    })
    .optional(),
  statuts: z.array(schemaStatut).min(1, { error: m.sansStatut }),
});

export const schemaGuide = z.object({
  statutDepot: code,
  etapes: z.array(schemaEtape).min(1, { error: m.sansEtape }),
});

// The schema and the Guide type must describe the same shapes: a drift fails the typecheck here.
type Egal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const memeForme: Egal<z.output<typeof schemaGuide>, Guide> = true;
void memeForme;

/** "étape 1 › statut 2 › action 1 › url : adresse https attendue …" */
export function problemesZod(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => m.aLEmplacement(emplacement(issue.path, SINGULIERS), issue.message));
}

/**
 * Parses an untrusted guide, or lists every problem in French so the administrator fixes them in one pass. Keys it
 * does not know are dropped (a guide stored by a later version still reads); an import is stricter (export-guide.ts).
 */
export function validerGuide(input: unknown): Result<Guide, string[]> {
  const analyse = schemaGuide.safeParse(input, { error: messageZodGuide });
  if (!analyse.success) return err(problemesZod(analyse.error.issues));
  const guide: Guide = analyse.data;
  const problemes = problemesDeCoherence(guide);
  return problemes.length > 0 ? err(problemes) : ok(guide);
}

export const SINGULIERS = {
  etapes: 'étape',
  statuts: 'statut',
  transitions: 'transition',
  actions: 'action',
  destinataires: 'destinataire',
  droits: 'droit',
  champs: 'champ',
};
