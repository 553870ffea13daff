import type { Changement, NatureChangement } from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireIso, lireJson } from './sql';

function ligneHistorique(dossierId: number, changement: Changement): Record<string, unknown> {
  return {
    ...colonnesStrapi(changement.date),
    dossier_id: dossierId,
    de: changement.de,
    vers: changement.vers,
    etape_de: changement.etapeDe,
    etape_vers: changement.etapeVers,
    nature: changement.nature,
    motif: changement.motif ?? null,
    avance_ligne_de_vie: changement.avanceLigneDeVie,
    etapes_sautees: ecrireJson(changement.etapesSautees),
    acteur_type: changement.acteur.type,
    acteur_id: changement.acteur.id,
    acteur_nom: changement.acteur.nom ?? null,
    date: changement.date,
  };
}

export async function insererHistorique(db: Db, dossierId: number, changement: Changement): Promise<number> {
  return inserer(db, TABLE.historiques, ligneHistorique(dossierId, changement));
}

/**
 * One history line per dossier in ONE INSERT (instruction en masse); returns each dossier's new line id. The ids
 * are matched by dossier, not by position: RETURNING does not promise the VALUES order.
 */
export async function insererHistoriques(
  db: Db,
  lignes: { dossierId: number; changement: Changement }[],
): Promise<Map<number, number>> {
  if (lignes.length === 0) return new Map();
  if (new Set(lignes.map((l) => l.dossierId)).size !== lignes.length) {
    throw new Error('insererHistoriques : une seule ligne par dossier et par appel');
  }
  const ids: Record<string, unknown>[] = await db(TABLE.historiques)
    .insert(lignes.map((l) => ligneHistorique(l.dossierId, l.changement)))
    .returning(['id', 'dossier_id']);
  return new Map(ids.map((r) => [Number(r.dossier_id), Number(r.id)]));
}

export interface HistoriqueLigne {
  /** Null on rows written before the history recorded it. */
  nature: NatureChangement | null;
  de: string | null;
  vers: string;
  etapeVers: string;
  motif: string | null;
  avanceLigneDeVie: boolean | null;
  etapesSautees: string[];
  acteurType: string;
  acteurNom: string | null;
  date: string;
}

export async function listerHistorique(db: Db, dossierId: number): Promise<HistoriqueLigne[]> {
  const lignes = await db(TABLE.historiques)
    .select([
      'nature',
      'de',
      'vers',
      'etape_vers',
      'motif',
      'avance_ligne_de_vie',
      'etapes_sautees',
      'acteur_type',
      'acteur_nom',
      'date',
    ])
    .where({ dossier_id: dossierId })
    .orderBy('id', 'asc');
  return lignes.map((l: Record<string, unknown>) => ({
    nature: (l.nature as NatureChangement | null) ?? null,
    de: (l.de as string | null) ?? null,
    vers: String(l.vers),
    etapeVers: String(l.etape_vers),
    motif: (l.motif as string | null) ?? null,
    avanceLigneDeVie:
      l.avance_ligne_de_vie === null || l.avance_ligne_de_vie === undefined ? null : Boolean(l.avance_ligne_de_vie),
    etapesSautees: lireJson<string[] | null>(l.etapes_sautees) ?? [],
    acteurType: String(l.acteur_type),
    acteurNom: (l.acteur_nom as string | null) ?? null,
    date: lireIso(l.date)!,
  }));
}
