import type { Donnees } from '@guichet/formulaires';
import type { ActionJournal, DetailsJournal, ResultatTransition } from '../../../domain';
import { versionPerimee } from '../erreurs';
import { mettreAJourSiVersion } from './dossiers';
import { TABLE } from '../constants';
import { insererHistorique, insererHistoriques } from './historiques';
import { journaliser, journaliserEnLot } from './journal';
import { insererEffets, insererEffetsEnLot } from './outbox';
import type { Db } from './sql';

/**
 * Writes what the domain decided, inside the caller's transaction: the new state (compare-and-set on the version,
 * a stale version aborts with 409), the history line, one outbox row per effect and the journal entry.
 */
export async function enregistrerTransition(
  trx: Db,
  versionLue: number,
  resultat: ResultatTransition,
  journal: { action: ActionJournal; details: DetailsJournal },
  complements: { donnees?: Donnees; deposeLe?: Date; cleDepot?: string } = {},
): Promise<void> {
  const { dossier, changement, effets } = resultat;
  const ok = await mettreAJourSiVersion(
    trx,
    dossier.id,
    versionLue,
    {
      etat: dossier.etat,
      statut: dossier.statut,
      etape: dossier.etape,
      // Set by the engine when the étape changes; otherwise the value read, written back unchanged.
      ...(dossier.entreeEtapeLe ? { entreeEtapeLe: dossier.entreeEtapeLe } : {}),
      ...complements,
    },
    changement.date,
  );
  if (!ok) throw versionPerimee();
  const historiqueId = await insererHistorique(trx, dossier.id, changement);
  await insererEffets(trx, historiqueId, effets, changement.date);
  await journaliser(trx, { dossierId: dossier.id, date: changement.date, acteur: changement.acteur, ...journal });
}

/** One dossier of a batch: what the domain decided, the version it was read at, its journal entry. */
export interface EcritureEnLot {
  versionLue: number;
  resultat: ResultatTransition;
  journal: { action: ActionJournal; details: DetailsJournal };
}

/**
 * enregistrerTransition for a batch (instruction en masse), in a handful of statements instead of ~6 per dossier,
 * with the same guarantees: the compare-and-set is per dossier (`id IN … AND version = lue`), so a stale dossier is
 * simply not updated, is returned in `perimes` and nothing else of it is written, while the others go on; the rows
 * written (state, history, outbox, journal chain) are exactly those of the single path. Runs in the caller's
 * transaction. On Postgres the batch's rows are first locked in id order, so that two overlapping batches queue
 * behind each other instead of deadlocking.
 */
export async function enregistrerTransitionsEnLot(
  trx: Db,
  ecritures: EcritureEnLot[],
): Promise<{ ecrits: EcritureEnLot[]; perimes: EcritureEnLot[] }> {
  if (ecritures.length === 0) return { ecrits: [], perimes: [] };
  if (estPostgres(trx)) {
    await trx(TABLE.dossiers)
      .select('id')
      .whereIn(
        'id',
        ecritures.map((e) => e.resultat.dossier.id),
      )
      .orderBy('id')
      .forUpdate();
  }
  const misAJour = new Set<number>();
  for (const groupe of parNouvelEtat(ecritures)) {
    const [premiere] = groupe;
    const { dossier, changement } = premiere!.resultat;
    const colonnes: Record<string, unknown> = {
      etat: dossier.etat,
      statut: dossier.statut,
      etape: dossier.etape,
      version: premiere!.versionLue + 1,
      updated_at: changement.date,
      ...(nouvelleEntreeEtape(premiere!) ? { entree_etape_le: dossier.entreeEtapeLe } : {}),
    };
    const lignes: Record<string, unknown>[] = await trx(TABLE.dossiers)
      .whereIn(
        'id',
        groupe.map((e) => e.resultat.dossier.id),
      )
      .where('version', premiere!.versionLue)
      .update(colonnes)
      .returning(['id']);
    for (const l of lignes) misAJour.add(Number(l.id));
  }
  const ecrits = ecritures.filter((e) => misAJour.has(e.resultat.dossier.id));
  const perimes = ecritures.filter((e) => !misAJour.has(e.resultat.dossier.id));

  const historiques = await insererHistoriques(
    trx,
    ecrits.map((e) => ({ dossierId: e.resultat.dossier.id, changement: e.resultat.changement })),
  );
  await insererEffetsEnLot(
    trx,
    ecrits.map((e) => ({
      historiqueId: historiques.get(e.resultat.dossier.id)!,
      effets: e.resultat.effets,
      maintenant: e.resultat.changement.date,
    })),
  );
  await journaliserEnLot(
    trx,
    ecrits.map((e) => ({
      dossierId: e.resultat.dossier.id,
      date: e.resultat.changement.date,
      acteur: e.resultat.changement.acteur,
      ...e.journal,
    })),
  );
  return { ecrits, perimes };
}

/** Dossiers that get the same column values (state, version read, dates): one UPDATE each, usually one in all. */
function parNouvelEtat(ecritures: EcritureEnLot[]): EcritureEnLot[][] {
  const groupes = new Map<string, EcritureEnLot[]>();
  for (const e of ecritures) {
    const { dossier, changement } = e.resultat;
    const cle = JSON.stringify([
      dossier.etat,
      dossier.statut,
      dossier.etape,
      nouvelleEntreeEtape(e) ? dossier.entreeEtapeLe!.toISOString() : null,
      changement.date.toISOString(),
      e.versionLue,
    ]);
    const groupe = groupes.get(cle);
    if (groupe) groupe.push(e);
    else groupes.set(cle, [e]);
  }
  return [...groupes.values()];
}

/**
 * The engine sets entreeEtapeLe when the étape changes; otherwise it carries the value read, different for each
 * dossier, which the single path writes back unchanged. Here it is left out: same result, and one UPDATE for all.
 */
function nouvelleEntreeEtape({ resultat }: EcritureEnLot): boolean {
  return Boolean(resultat.dossier.entreeEtapeLe) && resultat.changement.etapeDe !== resultat.changement.etapeVers;
}

function estPostgres(db: Db): boolean {
  return ['pg', 'postgres', 'postgresql'].includes(String(db.client.config.client));
}
