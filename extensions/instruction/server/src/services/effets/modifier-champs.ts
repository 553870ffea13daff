import {
  champsDeVue,
  donneesAEnregistrer,
  TYPES_CALCULES,
  TYPES_CONNECTEUR,
  validerDonnees,
  type Donnees,
  type Modele,
} from '@guichet/formulaires';
import { aujourdhuiEnFrance } from '../calendrier';
import { modifierDossier } from './trace';
import { EchecAction, type Executeur } from './types';
import { chargerFormulaire } from './variables';

/** The stored values of the fields the agent view edits (computed and connector fields are the server's). */
function valeursDeVue(modele: Modele, donnees: Donnees): Donnees {
  const valeurs: Donnees = {};
  for (const champ of champsDeVue(modele, 'agent')) {
    const calcule = TYPES_CALCULES.includes(champ.type) || TYPES_CONNECTEUR.includes(champ.type);
    if (!calcule && Object.hasOwn(donnees, champ.code)) valeurs[champ.code] = donnees[champ.code]!;
  }
  return valeurs;
}

function champsModifies(avant: Donnees, apres: Donnees): string[] {
  const codes = new Set([...Object.keys(avant), ...Object.keys(apres)]);
  return [...codes].filter((code) => JSON.stringify(avant[code]) !== JSON.stringify(apres[code])).sort();
}

/**
 * Writes values into the dossier as an agent would (agents' view of the dossier's model version, same validation
 * as services/dossiers-agent.ts modifierDonnees): an invalid value fails the row with the form's French message.
 * Journal: the codes of the fields changed, never their values.
 */
export const executerModifierChamps: Executeur<'modifier_champs'> = async (effet, ctx) => {
  // The model version is immutable: read before the transaction (SQLite has one connection, held by the trx).
  const formulaire = await chargerFormulaire(ctx);
  const posees = Object.fromEntries(effet.champs.map(({ champ, valeur }) => [champ, valeur]));
  await modifierDossier(ctx, (_trx, dossier) => {
    const saisie = validerDonnees(
      formulaire.modele,
      { ...valeursDeVue(formulaire.modele, dossier.donnees), ...posees },
      {
        mode: 'brouillon',
        vue: 'agent',
        aujourdhui: aujourdhuiEnFrance(new Date()),
        profil: dossier.typeProfil,
        referentiels: formulaire.referentiels,
        donneesExistantes: dossier.donnees,
      },
    );
    if (!saisie.valide) {
      const details = saisie.erreurs.map((e) => `${e.champ} : ${e.message}`).join(' ; ');
      throw new EchecAction(`Les valeurs prévues par le guide sont refusées par le formulaire (${details}).`);
    }
    const donnees = donneesAEnregistrer(formulaire.modele, 'agent', dossier.donnees, saisie.donnees);
    const modifies = champsModifies(dossier.donnees, donnees);
    if (modifies.length === 0) return null;
    return { changements: { donnees }, action: 'dossier.donnees_modifiees', details: { champs: modifies.join(',') } };
  });
};
