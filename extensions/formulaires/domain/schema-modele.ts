/**
 * Structural validation of a dossier model, run by the admin before saving and by anyone loading a model from storage.
 * zod checks the shape of each field; rules that span several fields (unique codes, min ≤ max) are plain code below,
 * where their messages can name the fields concerned.
 */
import { z } from 'zod';
import { emplacement, messageZodParDefaut } from './problemes-zod';
import { estDateIso } from './date-iso';
import { messagesModele as m } from './messages';
import { champsDuModele, type Champ, type Modele } from './modele';
import { err, ok, type Result } from './result';

export const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;
/** type/subtype, e.g. application/pdf, image/jpeg, application/vnd.oasis.opendocument.text. */
const MOTIF_MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

const code = z.string().regex(MOTIF_CODE, { error: m.codeInvalide });
const texteNonVide = z.string().trim().min(1, { error: m.texteVide });
const dateIso = z.string().refine(estDateIso, { error: m.dateInvalide });
const entierPositif = z.int({ error: m.entierPositif }).positive({ error: m.entierPositif });

const commun = {
  code,
  libelle: texteNonVide,
  aide: z.string().optional(),
  requis: z.boolean(),
};

const schemaChamp = z.discriminatedUnion(
  'type',
  [
    z.object({ ...commun, type: z.literal('texte'), longueurMax: entierPositif.optional() }),
    z.object({ ...commun, type: z.literal('date'), min: dateIso.optional(), max: dateIso.optional() }),
    z.object({
      ...commun,
      type: z.literal('liste'),
      options: z.array(z.object({ valeur: texteNonVide, libelle: texteNonVide })).min(1, { error: m.listeSansOption }),
    }),
    z.object({ ...commun, type: z.literal('montant'), min: z.number().optional(), max: z.number().optional() }),
    z.object({
      ...commun,
      type: z.literal('justificatif'),
      formats: z.array(z.string().regex(MOTIF_MIME, { error: m.formatMime })).min(1, { error: m.sansFormat }),
      tailleMax: entierPositif,
    }),
  ],
  { error: m.typeInconnu },
);

const schemaSection = z.object({ code, titre: texteNonVide, champs: z.array(schemaChamp) });

export const schemaModele = z.object({ sections: z.array(schemaSection) });

/** Parses an untrusted model (admin input, JSON column) into a `Modele`, or lists every problem in French. */
export function validerModele(input: unknown): Result<Modele, string[]> {
  const analyse = schemaModele.safeParse(input, { error: messageZodParDefaut });
  if (!analyse.success) {
    return err(
      analyse.error.issues.map((issue) => m.aLEmplacement(emplacement(issue.path, SINGULIERS), issue.message)),
    );
  }
  const modele: Modele = analyse.data;
  const problemes = problemesDeCoherence(modele);
  return problemes.length > 0 ? err(problemes) : ok(modele);
}

/** Rules that no single field can check on its own. */
function problemesDeCoherence(modele: Modele): string[] {
  const problemes: string[] = [];
  for (const [codeSection, fois] of doublons(modele.sections.map((s) => s.code))) {
    problemes.push(m.codeSectionEnDouble(codeSection, fois));
  }
  const champs = champsDuModele(modele);
  for (const [codeChamp, fois] of doublons(champs.map((c) => c.code))) {
    problemes.push(m.codeChampEnDouble(codeChamp, fois));
  }
  for (const champ of champs) problemes.push(...problemesDuChamp(champ));
  return problemes;
}

function problemesDuChamp(champ: Champ): string[] {
  switch (champ.type) {
    case 'liste':
      return [...doublons(champ.options.map((o) => o.valeur)).keys()].map((valeur) =>
        m.optionEnDouble(champ.code, valeur),
      );
    case 'montant':
    case 'date':
      // ISO dates compare correctly as strings, numbers as numbers: one comparison serves both.
      return champ.min !== undefined && champ.max !== undefined && champ.min > champ.max
        ? [m.bornesInversees(champ.code, String(champ.min), String(champ.max))]
        : [];
    default:
      return [];
  }
}

/** Values seen more than once, with their count, in first-seen order. */
function doublons(valeurs: string[]): Map<string, number> {
  const compte = new Map<string, number>();
  for (const valeur of valeurs) compte.set(valeur, (compte.get(valeur) ?? 0) + 1);
  return new Map([...compte].filter(([, fois]) => fois > 1));
}

const SINGULIERS = { sections: 'section', champs: 'champ', options: 'option', formats: 'format' };
