import { z } from 'zod';
import { schemaClassification } from './classification';
import type { Guide } from './guide';

/**
 * The settings of a dispositif beyond its guide, checked when an administrator writes them (Content Manager), so a
 * typo is refused with a French message instead of being silently ignored by the operations that read them.
 */
const schemaEditionsRepetees = z.strictObject({
  seuil: z.number().int('le seuil doit être un nombre entier').min(1, 'le seuil doit être au moins 1'),
  periodeHeures: z
    .number()
    .int('la période doit être un nombre entier d’heures')
    .min(1)
    .max(24 * 366),
  statut: z.string().min(1, 'le statut est obligatoire'),
});

const TYPES_BENEFICIAIRE = ['adulte', 'enfant', 'contact'] as const;
const schemaTypesBeneficiaire = z.array(z.enum(TYPES_BENEFICIAIRE, 'type de bénéficiaire inconnu')).max(3);

export interface ReglagesAVerifier {
  classification?: unknown;
  editionsRepetees?: unknown;
  typesBeneficiaire?: unknown;
  /** The guide being written with them, or the stored one: the statut of repeated edits must exist in it. */
  guide?: Guide;
}

const enFrancais = (prefixe: string, erreur: z.ZodError) =>
  erreur.issues.map((i) => `${prefixe}${i.path.length ? ` (${i.path.join('.')})` : ''} : ${i.message}`);

/** Every problem of the settings present in `reglages`, in French; empty when they are valid (or absent). */
export function problemesReglages(reglages: ReglagesAVerifier): string[] {
  const problemes: string[] = [];
  if (reglages.classification !== undefined && reglages.classification !== null) {
    const r = schemaClassification.safeParse(reglages.classification);
    if (!r.success) problemes.push(...enFrancais('Classification', r.error));
  }
  if (reglages.typesBeneficiaire !== undefined && reglages.typesBeneficiaire !== null) {
    const r = schemaTypesBeneficiaire.safeParse(reglages.typesBeneficiaire);
    if (!r.success) problemes.push(...enFrancais('Types de bénéficiaire', r.error));
  }
  if (reglages.editionsRepetees !== undefined && reglages.editionsRepetees !== null) {
    const r = schemaEditionsRepetees.safeParse(reglages.editionsRepetees);
    if (!r.success) problemes.push(...enFrancais('Éditions répétées', r.error));
    else if (reglages.guide && !reglages.guide.etapes.some((e) => e.statuts.some((s) => s.code === r.data.statut))) {
      problemes.push(`Éditions répétées : le statut « ${r.data.statut} » n’existe pas dans le guide.`);
    }
  }
  return problemes;
}
