import type { Core } from '@strapi/strapi';
import {
  type Acteur,
  cleStockee,
  MESSAGES_AFFICHES_MAX,
  nomAgentAffiche,
  nomUsagerAffiche,
  peutEcrire,
  validerCle,
  validerCorps,
} from '../../../domain';
import { dossierIntrouvable, ErreurGuichet, versionPerimee } from '../erreurs';
import { mettreAJourParAction } from '../repositories/dossiers-actions';
import { type DossierLigne, trouverDossierAgent, trouverDossierUsager } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { journaliser, verrouillerDossier } from '../repositories/journal';
import {
  type AuteurMessage,
  compterNonLus,
  insererMessage,
  listerMessages,
  marquerLus,
  type MessageLigne,
  trouverMessage,
  trouverMessageParCle,
} from '../repositories/messages';
import { insererNotificationMessage } from '../repositories/messages-notification';
import type { Db } from '../repositories/sql';
import { assurerModeleMessageRecu } from './messages-modele';

/** Who writes: the account's id and the names the other side will see (frozen in the message). */
export interface Redacteur {
  id: number;
  prenom?: string | null;
  nom?: string | null;
}

/** The contract's Message (the same for both sides: an agent's name is already the short one). */
export const messageVue = (m: MessageLigne) => ({
  id: m.id,
  auteur: m.auteur,
  auteurNom: m.auteurNom,
  corps: m.corps,
  envoyeLe: m.envoyeLe.toISOString(),
  luLe: m.luLe?.toISOString() ?? null,
});

const nonDepose = () =>
  new ErreurGuichet(
    409,
    'DOSSIER_NON_DEPOSE',
    'La messagerie s’ouvre quand le dossier est déposé : déposez-le pour échanger avec le service.',
  );

/** The 422 per field of the project (same shape as SAISIE_INVALIDE's `details.erreurs`), code VALIDATION. */
const refusCorps = (code: string, message: string) =>
  new ErreurGuichet(422, 'VALIDATION', message, { erreurs: [{ champ: 'corps', code, message }] });

function corpsValide(corps: string): string {
  const r = validerCorps(corps);
  if (!r.ok) throw refusCorps(r.error.code, r.error.message);
  return r.value;
}

function cleValide(cle: string | undefined): string | null {
  const r = validerCle(cle);
  if (!r.ok) throw new ErreurGuichet(400, r.error.code, r.error.message);
  return r.value;
}

const conversationFermee = (dossier: DossierLigne) => {
  const r = peutEcrire(dossier.conversationOuverte);
  if (!r.ok) throw new ErreurGuichet(409, r.error.code, r.error.message);
};

/** The side whose messages the reader marks read (the other one). */
const autre = (lecteur: AuteurMessage): AuteurMessage => (lecteur === 'usager' ? 'agent' : 'usager');

interface Envoi {
  auteur: AuteurMessage;
  auteurId: number;
  auteurNom: string;
  acteur: Acteur;
  corps: string;
  cle: string | undefined;
  /** Loads the dossier through the sender's scope (404 outside), on the given connection. */
  charger: (db: Db) => Promise<DossierLigne>;
}

/**
 * A dossier's conversation between the citizen and the agents (contract in the README): both sides read it (marking
 * the other side's messages read) and write in it while it is open. Each message is journaled (id and side, never the
 * text) in its transaction; an agent's also writes the outbox row of the citizen's e-mail there.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const jobs = () => strapi.plugin('instruction').service('jobs');

  async function dossierUsager(db: Db, numero: string, usagerId: number): Promise<DossierLigne> {
    const dossier = await trouverDossierUsager(db, numero, usagerId);
    if (!dossier) throw dossierIntrouvable();
    if (dossier.etat === 'brouillon') throw nonDepose();
    return dossier;
  }

  async function dossierAgent(db: Db, numero: string, agentId: number): Promise<DossierLigne> {
    const dossier = await trouverDossierAgent(db, numero, agentId);
    if (!dossier) throw dossierIntrouvable();
    return dossier;
  }

  /** « instruire » on the dossier's dispositif, as for every agent write (403: the agent sees the dossier). */
  async function exigerInstruire(db: Db, agentId: number, dossier: DossierLigne, quoi: string) {
    if (!(await droitsAgent(db, agentId, dossier.dispositifId)).includes('instruire')) {
      throw new ErreurGuichet(403, 'DROITS_INSUFFISANTS', `${quoi} demande le droit « instruire » sur ce dispositif.`);
    }
  }

  async function lire(dossier: DossierLigne, lecteur: AuteurMessage) {
    await marquerLus(knex(), dossier.id, autre(lecteur), new Date());
    const messages = await listerMessages(knex(), dossier.id, MESSAGES_AFFICHES_MAX);
    return { data: messages.map(messageVue), meta: { conversationOuverte: dossier.conversationOuverte } };
  }

  /** Returns the message and whether this call created it (false: a retry with the same key found it). */
  async function envoyer(envoi: Envoi) {
    const { message, cree } = await envoyerLigne(envoi);
    return { message: messageVue(message), cree };
  }

  async function envoyerLigne(envoi: Envoi): Promise<{ message: MessageLigne; cree: boolean }> {
    const dossier = await envoi.charger(knex());
    const corps = corpsValide(envoi.corps);
    const cleClient = cleValide(envoi.cle);
    const cle = cleClient === null ? null : cleStockee(dossier.id, envoi.auteur, envoi.auteurId, cleClient);
    const deja = cle === null ? null : await trouverMessageParCle(knex(), cle);
    if (deja) return { message: deja, cree: false };
    if (envoi.auteur === 'agent') await assurerModeleMessageRecu(strapi);
    try {
      const resultat = await knex().transaction(async (trx: Db) => {
        // The dossier's lock serialises senders: a retry waiting here finds the first one's message below.
        await verrouillerDossier(trx, dossier.id);
        // Taken once the lock is held: the dossier's journal dates follow its sequence.
        const maintenant = new Date();
        const frais = await envoi.charger(trx);
        const trouve = cle === null ? null : await trouverMessageParCle(trx, cle);
        if (trouve) return { message: trouve, cree: false };
        conversationFermee(frais);
        const id = await insererMessage(
          trx,
          {
            dossierId: frais.id,
            auteur: envoi.auteur,
            auteurId: envoi.auteurId,
            auteurNom: envoi.auteurNom,
            corps,
            cle,
          },
          maintenant,
        );
        await journaliser(trx, {
          dossierId: frais.id,
          date: maintenant,
          acteur: envoi.acteur,
          action: 'message.envoye',
          details: { messageId: id, auteur: envoi.auteur },
        });
        if (envoi.auteur === 'agent') await insererNotificationMessage(trx, frais.id, id, maintenant);
        return { message: (await trouverMessage(trx, frais.id, id))!, cree: true };
      });
      if (resultat.cree && envoi.auteur === 'agent') jobs().signaler();
      return resultat;
    } catch (erreur) {
      // Last resort of the unique key index (a writer that did not take the lock): the other send won.
      const gagnant = cle === null || erreur instanceof ErreurGuichet ? null : await trouverMessageParCle(knex(), cle);
      if (gagnant) return { message: gagnant, cree: false };
      throw erreur;
    }
  }

  return {
    async listerPourUsager(numero: string, usagerId: number) {
      return lire(await dossierUsager(knex(), numero, usagerId), 'usager');
    },

    async listerPourAgent(numero: string, agentId: number) {
      return lire(await dossierAgent(knex(), numero, agentId), 'agent');
    },

    async envoyerParUsager(numero: string, usager: Redacteur, corps: string, cle: string | undefined) {
      const auteurNom = nomUsagerAffiche(usager.prenom, usager.nom);
      return envoyer({
        auteur: 'usager',
        auteurId: usager.id,
        auteurNom,
        acteur: { type: 'usager', id: usager.id, nom: auteurNom },
        corps,
        cle,
        charger: (db) => dossierUsager(db, numero, usager.id),
      });
    },

    async envoyerParAgent(numero: string, agent: Redacteur, corps: string, cle: string | undefined) {
      const nomComplet = [agent.prenom, agent.nom].filter(Boolean).join(' ');
      return envoyer({
        auteur: 'agent',
        auteurId: agent.id,
        // The citizen sees « Claire D. »; the journal, read by agents only, names the agent in full.
        auteurNom: nomAgentAffiche(agent.prenom, agent.nom),
        acteur: { type: 'agent', id: agent.id, nom: nomComplet },
        corps,
        cle,
        charger: async (db) => {
          const dossier = await dossierAgent(db, numero, agent.id);
          await exigerInstruire(db, agent.id, dossier, 'Écrire à l’usager');
          return dossier;
        },
      });
    },

    /**
     * An agent opens or closes the conversation by hand, like a statut's `conversation` action does: the same column,
     * version bump and journal entry (`dossier.conversation_modifiee`), here in the agent's name. Unchanged: nothing.
     */
    async basculer(numero: string, agent: Redacteur, ouverte: boolean) {
      await knex().transaction(async (trx: Db) => {
        // Locked before the version is read: two agents toggling at once are serialised, never a 409.
        await verrouillerDossier(trx, (await dossierAgent(trx, numero, agent.id)).id);
        const dossier = await dossierAgent(trx, numero, agent.id);
        await exigerInstruire(trx, agent.id, dossier, 'Ouvrir ou fermer la conversation');
        if (dossier.conversationOuverte === ouverte) return;
        const maintenant = new Date();
        if (
          !(await mettreAJourParAction(trx, dossier.id, dossier.version, { conversationOuverte: ouverte }, maintenant))
        )
          throw versionPerimee();
        await journaliser(trx, {
          dossierId: dossier.id,
          date: maintenant,
          acteur: { type: 'agent', id: agent.id, nom: [agent.prenom, agent.nom].filter(Boolean).join(' ') },
          action: 'dossier.conversation_modifiee',
          details: { etat: ouverte ? 'ouverte' : 'fermee' },
        });
      });
      return { conversationOuverte: ouverte };
    },

    /** Spread into the citizen's detail (services/dossiers-usager.ts): the agents' messages not opened yet. */
    async pourUsager(dossierId: number) {
      return { messagesNonLus: await compterNonLus(knex(), dossierId, autre('usager')) };
    },

    /** Spread into the agent's detail (services/dossiers-agent.ts): the citizen's messages no agent opened yet. */
    async pourAgent(dossierId: number) {
      return { messagesNonLus: await compterNonLus(knex(), dossierId, autre('agent')) };
    },
  };
};
