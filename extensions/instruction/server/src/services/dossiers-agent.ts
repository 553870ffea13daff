import type { Core } from '@strapi/strapi';
import {
  champsDeVue,
  donneesAEnregistrer,
  TYPES_CALCULES,
  TYPES_CONNECTEUR,
  validerDonnees,
  type Donnees,
  type Modele,
} from '@guichet/formulaires';
import {
  DROIT_CORRECTION,
  ligneDeVie,
  transition,
  transitionsDisponibles,
  trouverStatut,
  type ActionJournal,
  type DetailsJournal,
  type Evenement,
  type ResultatTransition,
} from '../../../domain';
import { dossierIntrouvable, ErreurGuichet, refusDuDomaine, versionPerimee } from '../erreurs';
import { trouverDispositif, trouverDispositifs } from '../repositories/dispositifs';
import * as dossiers from '../repositories/dossiers';
import type { DossierLigne } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { listerHistorique } from '../repositories/historiques';
import { journaliser, verifierJournal, verrouillerDossier } from '../repositories/journal';
import { enregistrerTransition } from '../repositories/transition';
import { listerLivraisons } from '../repositories/outbox';
import { listerPieces } from '../repositories/pieces';
import { filtresListe, nomsAgents } from '../repositories/operations';
import { operationsVue } from './operations-vue';
import type { DRAPEAUX } from '../../../domain/classification';
import { aujourdhuiEnFrance } from './calendrier';
import { complementsAgent, delaiVue, dossierPourDomaine, pieceVue } from './vues';

export interface Agent {
  id: number;
  nom: string;
}

const TAILLE_PAGE_MAX = 100;
/** The journal entry of a status change, the same for one dossier and for a bulk. */
export const journalChangementStatut = (avant: DossierLigne, resultat: ResultatTransition) => ({
  action: 'dossier.statut_change' as const,
  details: { de: avant.statut, vers: resultat.dossier.statut },
});

/** What an agent does with the dossiers of their portfolio (dispositifs they hold a habilitation on). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const modeles = () => strapi.plugin('instruction').service('modeles');

  async function charger(numero: string, agentId: number) {
    const dossier = await dossiers.trouverDossierAgent(knex(), numero, agentId);
    if (!dossier) throw dossierIntrouvable();
    const dispositif = (await trouverDispositif(knex(), dossier.dispositifId))!;
    const formulaire = await modeles().duDossier(dossier);
    const droits = await droitsAgent(knex(), agentId, dossier.dispositifId);
    return { dossier, dispositif, formulaire, droits };
  }

  async function detail(numero: string, agentId: number) {
    const { dossier, dispositif, formulaire, droits } = await charger(numero, agentId);
    const domaine = dossierPourDomaine(dossier);
    const usager = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: dossier.usagerId } });
    return {
      numero: dossier.numero,
      dispositif: { slug: dispositif.slug, titre: dispositif.titre },
      etat: dossier.etat,
      statut: dossier.statut,
      statutLibelle: dossier.statut
        ? (trouverStatut(dispositif.guide, dossier.statut)?.statut.libelle ?? dossier.statut)
        : null,
      version: dossier.version,
      deposeLe: dossier.deposeLe?.toISOString() ?? null,
      delai: delaiVue(dispositif.guide, dossier, new Date()),
      usager: usager ? { prenom: usager.prenom ?? '', nom: usager.nom ?? '', email: usager.email } : null,
      modeleVersion: formulaire.numero,
      referentiels: formulaire.referentiels,
      typeProfil: dossier.typeProfil,
      // The agent view as the statuts' actions left it (modele, donnees): hidden onglets and their fields out,
      // plus the onglets' states and the conversation's.
      ...complementsAgent(formulaire.modele, dossier),
      pieces: (await listerPieces(knex(), dossier.id)).map(pieceVue),
      historique: (await listerHistorique(knex(), dossier.id)).map((h) => ({
        ...h,
        versLibelle: trouverStatut(dispositif.guide, h.vers)?.statut.libelle ?? h.vers,
      })),
      livraisons: await listerLivraisons(knex(), dossier.id),
      journal: await verifierJournal(knex(), dossier.id),
      ligneDeVie: ligneDeVie(dispositif.guide, domaine),
      droits,
      ...(await operationsVue(knex(), dossier, droits)),
      ...(await strapi.plugin('instruction').service('demandes').pourAgent(dossier.id)),
      ...(await strapi.plugin('instruction').service('messages').pourAgent(dossier.id)),
      transitions: transitionsDisponibles(dispositif.guide, domaine, droits),
      // The statuts a correction may target, for an agent holding « décider » (the server checks it again).
      corrections: droits.includes(DROIT_CORRECTION)
        ? dispositif.guide.etapes.flatMap((etape) =>
            etape.statuts.map((s) => ({ vers: s.code, libelle: s.libelle, etape: etape.libelle })),
          )
        : [],
    };
  }

  return {
    charger,
    detail,

    /** Reading a citizen's pièce is journaled (who read what, when) before the bytes leave. */
    async consignerLecture(dossierId: number, agent: Agent, piece: { id: number; nom: string }) {
      await knex().transaction(async (trx) => {
        await verrouillerDossier(trx, dossierId);
        await journaliser(trx, {
          dossierId,
          date: new Date(),
          acteur: { type: 'agent', id: agent.id, nom: agent.nom },
          action: 'piece.consultee',
          details: { pieceId: piece.id, nom: piece.nom },
        });
      });
    },

    async lister(
      agentId: number,
      options: { limite?: number; avant?: number; agent?: string; drapeau?: (typeof DRAPEAUX)[number] },
    ) {
      const limite = Math.min(Math.max(options.limite ?? 50, 1), TAILLE_PAGE_MAX);
      const affecte =
        options.agent === undefined
          ? undefined
          : options.agent === 'moi'
            ? agentId
            : options.agent === 'aucun'
              ? null
              : Number(options.agent);
      const lignes = await dossiers.listerDossiersAgent(knex(), agentId, {
        limite,
        avant: options.avant,
        filtrer: filtresListe({ agentId: affecte, drapeau: options.drapeau }),
      });
      // Assignees' names in one query, whatever the page size.
      const noms = await nomsAgents(
        knex(),
        lignes.flatMap((d) => (d.agentId === null ? [] : [d.agentId])),
      );
      // The page's dispositifs (their guides give the statut labels and délais) in one query as well.
      const dispositifs = await trouverDispositifs(
        knex(),
        lignes.map((d) => d.dispositifId),
      );
      const maintenant = new Date();
      const resultats = [];
      for (const d of lignes) {
        const { guide } = dispositifs.get(d.dispositifId)!;
        const statut = d.statut ? trouverStatut(guide, d.statut)?.statut : undefined;
        resultats.push({
          numero: d.numero,
          dispositif: d.dispositifTitre,
          etat: d.etat,
          statut: d.statut,
          statutLibelle: statut?.libelle ?? null,
          deposeLe: d.deposeLe?.toISOString() ?? null,
          delai: delaiVue(guide, d, maintenant),
          version: d.version,
          agentId: d.agentId,
          agentNom: d.agentId === null ? null : (noms.get(d.agentId) ?? null),
          drapeaux: d.drapeaux,
          classement: d.classement,
        });
      }
      const dernier = lignes.at(-1);
      return { data: resultats, meta: { suivant: lignes.length === limite && dernier ? dernier.id : null } };
    },

    /**
     * An agent fills the agent view (annotations) or corrects the citizen's answers: validated with the dossier's
     * model version in the agent view, written with a compare-and-set on the version, and journaled (which fields
     * changed, not their values) in the same transaction.
     */
    async modifierDonnees(numero: string, agent: Agent, corps: { version: number; donnees: Record<string, unknown> }) {
      const maintenant = new Date();
      // The model version is read before the transaction: it is immutable, and on SQLite the only connection is the
      // transaction's (another query would wait for it forever).
      const { formulaire } = await charger(numero, agent.id);
      await knex().transaction(async (trx) => {
        const dossier = await dossiers.trouverDossierAgent(trx, numero, agent.id);
        if (!dossier) throw dossierIntrouvable();
        if (dossier.version !== corps.version) throw versionPerimee();
        // Fields the agent does not send keep their value (null clears one): an agent edits, never re-types.
        const candidats = { ...valeursDeVue(formulaire.modele, dossier.donnees), ...corps.donnees };
        const saisie = validerDonnees(formulaire.modele, candidats, {
          mode: 'brouillon',
          vue: 'agent',
          aujourdhui: aujourdhuiEnFrance(maintenant),
          profil: dossier.typeProfil,
          referentiels: formulaire.referentiels,
          donneesExistantes: dossier.donnees,
        });
        if (!saisie.valide) {
          throw new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', {
            erreurs: saisie.erreurs,
          });
        }
        const donnees = donneesAEnregistrer(formulaire.modele, 'agent', dossier.donnees, saisie.donnees);
        const modifies = champsModifies(dossier.donnees, donnees);
        if (modifies.length === 0) return;
        await verrouillerDossier(trx, dossier.id);
        if (!(await dossiers.mettreAJourSiVersion(trx, dossier.id, corps.version, { donnees }, maintenant))) {
          throw versionPerimee();
        }
        await journaliser(trx, {
          dossierId: dossier.id,
          date: maintenant,
          acteur: { type: 'agent', id: agent.id, nom: agent.nom },
          action: 'dossier.donnees_modifiees',
          details: { champs: modifies.join(',') },
        });
      });
      return detail(numero, agent.id);
    },

    /**
     * A status change: the domain decides, then state, history and one outbox row per action are written in ONE
     * transaction with a compare-and-set on the version; actions run after commit, from the outbox.
     */
    async changerStatut(numero: string, agent: Agent, corps: { vers: string; version: number }) {
      await appliquer(
        numero,
        agent,
        corps.version,
        { type: 'changer_statut', vers: corps.vers },
        journalChangementStatut,
      );
      return detail(numero, agent.id);
    },

    /**
     * A correction (any statut of the guide, outside the transitions; « décider » right; motif required), written
     * like a status change: state, history line with its motif, journal « dossier.corrige » and, only when the agent
     * asks for the statut's actions, their outbox rows, in ONE transaction.
     */
    async corriger(
      numero: string,
      agent: Agent,
      corps: { vers: string; version: number; motif?: string; executerActions?: boolean },
    ) {
      const evenement = {
        type: 'corriger' as const,
        vers: corps.vers,
        motif: corps.motif ?? '',
        executerActions: corps.executerActions ?? false,
      };
      await appliquer(numero, agent, corps.version, evenement, (dossier, r) => ({
        action: 'dossier.corrige',
        details: {
          de: dossier.statut,
          vers: r.dossier.statut,
          etape: r.dossier.etape,
          motif: r.changement.motif ?? null,
          actionsExecutees: r.effets.length,
        },
      }));
      return detail(numero, agent.id);
    },
  };

  /**
   * Loads the dossier through the agent's scope inside the transaction (out of scope → 404), checks the version
   * read (stale → 409), lets the engine decide with the agent's rights (refusal → 403/422), then writes state,
   * history, outbox rows and the journal entry in the same transaction. Actions are signalled after commit.
   */
  async function appliquer(
    numero: string,
    agent: Agent,
    version: number,
    evenement: Evenement,
    journal: (avant: DossierLigne, resultat: ResultatTransition) => { action: ActionJournal; details: DetailsJournal },
  ): Promise<void> {
    const maintenant = new Date();
    let effets = 0;
    await knex().transaction(async (trx) => {
      const dossier = await dossiers.trouverDossierAgent(trx, numero, agent.id);
      if (!dossier) throw dossierIntrouvable();
      if (dossier.version !== version) throw versionPerimee();
      const dispositif = (await trouverDispositif(trx, dossier.dispositifId))!;
      const resultat = transition(dispositif.guide, dossierPourDomaine(dossier), evenement, {
        now: maintenant,
        acteur: { type: 'agent', id: agent.id, nom: agent.nom },
        droits: await droitsAgent(trx, agent.id, dossier.dispositifId),
      });
      if (!resultat.ok) {
        const { code, message } = resultat.error;
        // The one refusal that is about a field of the request: the admin form shows it on the field.
        throw refusDuDomaine(
          resultat.error,
          code === 'MOTIF_OBLIGATOIRE' ? { erreurs: [{ champ: 'motif', code, message }] } : {},
        );
      }
      await enregistrerTransition(trx, dossier.version, resultat.value, journal(dossier, resultat.value));
      effets = resultat.value.effets.length;
    });
    if (effets > 0) strapi.plugin('instruction').service('jobs').signaler();
  }
};

export const messagePerime = (numero: string) =>
  `Le dossier ${numero} a été modifié entre-temps : rechargez la sélection pour voir sa dernière version, puis recommencez.`;

/** The stored values of the fields the agent view edits (computed and connector fields are the server's). */
export function valeursDeVue(modele: Modele, donnees: Donnees): Donnees {
  const valeurs: Donnees = {};
  for (const champ of champsDeVue(modele, 'agent')) {
    const calcule = TYPES_CALCULES.includes(champ.type) || TYPES_CONNECTEUR.includes(champ.type);
    if (!calcule && Object.hasOwn(donnees, champ.code)) valeurs[champ.code] = donnees[champ.code]!;
  }
  return valeurs;
}

/** Codes of the fields whose stored value changes, for the journal. */
export function champsModifies(avant: Donnees, apres: Donnees): string[] {
  const codes = new Set([...Object.keys(avant), ...Object.keys(apres)]);
  return [...codes].filter((code) => JSON.stringify(avant[code]) !== JSON.stringify(apres[code])).sort();
}
