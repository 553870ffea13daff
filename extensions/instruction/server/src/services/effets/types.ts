import type { Core } from '@strapi/strapi';
import type { Acteur, Effet } from '../../../../domain';
import type { DispositifLigne } from '../../repositories/dispositifs';
import type { DossierLigne } from '../../repositories/dossiers';
import type { OutboxLigne } from '../../repositories/outbox';

/** What happened for the row's history line: the statut and étape reached, and when. */
export interface Evenement {
  statut: string;
  etape: string;
  date: Date;
}

/**
 * Reads shared by the rows of one batch job (services/effets/lot.ts), each done once per batch instead of once per
 * row: the dossiers, their dispositifs (and guides), the history lines of the rows.
 */
export interface CacheLot {
  dossier(id: number): Promise<DossierLigne | null>;
  /** The next dossier(id) reads the dossier again: an action changed it. */
  oublierDossier(id: number): void;
  dispositif(id: number): Promise<DispositifLigne | null>;
  evenement(historiqueId: number): Promise<Evenement | null>;
}

/** What every executor receives: the outbox row (its key is the idempotency key), the dossier and its dispositif. */
export interface ContexteEffet {
  strapi: Core.Strapi;
  ligne: OutboxLigne;
  dossier: DossierLigne;
  dispositif: DispositifLigne;
  /** The batch's shared reads, when the row runs in a batch job. */
  lot?: CacheLot;
}

export type TypeEffet = Effet['type'];
export type EffetDe<T extends TypeEffet> = Extract<Effet, { type: T }>;

/**
 * Runs one action for one dossier. Called again for the same row when a delivery is retried: it must then do nothing
 * twice (see trace.ts). Throwing marks the row failed with the error's message, shown to agents: write it in French.
 */
export type Executeur<T extends TypeEffet = TypeEffet> = (effet: EffetDe<T>, ctx: ContexteEffet) => Promise<void>;

export type RegistreEffets = { [T in TypeEffet]: Executeur<T> };

/** Who the journal names for what the statuts' actions do: no person acted, the guide did. */
export const ACTEUR_ACTIONS: Acteur = { type: 'systeme', id: 0, nom: 'Actions du statut' };

/** An error shown as the delivery's status: French, about what the agent or the administrator can do. */
export class EchecAction extends Error {}

/** A recipient that does not exist for this dossier (no agent assigned): skipped and journaled, not retried. */
export class DestinataireIndisponible extends EchecAction {}
