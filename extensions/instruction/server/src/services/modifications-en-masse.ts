import type { Core } from '@strapi/strapi';
import { donneesAEnregistrer, validerDonnees } from '@guichet/formulaires';
import * as dossiers from '../repositories/dossiers';
import type { DossierLigne } from '../repositories/dossiers';
import { journaliser } from '../repositories/journal';
import { aujourdhuiEnFrance } from './calendrier';
import { type Agent, champsModifies, messagePerime, valeursDeVue } from './dossiers-agent';
import type { EchecEnMasse } from './en-masse';
import type { ModeleDossier } from './modeles';
import { acteurAgent } from './operer';

/** Dossiers written per database transaction (same batch size as the instruction en masse). */
const TAILLE_LOT = 100;

/**
 * Batch updates of agent-view fields (date of the commission, réunion…): the same values on a selection of dossiers,
 * each validated with ITS model version (a field its version does not know fails that dossier only), written with a
 * compare-and-set on its version and journaled like a single edit. Failures are reported per dossier, in French.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const modeles = () => strapi.plugin('instruction').service('modeles');

  return {
    async modifier(
      agent: Agent,
      corps: { champs: Record<string, unknown>; dossiers: { numero: string; version: number }[] },
    ) {
      const maintenant = new Date();
      const lus = await dossiers.trouverDossiersAgent(
        knex(),
        corps.dossiers.map((d) => d.numero),
        agent.id,
      );
      const parNumero = new Map(lus.map((d) => [d.numero, d]));
      const echecs = new Map<string, EchecEnMasse>();
      const echouer = (numero: string, code: string, message: string) => echecs.set(numero, { numero, code, message });
      const formulaires = new Map<number, ModeleDossier>();

      const aEcrire: { avant: DossierLigne; donnees: DossierLigne['donnees']; champs: string[] }[] = [];
      const inchanges = new Set<string>();
      for (const { numero, version } of corps.dossiers) {
        const dossier = parNumero.get(numero);
        if (!dossier) {
          echouer(numero, 'INTROUVABLE', `Le dossier ${numero} est introuvable.`);
          continue;
        }
        if (dossier.version !== version) {
          echouer(numero, 'VERSION_PERIMEE', messagePerime(numero));
          continue;
        }
        if (!formulaires.has(dossier.modeleVersionId)) {
          formulaires.set(dossier.modeleVersionId, await modeles().duDossier(dossier));
        }
        const formulaire = formulaires.get(dossier.modeleVersionId)!;
        const saisie = validerDonnees(
          formulaire.modele,
          { ...valeursDeVue(formulaire.modele, dossier.donnees), ...corps.champs },
          {
            mode: 'brouillon',
            vue: 'agent',
            aujourdhui: aujourdhuiEnFrance(maintenant),
            profil: dossier.typeProfil,
            referentiels: formulaire.referentiels,
            donneesExistantes: dossier.donnees,
          },
        );
        if (!saisie.valide) {
          const details = saisie.erreurs.map((e) => `${e.champ} : ${e.message}`);
          echouer(numero, 'SAISIE_INVALIDE', `Le dossier ${numero} n’a pas été modifié : ${details.join(' ; ')}`);
          continue;
        }
        const donnees = donneesAEnregistrer(formulaire.modele, 'agent', dossier.donnees, saisie.donnees);
        const champs = champsModifies(dossier.donnees, donnees);
        if (champs.length === 0) inchanges.add(numero);
        else aEcrire.push({ avant: dossier, donnees, champs });
      }
      // Same lock order as the instruction en masse (by id): overlapping bulks wait for each other, never deadlock.
      aEcrire.sort((a, b) => a.avant.id - b.avant.id);

      const reussis = new Set(inchanges);
      for (let debut = 0; debut < aEcrire.length; debut += TAILLE_LOT) {
        const lot = aEcrire.slice(debut, debut + TAILLE_LOT);
        const ecrits: string[] = [];
        await knex().transaction(async (trx) => {
          for (const { avant, donnees, champs } of lot) {
            // The compare-and-set is the dossier's first write: when it fails, nothing of it was written.
            const ok = await dossiers.mettreAJourSiVersion(trx, avant.id, avant.version, { donnees }, maintenant);
            if (!ok) {
              echouer(avant.numero, 'VERSION_PERIMEE', messagePerime(avant.numero));
              continue;
            }
            await journaliser(trx, {
              dossierId: avant.id,
              date: maintenant,
              acteur: acteurAgent(agent),
              action: 'dossier.donnees_modifiees',
              details: { champs: champs.join(','), enMasse: 1 },
            });
            ecrits.push(avant.numero);
          }
        });
        for (const numero of ecrits) reussis.add(numero);
      }

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
