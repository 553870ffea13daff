/**
 * Executors of the `creer_individu` and `creer_profil` actions: dossier data → the individu the dossier is about and
 * its profil (famille, association, entreprise). One transaction per row: the tiers write, the dossier's link to its
 * individu (compare-and-set on the version) and a journal entry carrying the outbox key; a retried row that finds
 * its key in the journal does nothing, so a delivery retried after a crash never creates a second individu.
 */
import type { Donnees } from '@guichet/formulaires';
import type { ProprieteIndividu, ProprieteProfil } from '../../../../domain';
import { versionPerimee } from '../../erreurs';
import { trouverDossierParId } from '../../repositories/dossiers';
import { journaliser, verrouillerDossier } from '../../repositories/journal';
import { modifierSiVersion } from '../../repositories/operations';
import type { Db } from '../../repositories/sql';
import {
  type Adresse,
  ajouterMembre,
  cleDejaJournalisee,
  insererIndividu,
  insererProfil,
  mettreAJourIndividu,
  mettreAJourProfil,
  profilDeMembre,
  profilParSiret,
  type ProprietesIndividu,
  type ProprietesProfil,
  trouverIndividu,
} from '../../repositories/tiers';
import { ACTEUR_ACTIONS, type ContexteEffet, EchecAction, type Executeur } from './types';

/** A dossier value as a tiers property: text for text properties, the address object for `adresse`, else skipped. */
function valeurPropriete(propriete: string, valeur: unknown): string | Adresse | undefined {
  if (valeur === null || valeur === undefined || valeur === '') return undefined;
  if (propriete === 'adresse') {
    if (typeof valeur !== 'object' || Array.isArray(valeur)) return undefined;
    const a = valeur as Record<string, unknown>;
    const texte = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return { ligne: texte(a.ligne) ?? texte(a.label), codePostal: texte(a.codePostal), commune: texte(a.commune) };
  }
  if (propriete === 'dateNaissance') return typeof valeur === 'string' ? valeur.slice(0, 10) : undefined;
  if (typeof valeur === 'string') return valeur.trim();
  if (typeof valeur === 'number') return String(valeur);
  return undefined;
}

/** The properties the dossier's answers give, field by field (an unanswered field changes nothing). */
function proprietes<P extends string>(
  correspondances: Record<string, P>,
  donnees: Donnees,
): Partial<Record<P, unknown>> {
  const resultat: Partial<Record<P, unknown>> = {};
  for (const [champ, propriete] of Object.entries(correspondances) as Array<[string, P]>) {
    const valeur = valeurPropriete(propriete, donnees[champ]);
    if (valeur !== undefined) resultat[propriete] = valeur;
  }
  return resultat;
}

/**
 * Locks the dossier, skips a row already journaled, lets `ecrire` do the tiers write through `trx`, then journals it
 * with the outbox key, in one transaction.
 */
async function ecrireTiers(
  ctx: ContexteEffet,
  action: 'tiers.individu_enregistre' | 'tiers.profil_enregistre',
  ecrire: (trx: Db, maintenant: Date) => Promise<Record<string, string | number | null>>,
): Promise<void> {
  const { strapi, ligne } = ctx;
  await strapi.db.connection.transaction(async (trx) => {
    await verrouillerDossier(trx, ligne.dossierId);
    if (await cleDejaJournalisee(trx, ligne.dossierId, ligne.cle)) return;
    const maintenant = new Date();
    const details = await ecrire(trx, maintenant);
    await journaliser(trx, {
      dossierId: ligne.dossierId,
      date: maintenant,
      acteur: ACTEUR_ACTIONS,
      action,
      details: { ...details, cle: ligne.cle },
    });
  });
}

/**
 * Updates the dossier's individu, or creates one and points the dossier at it. The « Anonyme » placeholder is
 * never overwritten: a dossier filed for it gets its own individu once its answers name someone.
 */
const creerIndividu: Executeur<'creer_individu'> = async (effet, ctx) => {
  await ecrireTiers(ctx, 'tiers.individu_enregistre', async (trx, maintenant) => {
    const dossier = await trouverDossierParId(trx, ctx.ligne.dossierId);
    if (!dossier) throw new EchecAction('Le dossier est introuvable.');
    const valeurs = proprietes<ProprieteIndividu>(effet.correspondances, dossier.donnees) as ProprietesIndividu;
    const actuel = dossier.individuId === null ? null : await trouverIndividu(trx, dossier.individuId);
    if (actuel && !actuel.anonyme) {
      await mettreAJourIndividu(trx, actuel.id, valeurs, maintenant);
      return { individuId: actuel.id, cree: 0, proprietes: Object.keys(valeurs).sort().join(',') };
    }
    if (!valeurs.nom) {
      throw new EchecAction(
        'L’individu n’a pas été créé : le champ du dossier associé au nom est vide (vérifiez les correspondances de l’action).',
      );
    }
    const id = await insererIndividu(trx, { ...valeurs, nom: valeurs.nom }, maintenant);
    if (!(await modifierSiVersion(trx, dossier.id, dossier.version, { individuId: id }, maintenant))) {
      throw versionPerimee();
    }
    return { individuId: id, cree: 1, proprietes: Object.keys(valeurs).sort().join(',') };
  });
};

const TYPES_PROFIL = { particulier: 'famille', association: 'association', entreprise: 'entreprise' } as const;

/**
 * Updates the profil found by SIRET, else the one the dossier's individu belongs to, else creates one (of the
 * dossier's profil type) with the individu as a member; a dossier not yet filed for a profil is filed for this one.
 */
const creerProfil: Executeur<'creer_profil'> = async (effet, ctx) => {
  await ecrireTiers(ctx, 'tiers.profil_enregistre', async (trx, maintenant) => {
    const dossier = await trouverDossierParId(trx, ctx.ligne.dossierId);
    if (!dossier) throw new EchecAction('Le dossier est introuvable.');
    const valeurs = proprietes<ProprieteProfil>(effet.correspondances, dossier.donnees) as ProprietesProfil;
    const individu = dossier.individuId === null ? null : await trouverIndividu(trx, dossier.individuId);
    const membre = individu && !individu.anonyme ? individu.id : null;
    const existant =
      (valeurs.siret ? await profilParSiret(trx, valeurs.siret) : null) ??
      (membre === null ? null : await profilDeMembre(trx, membre));
    let profilId = existant;
    if (profilId !== null) await mettreAJourProfil(trx, profilId, valeurs, maintenant);
    else {
      if (!valeurs.nom) {
        throw new EchecAction(
          'Le profil n’a pas été créé : le champ du dossier associé au nom est vide (vérifiez les correspondances de l’action).',
        );
      }
      profilId = await insererProfil(
        trx,
        { ...valeurs, nom: valeurs.nom, type: TYPES_PROFIL[dossier.typeProfil] ?? 'autre' },
        maintenant,
      );
    }
    if (membre !== null) await ajouterMembre(trx, profilId, membre, maintenant);
    // The dossier is now filed for that profil: its citizen members see it on the portal (the citizen's scope).
    if (
      dossier.profilId === null &&
      !(await modifierSiVersion(trx, dossier.id, dossier.version, { profilId }, maintenant))
    ) {
      throw versionPerimee();
    }
    return { profilId, cree: existant === null ? 1 : 0, proprietes: Object.keys(valeurs).sort().join(',') };
  });
};

export const executeursTiers: Partial<{
  creer_individu: Executeur<'creer_individu'>;
  creer_profil: Executeur<'creer_profil'>;
}> = { creer_individu: creerIndividu, creer_profil: creerProfil };
