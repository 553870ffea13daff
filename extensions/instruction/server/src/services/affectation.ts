import type { Core } from '@strapi/strapi';
import { dossierIntrouvable, ErreurGuichet } from '../erreurs';
import { trouverDossierAgent, trouverDossierParId } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { journaliser } from '../repositories/journal';
import {
  type AgentResume,
  agentActif,
  agentsActifs,
  chargesAgents,
  completerSansVersion,
  reglagesDispositif,
} from '../repositories/operations';
import type { Db } from '../repositories/sql';
import type { Agent } from './dossiers-agent';
import { operer } from './operer';

/** The system actor of automatic assignment (journal and history need an id: 0 is nobody's). */
const AFFECTATION_AUTOMATIQUE = { type: 'systeme' as const, id: 0, nom: 'Affectation automatique' };

const agentNonHabilite = () => {
  const message = 'Cet agent n’est pas habilité à instruire les dossiers de ce dispositif.';
  return new ErreurGuichet(422, 'AGENT_NON_HABILITE', message, {
    erreurs: [{ champ: 'agentId', code: 'AGENT_NON_HABILITE', message }],
  });
};

/** Assignment of dossiers to agents: by hand (an agent picks a colleague), or automatically on deposit. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /**
   * Active agents who may take the dossier: it is in their scope (dispositif and territoires) and they hold
   * « instruire » on its dispositif. Read through the scope and droitsAgent, whatever the rights model behind them;
   * two indexed queries per candidate, bounded by agentsActifs.
   */
  async function habilites(db: Db, dossier: { numero: string; dispositifId: number }): Promise<AgentResume[]> {
    const resultat: AgentResume[] = [];
    for (const candidat of await agentsActifs(db))
      if (await peutPrendre(db, candidat.id, dossier)) resultat.push(candidat);
    return resultat;
  }

  async function peutPrendre(db: Db, agentId: number, dossier: { numero: string; dispositifId: number }) {
    if (!(await droitsAgent(db, agentId, dossier.dispositifId)).includes('instruire')) return false;
    return (await trouverDossierAgent(db, dossier.numero, agentId)) !== null;
  }

  return {
    habilites,

    /** The agents a dossier may be assigned to (the assignment select of the dossier page). */
    async agentsPossibles(numero: string, agentId: number) {
      const dossier = await trouverDossierAgent(knex(), numero, agentId);
      if (!dossier) throw dossierIntrouvable();
      return habilites(knex(), dossier);
    },

    /** Assigns the dossier to an agent allowed on its dispositif, or to nobody (null); compare-and-set, journaled. */
    async affecter(numero: string, agent: Agent, corps: { version: number; agentId: number | null }) {
      await operer(knex(), numero, agent, corps.version, async (trx, dossier) => {
        let nom: string | null = null;
        if (corps.agentId !== null) {
          const cible = await agentActif(trx, corps.agentId);
          if (!cible || !(await peutPrendre(trx, cible.id, dossier))) throw agentNonHabilite();
          nom = cible.nom;
        }
        return {
          colonnes: { agentId: corps.agentId },
          action: 'dossier.affecte',
          details: { de: dossier.agentId, vers: corps.agentId, agent: nom, mode: 'manuel' },
        };
      });
    },

    /**
     * Automatic assignment, inside the deposit's transaction (the deposit already bumped the version: this completes
     * the same write). 'territoire': the sectorisation service decides from the dossier's address; 'agent': the
     * allowed agent with the fewest open assigned dossiers, the smallest id on a tie so that the choice is
     * reproducible. Nothing to decide → nothing written.
     */
    async affecterAuDepot(trx: Db, dossierId: number, maintenant: Date): Promise<void> {
      const dossier = await trouverDossierParId(trx, dossierId);
      if (!dossier) return;
      const reglages = await reglagesDispositif(trx, dossier.dispositifId);
      if (!reglages || reglages.affectationAuto === 'aucune') return;
      if (reglages.affectationAuto === 'territoire') {
        const sectorisation = strapi.plugin('instruction').service('sectorisation') as {
          sectoriserDossier?: (
            db: Db,
            d: typeof dossier,
          ) => Promise<{ territoireId: number; secteurId: number | null } | null>;
        };
        const lieu = sectorisation.sectoriserDossier ? await sectorisation.sectoriserDossier(trx, dossier) : null;
        if (!lieu) return;
        await completerSansVersion(trx, dossier.id, { territoireId: lieu.territoireId, secteurId: lieu.secteurId });
        await journaliser(trx, {
          dossierId: dossier.id,
          date: maintenant,
          acteur: AFFECTATION_AUTOMATIQUE,
          action: 'dossier.sectorise',
          details: { territoireId: lieu.territoireId, secteurId: lieu.secteurId },
        });
        return;
      }
      const candidats = await habilites(trx, dossier);
      if (candidats.length === 0) return;
      const charges = await chargesAgents(
        trx,
        candidats.map((c) => c.id),
      );
      const [elu] = [...candidats].sort((a, b) => charges.get(a.id)! - charges.get(b.id)! || a.id - b.id);
      await completerSansVersion(trx, dossier.id, { agentId: elu!.id });
      await journaliser(trx, {
        dossierId: dossier.id,
        date: maintenant,
        acteur: AFFECTATION_AUTOMATIQUE,
        action: 'dossier.affecte',
        details: { de: null, vers: elu!.id, agent: elu!.nom, mode: 'automatique' },
      });
    },
  };
};
