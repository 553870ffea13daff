/**
 * The tiers (individus, profils and their members) as instruction reads and writes them: agents search and create
 * individus when filing a dossier, the `creer_individu` / `creer_profil` actions fill them from dossier data.
 * Tables of the usagers plugin (TABLE.individus…), plain SQL like the dossiers.
 */
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireJson } from './sql';

export interface Adresse {
  ligne?: string;
  codePostal?: string;
  commune?: string;
}

export interface IndividuLigne {
  id: number;
  type: 'adulte' | 'enfant' | 'contact';
  usagerId: number | null;
  nom: string;
  prenom: string | null;
  dateNaissance: string | null;
  adresse: Adresse | null;
  anonyme: boolean;
}

/** What the agents' search shows of an individu: enough to tell namesakes apart, nothing more. */
export interface IndividuResume {
  id: number;
  nom: string;
  prenom: string | null;
  dateNaissance: string | null;
  commune: string | null;
}

/** Lower-case, accent-free, single-spaced: the `recherche` column and the search terms are both written this way. */
export function normaliserRecherche(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A `date` column comes back as 'YYYY-MM-DD' (SQLite, Strapi's pg parser) or as a Date at local midnight (raw pg). */
function lireJour(valeur: unknown): string | null {
  if (valeur === null || valeur === undefined) return null;
  if (valeur instanceof Date) {
    const deux = (n: number) => String(n).padStart(2, '0');
    return `${valeur.getFullYear()}-${deux(valeur.getMonth() + 1)}-${deux(valeur.getDate())}`;
  }
  return String(valeur).slice(0, 10);
}

function versIndividu(l: Record<string, unknown>): IndividuLigne {
  return {
    id: Number(l.id),
    type: (l.type as IndividuLigne['type'] | null) ?? 'adulte',
    usagerId: l.usager_id === null || l.usager_id === undefined ? null : Number(l.usager_id),
    nom: String(l.nom ?? ''),
    prenom: (l.prenom as string | null) ?? null,
    dateNaissance: lireJour(l.date_naissance),
    adresse: lireJson<Adresse | null>(l.adresse ?? null),
    anonyme: Boolean(l.anonyme),
  };
}

export const resumeIndividu = (i: IndividuLigne): IndividuResume => ({
  id: i.id,
  nom: i.nom,
  prenom: i.prenom,
  dateNaissance: i.dateNaissance,
  commune: i.adresse?.commune ?? null,
});

const COLONNES = ['id', 'type', 'usager_id', 'nom', 'prenom', 'date_naissance', 'adresse', 'anonyme'];

/**
 * Individus whose « nom prénom » contains every word typed, accent-insensitive, 20 at most, by name. LIKE wildcards
 * typed by the agent are dropped (they would widen the search); the « Anonyme » placeholder is never listed.
 */
export async function rechercherIndividus(db: Db, texte: string, limite = 20): Promise<IndividuResume[]> {
  const mots = normaliserRecherche(texte.replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter(Boolean)
    .slice(0, 5);
  if (mots.length === 0) return [];
  const requete = db(TABLE.individus)
    .select(COLONNES)
    .where((q) => q.whereNull('anonyme').orWhere('anonyme', false))
    .orderBy([{ column: 'recherche' }, { column: 'id' }])
    .limit(limite);
  for (const mot of mots) requete.where('recherche', 'like', `%${mot}%`);
  return (await requete).map((l: Record<string, unknown>) => resumeIndividu(versIndividu(l)));
}

export async function trouverIndividu(db: Db, id: number): Promise<IndividuLigne | null> {
  const ligne = await db(TABLE.individus).select(COLONNES).where({ id }).first();
  return ligne ? versIndividu(ligne) : null;
}

/** Properties of an individu as the agents' form and the `creer_individu` action write them. */
export interface ProprietesIndividu {
  type?: 'adulte' | 'enfant' | 'contact';
  civilite?: string | null;
  nom?: string | null;
  nomNaissance?: string | null;
  prenom?: string | null;
  dateNaissance?: string | null;
  communeNaissance?: string | null;
  email?: string | null;
  telephone?: string | null;
  adresse?: Adresse | null;
}

function colonnesIndividu(p: ProprietesIndividu): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (p.type !== undefined) c.type = p.type;
  if (p.civilite !== undefined) c.civilite = p.civilite;
  if (p.nom !== undefined) c.nom = p.nom;
  if (p.nomNaissance !== undefined) c.nom_naissance = p.nomNaissance;
  if (p.prenom !== undefined) c.prenom = p.prenom;
  if (p.dateNaissance !== undefined) c.date_naissance = p.dateNaissance;
  if (p.communeNaissance !== undefined) c.commune_naissance = p.communeNaissance;
  if (p.email !== undefined) c.email = p.email;
  if (p.telephone !== undefined) c.telephone = p.telephone;
  if (p.adresse !== undefined) c.adresse = p.adresse === null ? null : ecrireJson(p.adresse);
  return c;
}

export async function insererIndividu(
  db: Db,
  p: ProprietesIndividu & { nom: string; anonyme?: boolean },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.individus, {
    ...colonnesStrapi(maintenant),
    type: 'adulte',
    ...colonnesIndividu(p),
    anonyme: p.anonyme ?? false,
    recherche: normaliserRecherche(`${p.nom} ${p.prenom ?? ''}`),
  });
}

export async function mettreAJourIndividu(db: Db, id: number, p: ProprietesIndividu, maintenant: Date): Promise<void> {
  const colonnes = colonnesIndividu(p);
  if (p.nom !== undefined || p.prenom !== undefined) {
    const actuel = (await trouverIndividu(db, id))!;
    colonnes.recherche = normaliserRecherche(`${p.nom ?? actuel.nom} ${p.prenom ?? actuel.prenom ?? ''}`);
  }
  await db(TABLE.individus)
    .where({ id })
    .update({ ...colonnes, updated_at: maintenant });
}

/** The one placeholder individu dossiers are filed for when the applicant is not known yet (created on first use). */
export async function individuAnonyme(db: Db, maintenant: Date): Promise<IndividuLigne> {
  const existant = await db(TABLE.individus).select(COLONNES).where({ anonyme: true }).orderBy('id').first();
  if (existant) return versIndividu(existant);
  const id = await insererIndividu(db, { nom: 'Anonyme', type: 'contact', anonyme: true }, maintenant);
  return (await trouverIndividu(db, id))!;
}

/** Properties of a profil the `creer_profil` action writes. */
export interface ProprietesProfil {
  nom?: string | null;
  siret?: string | null;
  rna?: string | null;
  email?: string | null;
  telephone?: string | null;
  adresse?: Adresse | null;
  iban?: string | null;
  bic?: string | null;
}

function colonnesProfil(p: ProprietesProfil): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  for (const cle of ['nom', 'siret', 'rna', 'email', 'telephone', 'iban', 'bic'] as const) {
    if (p[cle] !== undefined) c[cle] = p[cle];
  }
  if (p.adresse !== undefined) c.adresse = p.adresse === null ? null : ecrireJson(p.adresse);
  if (typeof p.nom === 'string') c.recherche = normaliserRecherche(p.nom);
  return c;
}

/** The profil an individu belongs to (first membership), if any. */
export async function profilDeMembre(db: Db, individuId: number): Promise<number | null> {
  const ligne = await db(TABLE.membres).select('profil_id').where({ individu_id: individuId }).orderBy('id').first();
  return ligne ? Number(ligne.profil_id) : null;
}

/** A profil by SIRET (a company or association is the same profil whoever files for it). */
export async function profilParSiret(db: Db, siret: string): Promise<number | null> {
  const ligne = await db(TABLE.profils).select('id').where({ siret }).orderBy('id').first();
  return ligne ? Number(ligne.id) : null;
}

export async function insererProfil(
  db: Db,
  p: ProprietesProfil & { nom: string; type: 'famille' | 'association' | 'entreprise' | 'autre' },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.profils, { ...colonnesStrapi(maintenant), type: p.type, ...colonnesProfil(p) });
}

export async function mettreAJourProfil(db: Db, id: number, p: ProprietesProfil, maintenant: Date): Promise<void> {
  await db(TABLE.profils)
    .where({ id })
    .update({ ...colonnesProfil(p), updated_at: maintenant });
}

export async function ajouterMembre(db: Db, profilId: number, individuId: number, maintenant: Date): Promise<void> {
  const existe = await db(TABLE.membres).where({ profil_id: profilId, individu_id: individuId }).first();
  if (!existe) {
    await inserer(db, TABLE.membres, {
      ...colonnesStrapi(maintenant),
      profil_id: profilId,
      individu_id: individuId,
      role: 'demandeur',
    });
  }
}

/** Whether the dossier's journal already holds this outbox key (an action retried after it wrote: do nothing). */
export async function cleDejaJournalisee(db: Db, dossierId: number, cle: string): Promise<boolean> {
  const lignes = (await db(TABLE.journal).select('details').where({ dossier_id: dossierId })) as Array<{
    details: unknown;
  }>;
  return lignes.some((l) => (lireJson<Record<string, unknown> | null>(l.details) ?? {}).cle === cle);
}
