/**
 * Titles of the dispositifs that use a model, so the administrator knows what publishing affects. The dispositifs
 * belong to the instruction plugin (column `modele_code` of its table); when that plugin or column is absent, the
 * answer is an empty list rather than an error. The column check runs once per Strapi instance.
 */
import type { Db } from '../repositories/sql';

const TABLE_DISPOSITIFS = 'instruction_dispositifs';

export function lecteurDispositifs(db: () => Db) {
  let colonnePresente: Promise<boolean> | undefined;
  return async (codeModele: string): Promise<string[]> => {
    colonnePresente ??= db()
      .schema.hasColumn(TABLE_DISPOSITIFS, 'modele_code')
      .catch(() => false);
    if (!(await colonnePresente)) return [];
    const lignes = await db()(TABLE_DISPOSITIFS).select('titre').where({ modele_code: codeModele }).orderBy('titre');
    return lignes.map((l: { titre: unknown }) => String(l.titre));
  };
}
