/**
 * A guide as one portable JSON document, to copy it to another dispositif or instance, diff it, keep it under
 * version control. Serialisation is canonical (keys in schema order, lists in the guide's order — which is
 * meaningful — correspondances sorted by field code, two-space indent, final newline), so export → import → export
 * gives the same bytes. Import is strict: an unknown key is refused rather than silently lost (« masqueAgent »).
 * The published JSON Schema is generated from the same zod schema (`schemaJsonGuide`).
 */
import { emplacement } from '@guichet/formulaires';
import { z } from 'zod';
import { problemesDeCoherence } from './coherence-guide';
import type { Guide } from './guide';
import { messageZodGuide, messagesGuide as m } from './messages-guide';
import { err, ok, type Result } from './result';
import { problemesZod, schemaGuide, SINGULIERS } from './schema-guide';

export const FORMAT_EXPORT_GUIDE = 'guichet.guide';
export const VERSION_FORMAT_EXPORT_GUIDE = 1;

export interface DocumentGuide {
  format: typeof FORMAT_EXPORT_GUIDE;
  versionFormat: typeof VERSION_FORMAT_EXPORT_GUIDE;
  guide: Guide;
}

export const schemaDocumentGuide = z
  .object({
    format: z.literal(FORMAT_EXPORT_GUIDE, { error: m.formatInconnu }),
    versionFormat: z.literal(VERSION_FORMAT_EXPORT_GUIDE, { error: m.versionInconnue }),
    guide: schemaGuide,
  })
  .meta({
    $id: 'https://guichet.example/schemas/guide-export.schema.json',
    title: 'Export de guide d’instruction Guichet',
    description: 'Les étapes, statuts, transitions et actions d’un guide d’instruction.',
  });

export function construireDocumentGuide(guide: Guide): DocumentGuide {
  return { format: FORMAT_EXPORT_GUIDE, versionFormat: VERSION_FORMAT_EXPORT_GUIDE, guide };
}

/**
 * Canonical text of a guide (see the header). Keys a stored guide may carry from elsewhere are left out, as when
 * it is read. Throws on a guide that is not valid: export only what was validated.
 */
export function serialiserGuide(guide: Guide): string {
  const document = analyser(construireDocumentGuide(guide), { strict: false });
  if (!document.ok) throw new Error(`Guide invalide, export impossible : ${document.error.join(' ; ')}`);
  return `${JSON.stringify(document.value, null, 2)}\n`;
}

/** Reads an untrusted document (an import): every problem in French, or the guide ready to store. */
export function lireDocumentGuide(input: unknown): Result<DocumentGuide, string[]> {
  return analyser(input, { strict: true });
}

function analyser(input: unknown, options: { strict: boolean }): Result<DocumentGuide, string[]> {
  const analyse = schemaDocumentGuide.safeParse(input, { error: messageZodGuide });
  if (!analyse.success) return err(problemesZod(analyse.error.issues));
  if (options.strict) {
    const inconnues = clesInconnues(input, analyse.data).map(({ chemin, cles }) =>
      m.aLEmplacement(emplacement(chemin, SINGULIERS), m.clesInconnues(cles)),
    );
    if (inconnues.length > 0) return err(inconnues);
  }
  const problemes = problemesDeCoherence(analyse.data.guide);
  return problemes.length > 0 ? err(problemes) : ok(analyse.data);
}

/** Lets JSON.parse failures read like the other problems. */
export function lireTexteGuide(texte: string): Result<DocumentGuide, string[]> {
  let input: unknown;
  try {
    input = JSON.parse(texte);
  } catch {
    return err(['Le fichier n’est pas un document JSON lisible.']);
  }
  return lireDocumentGuide(input);
}

/**
 * Keys of the input that parsing dropped, with where they are. The parsed value has the input's shape (same list
 * lengths, a subset of each object's keys), so walking both side by side finds them all.
 */
function clesInconnues(
  entree: unknown,
  lu: unknown,
  chemin: PropertyKey[] = [],
): Array<{ chemin: PropertyKey[]; cles: string[] }> {
  if (Array.isArray(entree) && Array.isArray(lu)) {
    return entree.flatMap((element, i) => clesInconnues(element, lu[i], [...chemin, i]));
  }
  if (!estObjet(entree) || !estObjet(lu)) return [];
  const cles = Object.keys(entree).filter((cle) => !Object.hasOwn(lu, cle) && entree[cle] !== undefined);
  return [
    ...(cles.length > 0 ? [{ chemin, cles }] : []),
    ...Object.keys(lu).flatMap((cle) => clesInconnues(entree[cle], lu[cle], [...chemin, cle])),
  ];
}

const estObjet = (valeur: unknown): valeur is Record<string, unknown> =>
  typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur);

/**
 * The JSON Schema of an export document (draft 2020-12), published for other tools. Objects are closed
 * (additionalProperties: false) like the import; rules between elements (existing targets…) are not expressible there.
 */
export function schemaJsonGuide(): Record<string, unknown> {
  return z.toJSONSchema(schemaDocumentGuide, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'object') jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
}
