import type { Donnees } from '@guichet/formulaires';
import type { ActionJournal, DetailsJournal, ResultatTransition } from '../../../domain';
import { versionPerimee } from '../erreurs';
import { mettreAJourSiVersion } from './dossiers';
import { insererHistorique } from './historiques';
import { journaliser } from './journal';
import { insererEffets } from './outbox';
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
