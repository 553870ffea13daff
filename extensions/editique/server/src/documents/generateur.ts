import { createReport } from 'docx-templates';
import { ErreurEditique } from '../erreurs';

const FORMAT_DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});
const FORMAT_EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** « 1 mars 1985 » (Europe/Paris) ; une date invalide lève une erreur plutôt que d'imprimer « Invalid Date ». */
export function dateFr(valeur: string | number | Date): string {
  const date = valeur instanceof Date ? valeur : new Date(valeur);
  if (Number.isNaN(date.getTime())) throw new RangeError(`dateFr : date invalide (${String(valeur)})`);
  return FORMAT_DATE.format(date);
}

/**
 * « 1 234,50 € ». Attention : Intl sépare les milliers par U+202F (espace fine insécable) et met U+00A0
 * (espace insécable) avant « € » : c'est la typographie française, et LibreOffice les rend correctement.
 */
export function euros(montant: number | string): string {
  const n = typeof montant === 'number' ? montant : Number(montant);
  if (!Number.isFinite(n)) throw new RangeError(`euros : montant invalide (${String(montant)})`);
  return FORMAT_EUROS.format(n);
}

/**
 * Remplit un modèle DOCX avec docx-templates (commandes entre `+++`).
 *
 * SÉCURITÉ : un modèle est du CODE. Les commandes (`+++INS …+++`, `+++FOR …+++`) sont des expressions JavaScript
 * évaluées dans le « bac à sable » vm de Node, qui n'est PAS une frontière de sécurité. Seuls les administrateurs
 * déposent des modèles (modèles de confiance), et le rendu tourne dans le worker sans secret à portée. On garde
 * malgré tout le bac à sable par défaut (`noSandbox: false`) : il isole les variables globales des modèles.
 *
 * `failFast` et `rejectNullish` : une commande en erreur ou une valeur absente fait échouer la génération
 * (code GENERATION_ECHEC) plutôt que d'envoyer un courrier officiel à trous.
 */
export async function genererDocx(modele: Buffer, donnees: object): Promise<Buffer> {
  try {
    const resultat = await createReport({
      template: modele,
      data: donnees,
      cmdDelimiter: ['+++', '+++'],
      failFast: true,
      rejectNullish: true,
      noSandbox: false,
      additionalJsContext: { dateFr, euros },
    });
    return Buffer.from(resultat.buffer, resultat.byteOffset, resultat.byteLength);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ErreurEditique('GENERATION_ECHEC', `Génération du document impossible : ${detail}`, { cause: e });
  }
}
