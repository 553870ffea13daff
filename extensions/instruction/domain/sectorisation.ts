/**
 * Sectorisation: from an address to the territoire (and secteur) that handles it. Pure: the territoires, secteurs
 * and the reference data (codes-postaux, @etalab/decoupage-administratif) come in as parameters, so the rules are
 * tested on tables and the server only loads data.
 *
 * Rules, in order:
 * 1. the address carries an INSEE code (chosen from API Adresse): that commune decides; an arrondissement municipal
 *    or a commune déléguée falls back to its parent commune when only the parent is listed;
 * 2. else a postal code: its communes (codes-postaux). All in one territoire → that one. In several → the commune
 *    name typed in the address picks among them; without a name (or an unknown one) → ambiguous, reported, not
 *    guessed: a dossier wrongly sectorised is worse than one an agent sectorises by hand.
 * A commune listed by several sectorisation territoires is reported too (a configuration mistake to fix).
 */
export interface AdresseASectoriser {
  codeInsee?: string | null;
  codePostal?: string | null;
  commune?: string | null;
}

export interface TerritoireSectorisable {
  id: number;
  communes: readonly string[];
}

export interface SecteurSectorisable {
  id: number;
  territoireId: number;
  communes: readonly string[];
}

/** One commune served by a postal code (codes-postaux's entry). */
export interface CommunePostale {
  codeCommune: string;
  nomCommune: string;
  libelleAcheminement?: string;
}

export interface Referentiel {
  communesDuCodePostal(codePostal: string): readonly CommunePostale[];
  /** The commune an arrondissement municipal or a commune déléguée belongs to; null for a commune. */
  communeParente(codeInsee: string): string | null;
}

export interface IndexTerritoires {
  territoiresParCommune: ReadonlyMap<string, readonly number[]>;
  secteursParCommune: ReadonlyMap<string, readonly SecteurSectorisable[]>;
}

export type RaisonEchec =
  | 'adresse_sans_commune'
  | 'code_postal_inconnu'
  | 'commune_hors_territoires'
  | 'code_postal_ambigu'
  | 'commune_dans_plusieurs_territoires';

export type ResultatSectorisation =
  | { ok: true; territoireId: number; secteurId: number | null; commune: string | null }
  | { ok: false; raison: RaisonEchec; territoireIds: number[] };

export const MESSAGES_SECTORISATION: Record<RaisonEchec, string> = {
  adresse_sans_commune: "L'adresse n'indique ni commune ni code postal.",
  code_postal_inconnu: 'Ce code postal est inconnu.',
  commune_hors_territoires: "Cette commune n'appartient à aucun territoire.",
  code_postal_ambigu:
    'Ce code postal dessert des communes de plusieurs territoires : précisez la commune pour sectoriser le dossier.',
  commune_dans_plusieurs_territoires: 'Cette commune appartient à plusieurs territoires : corrigez leur découpage.',
};

/** Builds the lookup tables once for many dossiers (a commune → its territoires and secteurs). */
export function indexerTerritoires(
  territoires: readonly TerritoireSectorisable[],
  secteurs: readonly SecteurSectorisable[],
): IndexTerritoires {
  const territoiresParCommune = new Map<string, number[]>();
  for (const territoire of territoires) {
    for (const commune of new Set(territoire.communes)) {
      const liste = territoiresParCommune.get(commune) ?? [];
      liste.push(territoire.id);
      territoiresParCommune.set(commune, liste);
    }
  }
  const secteursParCommune = new Map<string, SecteurSectorisable[]>();
  for (const secteur of secteurs) {
    for (const commune of new Set(secteur.communes)) {
      secteursParCommune.set(commune, [...(secteursParCommune.get(commune) ?? []), secteur]);
    }
  }
  return { territoiresParCommune, secteursParCommune };
}

const echec = (raison: RaisonEchec, territoireIds: number[] = []): ResultatSectorisation => ({
  ok: false,
  raison,
  territoireIds,
});

/** Lowercase, no accents, no punctuation, « St » spelled out: « ST-MARTIN » and « Saint Martin » compare equal. */
export function normaliserNomCommune(nom: string): string {
  return nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'));
}

/** The territoires of a commune, through its parent commune when the commune itself is not listed. */
function territoiresDe(index: IndexTerritoires, referentiel: Referentiel, code: string): [string, readonly number[]] {
  const directs = index.territoiresParCommune.get(code);
  if (directs) return [code, directs];
  const parente = referentiel.communeParente(code);
  return parente ? [parente, index.territoiresParCommune.get(parente) ?? []] : [code, []];
}

function parCommune(index: IndexTerritoires, referentiel: Referentiel, code: string): ResultatSectorisation {
  const [commune, territoires] = territoiresDe(index, referentiel, code);
  if (territoires.length === 0) return echec('commune_hors_territoires');
  if (territoires.length > 1) return echec('commune_dans_plusieurs_territoires', [...territoires]);
  const territoireId = territoires[0]!;
  const secteur = (index.secteursParCommune.get(code) ?? index.secteursParCommune.get(commune) ?? []).find(
    (s) => s.territoireId === territoireId,
  );
  return { ok: true, territoireId, secteurId: secteur?.id ?? null, commune: code };
}

export function sectoriser(
  adresse: AdresseASectoriser,
  index: IndexTerritoires,
  referentiel: Referentiel,
): ResultatSectorisation {
  const codeInsee = adresse.codeInsee?.trim().toUpperCase();
  if (codeInsee) return parCommune(index, referentiel, codeInsee);
  const codePostal = adresse.codePostal?.trim();
  if (!codePostal) return echec('adresse_sans_commune');
  const candidates = referentiel.communesDuCodePostal(codePostal);
  if (candidates.length === 0) return echec('code_postal_inconnu');

  const resultats = candidates.map((c) => ({ commune: c, resultat: parCommune(index, referentiel, c.codeCommune) }));
  const territoires = [...new Set(resultats.flatMap(({ resultat: r }) => (r.ok ? [r.territoireId] : [])))];
  if (territoires.length === 0) return echec('commune_hors_territoires');
  const nom = adresse.commune ? normaliserNomCommune(adresse.commune) : '';
  const nommee = nom
    ? resultats.find(({ commune: c }) =>
        [c.nomCommune, c.libelleAcheminement ?? ''].some((n) => normaliserNomCommune(n) === nom),
      )
    : undefined;
  // The typed commune name decides whenever it names one of the candidates (its secteur may differ too).
  if (nommee) return nommee.resultat;
  // Every commune of the postal code in the same territoire: that one, with a secteur only if they all share it.
  const tousDedans = resultats.every(({ resultat: r }) => r.ok);
  if (tousDedans && territoires.length === 1) {
    const secteurs = new Set(resultats.map(({ resultat: r }) => (r.ok ? r.secteurId : null)));
    const secteurId = secteurs.size === 1 ? ([...secteurs][0] ?? null) : null;
    return { ok: true, territoireId: territoires[0]!, secteurId, commune: null };
  }
  return echec(
    'code_postal_ambigu',
    territoires.sort((a, b) => a - b),
  );
}
