import {
  champsDeVue,
  dispositionDeVue,
  donneesAEnregistrer,
  TYPES_CALCULES,
  TYPES_CONNECTEUR,
  validerDonnees,
  type Donnees,
  type Modele,
} from '@guichet/formulaires';
import { transition } from '../../../domain';
import { TABLE } from '../constants';
import { ErreurGuichet, versionPerimee } from '../erreurs';
import { type DispositifLigne, trouverDispositif } from '../repositories/dispositifs';
import { type DossierLigne, mettreAJourSiVersion, trouverDossierParId } from '../repositories/dossiers';
import { journaliser, verrouillerDossier } from '../repositories/journal';
import { compterJournal, reglagesDispositif } from '../repositories/operations';
import type { Db } from '../repositories/sql';
import { enregistrerTransition } from '../repositories/transition';
import { aujourdhuiEnFrance } from './calendrier';
import { champsModifies } from './dossiers-agent';
import type { ModeleDossier } from './modeles';
import { dossierPourDomaine } from './vues';

/** Who moves a dossier whose citizen keeps editing it: no person, the dispositif's rule. */
const ACTEUR_EDITIONS = { type: 'systeme' as const, id: 0, nom: 'Modifications répétées' };

/**
 * Fields the citizen may still change on a deposited dossier: those of the onglets of their view that a statut's
 * `onglet` action made « modifiable » (dossiers.onglets.usager). None: the dossier is read-only for them.
 */
export function champsModifiablesApresDepot(modele: Modele, dossier: DossierLigne): Set<string> {
  const etats = dossier.onglets.usager ?? {};
  const codes = new Set<string>();
  for (const onglet of dispositionDeVue(modele, 'usager').onglets) {
    if (etats[onglet.code] !== 'modifiable') continue;
    for (const section of onglet.sections)
      for (const ligne of section.lignes) for (const c of ligne.champs) codes.add(c);
  }
  return codes;
}

/** The stored values of the citizen's view (what they would send back unchanged). */
function valeursUsager(modele: Modele, donnees: Donnees): Donnees {
  const valeurs: Donnees = {};
  for (const champ of champsDeVue(modele, 'usager')) {
    const serveur = TYPES_CALCULES.includes(champ.type) || TYPES_CONNECTEUR.includes(champ.type);
    if (!serveur && Object.hasOwn(donnees, champ.code)) valeurs[champ.code] = donnees[champ.code]!;
  }
  return valeurs;
}

/**
 * A citizen edits a deposited dossier through the onglets opened to them (a correction asked by the agents). Only
 * those fields may change (others → 422 on the field); the dossier must stay complete (validated as a deposit);
 * written with a compare-and-set, journaled « dossier.donnees_modifiees » by the usager, then the repeated-edits rule
 * of the dispositif is checked in the same transaction.
 */
export async function modifierApresDepot(
  db: Db,
  contexte: { dossier: DossierLigne; dispositif: DispositifLigne; formulaire: ModeleDossier },
  usagerId: number,
  corps: { version: number; donnees: Record<string, unknown> },
  piecesParChamp: Record<string, number>,
): Promise<{ effets: number }> {
  const { dossier, formulaire } = contexte;
  const modifiables = champsModifiablesApresDepot(formulaire.modele, dossier);
  if (modifiables.size === 0 || dossier.etat !== 'depose') {
    throw new ErreurGuichet(409, 'DEJA_DEPOSE', 'Ce dossier est déjà déposé : il ne peut plus être modifié.');
  }
  if (dossier.version !== corps.version) throw versionPerimee();
  const actuelles = valeursUsager(formulaire.modele, dossier.donnees);
  const verrouilles = Object.keys(corps.donnees).filter(
    (code) => !modifiables.has(code) && JSON.stringify(corps.donnees[code]) !== JSON.stringify(actuelles[code]),
  );
  if (verrouilles.length > 0) {
    const message = 'Ce champ ne peut plus être modifié.';
    throw new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', {
      erreurs: verrouilles.map((champ) => ({ champ, code: 'CHAMP_NON_MODIFIABLE', message })),
    });
  }
  const maintenant = new Date();
  const saisie = validerDonnees(
    formulaire.modele,
    { ...actuelles, ...corps.donnees },
    {
      mode: 'depot',
      vue: 'usager',
      aujourdhui: aujourdhuiEnFrance(maintenant),
      profil: dossier.typeProfil,
      referentiels: formulaire.referentiels,
      donneesExistantes: dossier.donnees,
      piecesParChamp,
    },
  );
  if (!saisie.valide) {
    throw new ErreurGuichet(422, 'SAISIE_INVALIDE', 'Certaines informations sont à corriger.', {
      erreurs: saisie.erreurs,
    });
  }
  const donnees = donneesAEnregistrer(formulaire.modele, 'usager', dossier.donnees, saisie.donnees);
  const champs = champsModifies(dossier.donnees, donnees);
  if (champs.length === 0) return { effets: 0 };
  return db.transaction(async (trx) => {
    if (!(await mettreAJourSiVersion(trx, dossier.id, corps.version, { donnees }, maintenant))) throw versionPerimee();
    await journaliser(trx, {
      dossierId: dossier.id,
      date: maintenant,
      acteur: { type: 'usager', id: usagerId },
      action: 'dossier.donnees_modifiees',
      details: { champs: champs.join(',') },
    });
    return { effets: await detecterEditionsRepetees(trx, dossier.id, maintenant) };
  });
}

/**
 * The dispositif's repeated-edits rule ({ seuil, periodeHeures, statut }): more than `seuil` citizen edits within
 * `periodeHeures` (journal entries « dossier.donnees_modifiees » by the usager) move the dossier to `statut`,
 * through the transition its current statut offers, as the system — once per dossier: the journal keeps
 * « dossier.editions_repetees » (with the guide's refusal when it offers no such transition, for the agents to see).
 * Returns the number of actions queued.
 */
export async function detecterEditionsRepetees(trx: Db, dossierId: number, maintenant: Date): Promise<number> {
  const dossier = await trouverDossierParId(trx, dossierId);
  if (!dossier) return 0;
  const regle = (await reglagesDispositif(trx, dossier.dispositifId))?.editionsRepetees;
  if (!regle) return 0;
  if ((await compterJournal(trx, dossierId, 'dossier.editions_repetees')) > 0) return 0;
  const depuis = new Date(maintenant.getTime() - regle.periodeHeures * 3_600_000);
  const editions = await compterEditionsUsager(trx, dossierId, depuis);
  if (editions <= regle.seuil) return 0;
  await verrouillerDossier(trx, dossierId);
  const { guide } = (await trouverDispositif(trx, dossier.dispositifId))!;
  const resultat = transition(
    guide,
    dossierPourDomaine(dossier),
    { type: 'changer_statut', vers: regle.statut },
    { now: maintenant, acteur: ACTEUR_EDITIONS },
  );
  const details = { editions, seuil: regle.seuil, periodeHeures: regle.periodeHeures, statut: regle.statut };
  if (!resultat.ok) {
    await journaliser(trx, {
      dossierId,
      date: maintenant,
      acteur: ACTEUR_EDITIONS,
      action: 'dossier.editions_repetees',
      details: { ...details, refus: resultat.error.message },
    });
    return 0;
  }
  await enregistrerTransition(trx, dossier.version, resultat.value, {
    action: 'dossier.editions_repetees',
    details: { ...details, de: dossier.statut },
  });
  return resultat.value.effets.length;
}

async function compterEditionsUsager(trx: Db, dossierId: number, depuis: Date): Promise<number> {
  const [ligne] = await trx(TABLE.journal)
    .where({ dossier_id: dossierId, action: 'dossier.donnees_modifiees', acteur_type: 'usager' })
    .where('date', '>=', depuis)
    .count('* as n');
  return Number((ligne as Record<string, unknown>).n);
}
