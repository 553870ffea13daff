import { z } from 'zod';

/**
 * A dispositif's classification: a tree of { code, libelle, enfants? } at most 4 levels deep. Agents file a dossier
 * under a path of codes from the root (1 to 4 codes), e.g. ['culture', 'musique'] — any prefix of a branch is a valid
 * classement, so agents may stay at a general level.
 */
export interface NoeudClassification {
  code: string;
  libelle: string;
  enfants?: NoeudClassification[];
}

export const PROFONDEUR_CLASSIFICATION = 4;

/** The 4 flags an agent may set on a dossier. */
export const DRAPEAUX = ['prioritaire', 'urgent', 'signale'] as const;
export type Drapeau = (typeof DRAPEAUX)[number];

const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'code invalide (minuscules, chiffres, - et _)')
  .max(60);

function schemaNiveau(profondeur: number): z.ZodType<NoeudClassification[]> {
  const noeud: z.ZodType<NoeudClassification> = z.strictObject({
    code,
    libelle: z.string().trim().min(1, 'libellé obligatoire').max(200),
    // The deepest level has no `enfants` key at all: a fifth level is refused as an unknown key.
    enfants: profondeur > 1 ? z.lazy(() => schemaNiveau(profondeur - 1)).optional() : z.never().optional(),
  });
  return z
    .array(noeud)
    .max(200)
    .refine((noeuds) => new Set(noeuds.map((n) => n.code)).size === noeuds.length, 'codes en double à ce niveau');
}

/** The zod schema of a classification (what the dispositif's `classification` JSON column holds). */
export const schemaClassification = schemaNiveau(PROFONDEUR_CLASSIFICATION);

/** Reads a stored classification; an absent or malformed one is an empty tree (nothing to file under). */
export function lireClassification(valeur: unknown): NoeudClassification[] {
  const r = schemaClassification.safeParse(valeur ?? []);
  return r.success ? r.data : [];
}

/**
 * Checks a classement against the tree: returns the libellés along the path, or the French reason it is refused
 * (the index of the first wrong level). An empty path clears the classement.
 */
export function verifierClassement(
  arbre: NoeudClassification[],
  chemin: readonly string[],
): { ok: true; libelles: string[] } | { ok: false; niveau: number; message: string } {
  if (chemin.length > PROFONDEUR_CLASSIFICATION) {
    return {
      ok: false,
      niveau: PROFONDEUR_CLASSIFICATION,
      message: `Un classement compte ${PROFONDEUR_CLASSIFICATION} niveaux au plus.`,
    };
  }
  const libelles: string[] = [];
  let niveau: NoeudClassification[] = arbre;
  for (const [index, code] of chemin.entries()) {
    const noeud = niveau.find((n) => n.code === code);
    if (!noeud) {
      return {
        ok: false,
        niveau: index,
        message:
          index === 0
            ? `« ${code} » n’est pas une rubrique de la classification de ce dispositif.`
            : `« ${code} » n’est pas une sous-rubrique de « ${libelles.at(-1)} ».`,
      };
    }
    libelles.push(noeud.libelle);
    niveau = noeud.enfants ?? [];
  }
  return { ok: true, libelles };
}
