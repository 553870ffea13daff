import type { Guide } from '../../../domain';
import { TABLE } from '../constants';
import { type Db, lireJson } from './sql';

export interface DispositifLigne {
  id: number;
  slug: string;
  titre: string;
  resume: string;
  description: string;
  publie: boolean;
  modeleCode: string;
  guide: Guide;
}

const COLONNES = ['id', 'slug', 'titre', 'resume', 'description', 'publie', 'modele_code', 'guide'];

function versDispositif(ligne: Record<string, unknown>): DispositifLigne {
  return {
    id: Number(ligne.id),
    slug: String(ligne.slug),
    titre: String(ligne.titre),
    resume: String(ligne.resume ?? ''),
    description: String(ligne.description ?? ''),
    publie: Boolean(ligne.publie),
    modeleCode: String(ligne.modele_code),
    guide: lireJson<Guide>(ligne.guide),
  };
}

export async function trouverDispositifPublie(db: Db, slug: string): Promise<DispositifLigne | null> {
  const ligne = await db(TABLE.dispositifs).select(COLONNES).where({ slug, publie: true }).first();
  return ligne ? versDispositif(ligne) : null;
}

/** Published or not: the administrator configures a dispositif before opening it. */
export async function trouverDispositifParSlug(db: Db, slug: string): Promise<DispositifLigne | null> {
  const ligne = await db(TABLE.dispositifs).select(COLONNES).where({ slug }).first();
  return ligne ? versDispositif(ligne) : null;
}

export async function trouverDispositif(db: Db, id: number): Promise<DispositifLigne | null> {
  const ligne = await db(TABLE.dispositifs).select(COLONNES).where({ id }).first();
  return ligne ? versDispositif(ligne) : null;
}

/**
 * Several dispositifs by id in ONE query (the distinct dispositifs of a page of dossiers): a list costs the same
 * number of queries whether its page spans one dispositif or twenty.
 */
export async function trouverDispositifs(db: Db, ids: readonly number[]): Promise<Map<number, DispositifLigne>> {
  const distincts = [...new Set(ids)];
  if (distincts.length === 0) return new Map();
  const lignes = await db(TABLE.dispositifs).select(COLONNES).whereIn('id', distincts);
  return new Map(lignes.map((l: Record<string, unknown>) => [Number(l.id), versDispositif(l)]));
}

export async function listerCatalogue(db: Db): Promise<Array<Pick<DispositifLigne, 'slug' | 'titre' | 'resume'>>> {
  const lignes = await db(TABLE.dispositifs)
    .select(['slug', 'titre', 'resume'])
    .where({ publie: true })
    .orderBy('titre');
  return lignes.map((l: Record<string, unknown>) => ({
    slug: String(l.slug),
    titre: String(l.titre),
    resume: String(l.resume ?? ''),
  }));
}
