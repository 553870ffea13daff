import type { Core } from '@strapi/strapi';
import { transitionEnMasse, type EvenementEnMasse, type ResultatTransition } from '../../../domain';
import { trouverDispositif } from '../repositories/dispositifs';
import * as dossiers from '../repositories/dossiers';
import type { DossierLigne } from '../repositories/dossiers';
import { droitsAgent } from '../repositories/habilitations';
import { enregistrerTransitionsEnLot } from '../repositories/transition';
import { type Agent, journalChangementStatut, messagePerime } from './dossiers-agent';
import { dossierPourDomaine } from './vues';

/** Dossiers written per database transaction by an instruction en masse. */
const TAILLE_LOT_EN_MASSE = 100;

/** One dossier the bulk could not move, with the engine's (or the adapter's) French message. */
export interface EchecEnMasse {
  numero: string;
  code: string;
  message: string;
}

/** Instruction en masse: one transition applied to a selection of the agent's dossiers. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  return {
    /**
     * Instruction en masse: the selection is loaded through the agent's scope in ONE query (a numero out of scope or
     * unknown is « introuvable », its existence never revealed), the engine decides per dispositif (its guide, the
     * agent's rights there), then the successes are written by batches of TAILLE_LOT_EN_MASSE per transaction, each
     * batch in a handful of multi-row statements (enregistrerTransitionsEnLot) that write for every dossier exactly
     * what a single status change writes (state with compare-and-set on its version, history, outbox rows, journal).
     * The compare-and-set is the first write of a dossier: when it fails nothing of that dossier was written, so it
     * is reported « version périmée » and the rest of the batch goes on. The job runner is signalled once.
     */
    async transitionsEnMasse(agent: Agent, corps: { vers: string; dossiers: { numero: string; version: number }[] }) {
      const maintenant = new Date();
      const evenement: EvenementEnMasse = { type: 'changer_statut', vers: corps.vers };
      const ctx = { now: maintenant, acteur: { type: 'agent' as const, id: agent.id, nom: agent.nom } };
      const lus = await dossiers.trouverDossiersAgent(
        knex(),
        corps.dossiers.map((d) => d.numero),
        agent.id,
      );
      const parNumero = new Map(lus.map((d) => [d.numero, d]));
      const echecs = new Map<string, EchecEnMasse>();
      const echouer = (numero: string, code: string, message: string) => echecs.set(numero, { numero, code, message });

      const parDispositif = new Map<number, DossierLigne[]>();
      for (const { numero, version } of corps.dossiers) {
        const dossier = parNumero.get(numero);
        if (!dossier) echouer(numero, 'INTROUVABLE', `Le dossier ${numero} est introuvable.`);
        else if (dossier.version !== version) echouer(numero, 'VERSION_PERIMEE', messagePerime(numero));
        else {
          const lignes = parDispositif.get(dossier.dispositifId);
          if (lignes) lignes.push(dossier);
          else parDispositif.set(dossier.dispositifId, [dossier]);
        }
      }

      const aEcrire: { avant: DossierLigne; resultat: ResultatTransition }[] = [];
      for (const [dispositifId, lignes] of parDispositif) {
        const { guide } = (await trouverDispositif(knex(), dispositifId))!;
        const droits = await droitsAgent(knex(), agent.id, dispositifId);
        const parId = new Map(lignes.map((l) => [l.id, l]));
        for (const r of transitionEnMasse(guide, lignes.map(dossierPourDomaine), evenement, { ...ctx, droits })) {
          if (r.resultat.ok) aEcrire.push({ avant: parId.get(r.id)!, resultat: r.resultat.value });
          else echouer(r.numero, r.resultat.error.code, r.resultat.error.message);
        }
      }
      // Always the same lock order (by id): two bulks on overlapping selections wait for each other, never deadlock.
      aEcrire.sort((a, b) => a.avant.id - b.avant.id);

      const numeros = new Map(aEcrire.map(({ avant }) => [avant.id, avant.numero]));
      const reussis = new Set<string>();
      let effets = 0;
      for (let debut = 0; debut < aEcrire.length; debut += TAILLE_LOT_EN_MASSE) {
        const lot = aEcrire.slice(debut, debut + TAILLE_LOT_EN_MASSE);
        const { ecrits, perimes } = await knex().transaction((trx) =>
          enregistrerTransitionsEnLot(
            trx,
            lot.map(({ avant, resultat }) => ({
              versionLue: avant.version,
              resultat,
              journal: journalChangementStatut(avant, resultat),
            })),
          ),
        );
        for (const { resultat } of ecrits) {
          reussis.add(numeros.get(resultat.dossier.id)!);
          effets += resultat.effets.length;
        }
        for (const { resultat } of perimes) {
          const numero = numeros.get(resultat.dossier.id)!;
          echouer(numero, 'VERSION_PERIMEE', messagePerime(numero));
        }
      }
      if (effets > 0) strapi.plugin('instruction').service('jobs').signaler();

      const echecsOrdonnes = corps.dossiers.flatMap(({ numero }) => echecs.get(numero) ?? []);
      const parCode: Record<string, number> = {};
      for (const { code } of echecsOrdonnes) parCode[code] = (parCode[code] ?? 0) + 1;
      return {
        reussis: corps.dossiers.map((d) => d.numero).filter((numero) => reussis.has(numero)),
        echecs: echecsOrdonnes,
        bilan: { reussis: reussis.size, echecs: echecsOrdonnes.length, parCode },
      };
    },
  };
};
