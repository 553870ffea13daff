import type { Donnees, TypeProfil } from '@guichet/formulaires';
import {
  formaterNumeroDossier,
  transition,
  type ActionJournal,
  type DetailsJournal,
  type Guide,
} from '../../../domain';
import { refusDuDomaine } from '../erreurs';
import { fixerNumero, insererBrouillon } from '../repositories/dossiers';
import { completerSansVersion } from '../repositories/operations';
import { nouveauDocumentId, type Db } from '../repositories/sql';
import { enregistrerTransition } from '../repositories/transition';
import type { Agent } from './dossiers-agent';

/** A dossier an agent files (creation for an individu, or duplication), deposited straight away. */
export interface DepotParAgent {
  guide: Guide;
  dispositifId: number;
  usagerId: number;
  individuId: number | null;
  parentId: number | null;
  modeleVersionId: number;
  typeProfil: TypeProfil;
  donnees: Donnees;
  agent: Agent;
  maintenant: Date;
  /** Whether the deposit statut's actions run (a duplicate does not notify the citizen a second time). */
  executerActions: boolean;
  journal: { action: ActionJournal; details: DetailsJournal };
}

/**
 * Inside the caller's transaction: the row is inserted as a draft, numbered like a citizen's dossier (year + id), then
 * deposited through the engine, so it lands on the guide's statutDepot with the same history line, délai start and
 * actions as a citizen deposit. The engine only lets the citizen submit, so it decides as the usager; the history and
 * the journal then name the agent, who is the one actually filing it.
 */
export async function deposerParAgent(
  trx: Db,
  p: DepotParAgent,
): Promise<{ id: number; numero: string; effets: number }> {
  const id = await insererBrouillon(trx, {
    dispositifId: p.dispositifId,
    usagerId: p.usagerId,
    numeroProvisoire: `provisoire-${nouveauDocumentId()}`,
    maintenant: p.maintenant,
    modeleVersionId: p.modeleVersionId,
    typeProfil: p.typeProfil,
    donnees: p.donnees,
  });
  const numero = formaterNumeroDossier(p.maintenant.getUTCFullYear(), id);
  await fixerNumero(trx, id, numero);
  await completerSansVersion(trx, id, { creeParAgentId: p.agent.id, individuId: p.individuId, parentId: p.parentId });
  const resultat = transition(
    p.guide,
    { id, numero, etat: 'brouillon' as const, statut: null, etape: null, entreeEtapeLe: null, version: 1 },
    { type: 'deposer' },
    { now: p.maintenant, acteur: { type: 'usager', id: p.usagerId } },
  );
  if (!resultat.ok) throw refusDuDomaine(resultat.error);
  const acteur = { type: 'agent' as const, id: p.agent.id, nom: p.agent.nom };
  const decide = {
    ...resultat.value,
    changement: { ...resultat.value.changement, acteur },
    effets: p.executerActions ? resultat.value.effets : [],
  };
  await enregistrerTransition(trx, 1, decide, p.journal, { deposeLe: p.maintenant });
  return { id, numero, effets: decide.effets.length };
}
