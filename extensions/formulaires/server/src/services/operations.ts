/**
 * The writes of the plugin, each inside the caller's transaction so that a publication or an import is written
 * entirely or not at all. Shared by the admin API (services/modeles.ts) and the seeds (services/installation.ts).
 */
import { referentielsUtilises, type DocumentExport } from '../../../domain/export';
import type { Champ, Modele } from '../../../domain/modele';
import { validerModele } from '../../../domain/schema-modele';
import { empreinte, jsonCanonique } from '../empreinte';
import { erreurs, messages } from '../messages';
import * as entrees from '../repositories/referentiel-champs';
import * as listes from '../repositories/referentiels';
import * as modeles from '../repositories/modeles';
import * as versions from '../repositories/versions';
import type { Db } from '../repositories/sql';

export const MODELE_VIDE: Modele = { champs: [], vues: { usager: { onglets: [] } } };

/** The domain's verdict on a whole model: the model as parsed (trimmed labels…), or 422 with every problem. */
export function modeleValideOu422(contenu: unknown, message?: string): Modele {
  const verdict = validerModele(contenu);
  if (!verdict.ok) throw erreurs.modeleInvalide(verdict.error, message);
  return verdict.value;
}

/** « liste sur référentiel » fields whose list does not exist (yet): publishing them would give citizens no choice. */
export async function problemesDeListes(db: Db, modele: Modele): Promise<string[]> {
  const codes = referentielsUtilises(modele);
  const existantes = new Set((await listes.listesParCodes(db, codes)).map((l) => l.code));
  return modele.champs.flatMap((champ) =>
    champ.type === 'liste_referentiel' && !existantes.has(champ.referentiel)
      ? [messages.listeInexistante(champ.code, champ.referentiel)]
      : [],
  );
}

export interface Publie {
  numero: number;
  publieLe: Date;
  publiePar: string | null;
}

/**
 * Publishes the draft as it is in the row read under lock: validation (422), lists present (422), something to
 * publish (409 RIEN_A_PUBLIER), then the version and the model's publication columns, compare-and-set on both.
 */
export async function publierDans(
  trx: Db,
  modele: modeles.ModeleLigne,
  publiePar: string | null,
  maintenant: Date,
): Promise<Publie> {
  const contenu = modeleValideOu422(modele.contenu, messages.publicationImpossible);
  const problemes = await problemesDeListes(trx, contenu);
  if (problemes.length > 0) throw erreurs.modeleInvalide(problemes, messages.publicationImpossible);
  const trace = empreinte(contenu);
  if (trace === modele.empreintePubliee) throw erreurs.rienAPublier();
  const numero = (await versions.dernierNumero(trx, modele.id)) + 1;
  await versions.insererVersion(trx, { modeleId: modele.id, numero, contenu, empreinte: trace, publiePar }, maintenant);
  const ok = await modeles.marquerPublie(
    trx,
    modele.id,
    { revision: modele.revision, versionPubliee: modele.versionPubliee },
    { numero, empreinte: trace },
  );
  if (!ok) throw erreurs.revisionPerimee();
  return { numero, publieLe: maintenant, publiePar };
}

export type Sort = 'cree' | 'modifie' | 'inchange';
export interface CompteRenduImport {
  modele: Sort;
  /** Lists by code: created, updated (their options now apply to every model using them) or unchanged. */
  referentiels: Record<string, Sort>;
  referentielChamps: Record<string, Sort>;
}

/** Creates or replaces a list by code; an existing list with another definition is updated (and reported). */
export async function installerListeDans(
  trx: Db,
  liste: { code: string; titre: string; options: { valeur: string; libelle: string }[] },
  maintenant: Date,
): Promise<Sort> {
  const existante = await listes.trouverListeParCode(trx, liste.code);
  if (!existante) {
    await listes.insererListe(trx, liste, maintenant);
    return 'cree';
  }
  const identique =
    existante.titre === liste.titre && jsonCanonique(existante.options) === jsonCanonique(liste.options);
  if (identique) return 'inchange';
  await listes.modifierListe(trx, existante.id, { titre: liste.titre, options: liste.options }, maintenant);
  return 'modifie';
}

/** Creates or replaces a référentiel des champs entry by field code. */
export async function installerEntreeDans(
  trx: Db,
  entree: { categorie: string; section: string; champ: Champ },
  maintenant: Date,
): Promise<Sort> {
  const existante = await entrees.trouverEntreeParCode(trx, entree.champ.code);
  if (!existante) {
    await entrees.insererEntree(trx, entree, maintenant);
    return 'cree';
  }
  const identique =
    existante.categorie === entree.categorie &&
    existante.section === entree.section &&
    jsonCanonique(existante.champ) === jsonCanonique(entree.champ);
  if (identique) return 'inchange';
  await entrees.modifierEntree(trx, existante.id, entree, maintenant);
  return 'modifie';
}

/**
 * Creates the model, or replaces the draft of the model with the same code (revision + 1; nothing when identical).
 * The row is read under lock, so the compare-and-set cannot lose against a concurrent save.
 */
export async function installerBrouillonDans(
  trx: Db,
  donnees: { code: string; titre: string; contenu: Modele },
  maintenant: Date,
): Promise<{ id: number; sort: Sort }> {
  const trace = empreinte(donnees.contenu);
  const existant = await modeles.trouverModeleParCode(trx, donnees.code, { verrou: true });
  if (!existant) {
    const id = await modeles.insererModele(trx, { ...donnees, empreinte: trace }, maintenant);
    return { id, sort: 'cree' };
  }
  if (existant.titre === donnees.titre && existant.empreinte === trace) return { id: existant.id, sort: 'inchange' };
  const ok = await modeles.enregistrerSiRevision(
    trx,
    existant.id,
    existant.revision,
    { titre: donnees.titre, contenu: donnees.contenu, empreinte: trace },
    maintenant,
  );
  if (!ok) throw erreurs.revisionPerimee();
  return { id: existant.id, sort: 'modifie' };
}

/** An import, already read by `lireExport`: lists, entries, then the model, in the caller's transaction. */
export async function importerDans(trx: Db, document: DocumentExport, maintenant: Date) {
  const compteRendu: CompteRenduImport = { modele: 'inchange', referentiels: {}, referentielChamps: {} };
  for (const liste of document.referentiels) {
    compteRendu.referentiels[liste.code] = await installerListeDans(trx, liste, maintenant);
  }
  for (const entree of document.referentielChamps) {
    compteRendu.referentielChamps[entree.champ.code] = await installerEntreeDans(trx, entree, maintenant);
  }
  const { id, sort } = await installerBrouillonDans(trx, document.modele, maintenant);
  compteRendu.modele = sort;
  return { id, compteRendu };
}
