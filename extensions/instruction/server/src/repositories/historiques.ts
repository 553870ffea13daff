import type { Changement } from '../../../domain';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, inserer, lireIso } from './sql';

export async function insererHistorique(db: Db, dossierId: number, changement: Changement): Promise<number> {
  return inserer(db, TABLE.historiques, {
    ...colonnesStrapi(changement.date),
    dossier_id: dossierId,
    de: changement.de,
    vers: changement.vers,
    etape_de: changement.etapeDe,
    etape_vers: changement.etapeVers,
    acteur_type: changement.acteur.type,
    acteur_id: changement.acteur.id,
    acteur_nom: changement.acteur.nom ?? null,
    date: changement.date,
  });
}

export interface HistoriqueLigne {
  de: string | null;
  vers: string;
  acteurType: string;
  acteurNom: string | null;
  date: string;
}

export async function listerHistorique(db: Db, dossierId: number): Promise<HistoriqueLigne[]> {
  const lignes = await db(TABLE.historiques)
    .select(['de', 'vers', 'acteur_type', 'acteur_nom', 'date'])
    .where({ dossier_id: dossierId })
    .orderBy('id', 'asc');
  return lignes.map((l: Record<string, unknown>) => ({
    de: (l.de as string | null) ?? null,
    vers: String(l.vers),
    acteurType: String(l.acteur_type),
    acteurNom: (l.acteur_nom as string | null) ?? null,
    date: lireIso(l.date)!,
  }));
}
