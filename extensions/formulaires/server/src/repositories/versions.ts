import type { Modele } from '../../../domain/modele';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireDate, lireJson } from './sql';

/** A published version as other plugins read it (immutable once written). */
export interface VersionModele {
  id: number;
  modeleId: number;
  modeleCode: string;
  numero: number;
  contenu: Modele;
}
export interface VersionLigne extends VersionModele {
  empreinte: string;
  publieLe: Date;
  publiePar: string | null;
}

const COLONNES = [
  'v.id',
  'v.modele_id',
  'm.code as modele_code',
  'v.numero',
  'v.contenu',
  'v.empreinte',
  'v.publie_le',
  'v.publie_par',
];

function versVersion(l: Record<string, unknown>): VersionLigne {
  return {
    id: Number(l.id),
    modeleId: Number(l.modele_id),
    modeleCode: String(l.modele_code),
    numero: Number(l.numero),
    contenu: lireJson<Modele>(l.contenu),
    empreinte: String(l.empreinte),
    publieLe: lireDate(l.publie_le)!,
    publiePar: (l.publie_par as string | null) ?? null,
  };
}

function base(db: Db) {
  return db(`${TABLE.versions} as v`).join(`${TABLE.modeles} as m`, 'm.id', 'v.modele_id').select(COLONNES);
}

/** The history of a model's publications, oldest first, without their contents. */
export async function listerVersions(
  db: Db,
  modeleId: number,
): Promise<Array<{ numero: number; publieLe: Date; publiePar: string | null }>> {
  const lignes = await db(TABLE.versions)
    .select(['numero', 'publie_le', 'publie_par'])
    .where({ modele_id: modeleId })
    .orderBy('numero');
  return lignes.map((l: Record<string, unknown>) => ({
    numero: Number(l.numero),
    publieLe: lireDate(l.publie_le)!,
    publiePar: (l.publie_par as string | null) ?? null,
  }));
}

export async function trouverVersion(db: Db, modeleId: number, numero: number): Promise<VersionLigne | null> {
  const ligne = await base(db).where({ 'v.modele_id': modeleId, 'v.numero': numero }).first();
  return ligne ? versVersion(ligne) : null;
}

export async function trouverVersionParId(db: Db, id: number): Promise<VersionLigne | null> {
  const ligne = await base(db).where('v.id', id).first();
  return ligne ? versVersion(ligne) : null;
}

/** The latest published version of a model, by its code (the number recorded on the model). */
export async function trouverVersionCourante(db: Db, code: string): Promise<VersionLigne | null> {
  const ligne = await base(db).where('m.code', code).whereRaw('v.numero = m.version_publiee').first();
  return ligne ? versVersion(ligne) : null;
}

/** Versions are immutable: this module inserts them and never updates or deletes one. */
export async function insererVersion(
  db: Db,
  donnees: { modeleId: number; numero: number; contenu: Modele; empreinte: string; publiePar: string | null },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.versions, {
    ...colonnesStrapi(maintenant),
    modele_id: donnees.modeleId,
    numero: donnees.numero,
    contenu: ecrireJson(donnees.contenu),
    empreinte: donnees.empreinte,
    publie_le: maintenant,
    publie_par: donnees.publiePar,
  });
}

export async function dernierNumero(db: Db, modeleId: number): Promise<number> {
  const [ligne] = await db(TABLE.versions).where({ modele_id: modeleId }).max('numero as n');
  return Number((ligne as { n: unknown } | undefined)?.n ?? 0);
}
