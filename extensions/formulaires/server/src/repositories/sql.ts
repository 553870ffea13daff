import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export type Db = Knex | Knex.Transaction;

/** Strapi's own columns, filled when we insert rows ourselves (the query engine is bypassed). */
export function colonnesStrapi(maintenant: Date) {
  return { document_id: nouveauDocumentId(), created_at: maintenant, updated_at: maintenant, published_at: maintenant };
}

/** Same shape as Strapi's document ids (24 lowercase alphanumerics starting with a letter). */
export function nouveauDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const octets = randomBytes(24);
  let id = alphabet[octets[0]! % 26]!;
  for (let i = 1; i < 24; i++) id += alphabet[octets[i]! % alphabet.length];
  return id;
}

/** JSON columns are jsonb on Postgres (objects back) and text on SQLite (strings back). */
export function lireJson<T>(valeur: unknown): T {
  return (typeof valeur === 'string' ? JSON.parse(valeur) : valeur) as T;
}

export function ecrireJson(valeur: unknown): string {
  return JSON.stringify(valeur);
}

/** Datetimes come back as Date (Postgres) or epoch milliseconds (SQLite through knex). */
export function lireDate(valeur: unknown): Date | null {
  if (valeur === null || valeur === undefined) return null;
  return valeur instanceof Date ? valeur : new Date(valeur as string | number);
}

export function lireIso(valeur: unknown): string | null {
  return lireDate(valeur)?.toISOString() ?? null;
}

export function lireEntierOuNull(valeur: unknown): number | null {
  return valeur === null || valeur === undefined ? null : Number(valeur);
}

/** Inserts one row and returns its id on both dialects. */
export async function inserer(db: Db, table: string, ligne: Record<string, unknown>): Promise<number> {
  const [resultat] = await db(table).insert(ligne).returning('id');
  return typeof resultat === 'object' ? Number((resultat as { id: number }).id) : Number(resultat);
}

/** Row lock for the rest of the transaction on Postgres; SQLite serialises writers anyway (knex ignores it there). */
export function verrouiller<T extends Knex.QueryBuilder>(requete: T): T {
  return requete.forUpdate() as T;
}
