/**
 * SQL of the guide editor: the dispositifs an administrator configures, and a guide read under a row lock so that a
 * save compares the revision and writes in one transaction (two administrators saving at once: one gets 409).
 */
import type { Guide } from '../../../domain';
import { TABLE } from '../constants';
import { type Db, ecrireJson, lireJson } from './sql';

/** More dispositifs than any collectivité publishes; the list is not paginated below it. */
export const PLAFOND_DISPOSITIFS = 1000;

export interface DispositifConfigurable {
  id: number;
  slug: string;
  titre: string;
  publie: boolean;
  guide: Guide;
}

const versLigne = (l: Record<string, unknown>): DispositifConfigurable => ({
  id: Number(l.id),
  slug: String(l.slug),
  titre: String(l.titre),
  publie: Boolean(l.publie),
  guide: lireJson<Guide>(l.guide),
});

export async function listerDispositifsConfigurables(db: Db): Promise<DispositifConfigurable[]> {
  const lignes = await db(TABLE.dispositifs)
    .select(['id', 'slug', 'titre', 'publie', 'guide'])
    .orderBy('id')
    .limit(PLAFOND_DISPOSITIFS);
  return lignes.map(versLigne);
}

/** `verrouiller`: holds the row until the transaction ends (Postgres; SQLite serialises writers anyway). */
export async function lireGuideDispositif(
  db: Db,
  slug: string,
  options: { verrouiller?: boolean } = {},
): Promise<DispositifConfigurable | null> {
  const requete = db(TABLE.dispositifs).select(['id', 'slug', 'titre', 'publie', 'guide']).where({ slug }).first();
  const ligne = await (options.verrouiller ? requete.forUpdate() : requete);
  return ligne ? versLigne(ligne) : null;
}

export async function ecrireGuideDispositif(db: Db, id: number, guide: Guide, maintenant: Date): Promise<void> {
  await db(TABLE.dispositifs)
    .where({ id })
    .update({ guide: ecrireJson(guide), updated_at: maintenant });
}

/** How many dossiers of the dispositif hold each of these codes in `colonne` (statut or étape); absent codes: 0. */
export async function compterDossiersParCode(
  db: Db,
  dispositifId: number,
  colonne: 'statut' | 'etape',
  codes: readonly string[],
): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const lignes = await db(TABLE.dossiers)
    .select(colonne)
    .count({ n: '*' })
    .where({ dispositif_id: dispositifId })
    .whereIn(colonne, [...codes])
    .groupBy(colonne);
  return new Map(lignes.map((l: Record<string, unknown>) => [String(l[colonne]), Number(l.n)]));
}
