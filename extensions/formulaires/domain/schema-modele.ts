/**
 * Structural validation of a dossier model, run by the admin API before saving, on import, and by anyone loading a
 * model from storage. zod checks the shape of each field (its type's own keys come from the field registry); rules
 * that span several fields (unique codes, placements, formulas) are in coherence-modele.ts, where their messages can
 * name the fields concerned. Unknown keys are refused: an export must import back exactly as it was.
 */
import { z } from 'zod';
import { DEFINITIONS } from './champs';
import { problemesDeCoherence } from './coherence-modele';
import { messagesModele as m } from './messages';
import { SOURCES_PRECHARGEMENT, TYPES_CHAMP, type Modele } from './modele';
import { emplacement, messageZodParDefaut } from './problemes-zod';
import { err, ok, type Result } from './result';

export const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;
export const LONGUEUR_CODE_MAX = 60;

export const schemaCode = z
  .string()
  .regex(MOTIF_CODE, { error: m.codeInvalide })
  .max(LONGUEUR_CODE_MAX, { error: m.codeTropLong });
const texteNonVide = z.string().trim().min(1, { error: m.texteVide }).max(500, { error: m.texteTropLong });
const condition = z.string().max(2000, { error: m.texteTropLong }).optional();

const commun = {
  code: schemaCode,
  libelle: texteNonVide,
  aide: z.string().max(2000, { error: m.texteTropLong }).optional(),
  requis: z.boolean(),
  condition,
  prechargement: z.enum(SOURCES_PRECHARGEMENT, { error: m.prechargementInconnu }).optional(),
  origine: schemaCode.optional(),
};

const schemasChamps = TYPES_CHAMP.map((type) => DEFINITIONS[type].schema.extend(commun).strict());

export const schemaChamp = z.discriminatedUnion('type', schemasChamps as unknown as [z.ZodObject, ...z.ZodObject[]], {
  error: m.typeInconnu,
});

const schemaLigne = z
  .object({ champs: z.array(schemaCode).min(1, { error: m.ligneVide }).max(2, { error: m.ligneTropLarge }) })
  .strict();
const schemaSection = z
  .object({ code: schemaCode, titre: texteNonVide, condition, lignes: z.array(schemaLigne) })
  .strict();
const schemaOnglet = z
  .object({ code: schemaCode, titre: texteNonVide, condition, sections: z.array(schemaSection) })
  .strict();
export const schemaDisposition = z.object({ onglets: z.array(schemaOnglet) }).strict();

export const schemaModele = z
  .object({
    champs: z.array(schemaChamp).max(1000, { error: m.tropDeChamps }),
    vues: z
      .object({
        usager: schemaDisposition,
        agent: schemaDisposition.optional(),
        partenaire: schemaDisposition.optional(),
      })
      .strict(),
  })
  .strict();

/** Parses an untrusted model (admin input, import, JSON column) into a `Modele`, or lists every problem in French. */
export function validerModele(input: unknown): Result<Modele, string[]> {
  const analyse = schemaModele.safeParse(input, { error: messageZodParDefaut });
  if (!analyse.success) return err(problemesZod(analyse.error));
  // The registry's schemas are typed per field type; the union they form is exactly `Champ`.
  const modele = analyse.data as unknown as Modele;
  const problemes = problemesDeCoherence(modele);
  return problemes.length > 0 ? err(problemes) : ok(modele);
}

/** "vues › usager › onglet 1 › section 2 › titre : ne doit pas être vide" */
export function problemesZod(erreur: z.ZodError): string[] {
  return erreur.issues.map((issue) => m.aLEmplacement(emplacement(issue.path, SINGULIERS), issue.message));
}

const SINGULIERS = {
  champs: 'champ',
  onglets: 'onglet',
  sections: 'section',
  lignes: 'ligne',
  options: 'option',
  formats: 'format',
  colonnes: 'colonne',
};
