/**
 * Plausible sample values for the builder's preview (« Aperçu »): what a citizen could have typed, within the field's
 * bounds and mask, so the administrator sees the form as it will read. Deterministic (no randomness, today is a
 * parameter), so the preview does not flicker and tests can assert it.
 */
import type {
  Champ,
  ChampApiParticulier,
  ChampJustificatif,
  ColonneTableau,
  Donnees,
  LigneTableau,
  Modele,
  OptionListe,
  Scalaire,
  Valeur,
} from '../modele';

export interface OptionsExemples {
  /** ISO date: sample dates and ages are computed from it. */
  aujourdhui: string;
  /** Options of administrator lists by code, for liste_referentiel fields (a field without its list gets no value). */
  referentiels?: Readonly<Record<string, readonly OptionListe[]>>;
}

const DATE_DE_NAISSANCE = '1985-06-14';
const ADRESSE = {
  libelle: '8 Boulevard du Port 80000 Amiens',
  codePostal: '80000',
  commune: 'Amiens',
  codeInsee: '80021',
  longitude: 2.290084,
  latitude: 49.897443,
};

/** Sample texts chosen from the field's code: the first keyword found wins. */
const TEXTES_PAR_MOT_CLE: ReadonlyArray<[RegExp, string]> = [
  [/prenom/, 'Camille'],
  [/raison_sociale|association|structure|entreprise/, 'Association Les Jardins partagés'],
  [/nom/, 'Dupont'],
  [/commune|ville/, 'Amiens'],
  [/code_postal/, '80000'],
  [/adresse|rue|voie/, '8 Boulevard du Port'],
  [/objet|projet|titre/, 'Rénovation de la salle des fêtes'],
];
const TEXTE_PAR_DEFAUT = 'Exemple de réponse';
const TEXTE_LONG =
  'Nous souhaitons rénover la salle des fêtes afin d’accueillir les activités des associations du quartier ' +
  'toute l’année.';

/** The value a citizen could have entered in this field, or undefined for fields without a value (note, justificatif). */
export function valeurExemple(champ: Champ, modele: Modele, options: OptionsExemples): Valeur | undefined {
  switch (champ.type) {
    case 'texte':
      return tronquer(champ.masque ? selonMasque(champ.masque) : texteSelonCode(champ.code), champ.longueurMax);
    case 'texte_long':
    case 'texte_riche':
      return tronquer(TEXTE_LONG, champ.longueurMax);
    case 'nombre':
      return borner(arrondir(12.5, champ.decimales ?? 0), champ.min, champ.max, champ.decimales ?? 0);
    case 'montant':
      return borner(1500, champ.min, champ.max, 2);
    case 'calcul':
      return arrondir(champ.unite === 'euros' ? 1250.5 : 42.25, champ.decimales);
    case 'date':
      return bornerDate(/naissance/.test(champ.code) ? DATE_DE_NAISSANCE : options.aujourdhui, champ.min, champ.max);
    case 'age':
      return ageExemple(champ.champDate, modele, options);
    case 'case_a_cocher':
      return true;
    case 'boutons_radio':
    case 'liste':
      return champ.options[0]?.valeur ?? null;
    case 'cases_multiples': {
      // Two ticked options, or as many as the bounds ask for.
      const nombre = Math.min(Math.max(2, champ.minChoix ?? 0), champ.maxChoix ?? Number.POSITIVE_INFINITY);
      return champ.options.slice(0, Math.max(1, nombre)).map((o) => o.valeur);
    }
    case 'liste_referentiel':
      return options.referentiels?.[champ.referentiel]?.[0]?.valeur ?? null;
    case 'telephone':
      return champ.masque ? selonMasque(champ.masque) : '06 12 34 56 78';
    case 'email':
      return 'camille.dupont@example.fr';
    case 'adresse':
      return { ...ADRESSE };
    case 'nir':
      return '185068002112349';
    case 'iban':
      return 'FR7630006000011234567890189';
    case 'bic':
      return 'AGRIFRPP882';
    case 'siret':
      return '35600000000048';
    case 'tableau':
      return lignesExemple(champ.colonnes, champ.lignes?.length ?? Math.min(2, champ.lignesMax ?? 2), options);
    case 'api_particulier':
      return donneesConnecteur(champ.service);
    case 'api_r2p':
      return { nom: 'DUPONT', prenoms: 'Camille', dateNaissance: DATE_DE_NAISSANCE, communeNaissance: 'Amiens' };
    case 'note':
    case 'justificatif':
      return undefined;
  }
}

/** Sample values for every field of the model that holds one. */
export function donneesExemple(modele: Modele, options: OptionsExemples): Donnees {
  const donnees: Donnees = {};
  for (const champ of modele.champs) {
    const valeur = valeurExemple(champ, modele, options);
    if (valeur !== undefined) donnees[champ.code] = valeur;
  }
  return donnees;
}

/** A file name a citizen could have attached, with an extension among the accepted formats. */
export function fichierExemple(champ: ChampJustificatif): string {
  const extension = champ.formats.map((format) => EXTENSIONS[format]).find((e) => e !== undefined) ?? 'pdf';
  return `${champ.code.replace(/_/g, '-')}.${extension}`;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

function texteSelonCode(code: string): string {
  return TEXTES_PAR_MOT_CLE.find(([motif]) => motif.test(code))?.[1] ?? TEXTE_PAR_DEFAUT;
}

/** 9 = digit, A = letter, * = letter or digit, anything else literal: "AA-999-AA" → "AB-123-CD". */
export function selonMasque(masque: string): string {
  let chiffres = 0;
  let lettres = 0;
  return [...masque]
    .map((caractere, index) => {
      if (caractere === '9') return String((chiffres++ % 9) + 1);
      if (caractere === 'A') return String.fromCharCode(65 + (lettres++ % 26));
      if (caractere === '*')
        return index % 2 === 0 ? String.fromCharCode(65 + (lettres++ % 26)) : String((chiffres++ % 9) + 1);
      return caractere;
    })
    .join('');
}

function tronquer(texte: string, longueurMax: number | undefined): string {
  return longueurMax !== undefined && texte.length > longueurMax ? texte.slice(0, longueurMax) : texte;
}

function arrondir(nombre: number, decimales: number): number {
  const facteur = 10 ** Math.max(0, decimales);
  return Math.round(nombre * facteur) / facteur;
}

/** `valeur` moved inside [min, max]: the middle of the bounds when it falls outside. */
function borner(valeur: number, min: number | undefined, max: number | undefined, decimales: number): number {
  if (min !== undefined && max !== undefined && (valeur < min || valeur > max)) {
    return arrondir(min + (max - min) / 2, decimales);
  }
  if (min !== undefined && valeur < min) return min;
  if (max !== undefined && valeur > max) return max;
  return valeur;
}

function bornerDate(date: string, min: string | undefined, max: string | undefined): string {
  if (min !== undefined && date < min) return min;
  if (max !== undefined && date > max) return max;
  return date;
}

function ageExemple(champDate: string, modele: Modele, options: OptionsExemples): number | null {
  const source = modele.champs.find((champ) => champ.code === champDate);
  if (source?.type !== 'date') return null;
  const naissance = valeurExemple(source, modele, options);
  return typeof naissance === 'string' ? ageEnAnnees(naissance, options.aujourdhui) : null;
}

/** Whole years between two ISO dates. */
function ageEnAnnees(naissance: string, aujourdhui: string): number {
  const [an, mois, jour] = naissance.split('-').map(Number) as [number, number, number];
  const [anRef, moisRef, jourRef] = aujourdhui.split('-').map(Number) as [number, number, number];
  const anniversairePasse = moisRef > mois || (moisRef === mois && jourRef >= jour);
  return Math.max(0, anRef - an - (anniversairePasse ? 0 : 1));
}

function lignesExemple(colonnes: readonly ColonneTableau[], nombre: number, options: OptionsExemples): LigneTableau[] {
  return Array.from({ length: Math.max(1, nombre) }, (_, rang) =>
    Object.fromEntries(colonnes.map((colonne) => [colonne.code, celluleExemple(colonne, rang, options)])),
  );
}

function celluleExemple(colonne: ColonneTableau, rang: number, options: OptionsExemples): Scalaire {
  switch (colonne.type) {
    case 'texte':
      return `${texteSelonCode(colonne.code)} ${rang + 1}`;
    case 'nombre':
      return rang + 2;
    case 'montant':
      return 250 * (rang + 1);
    case 'date':
      return options.aujourdhui;
    case 'liste':
      return colonne.options?.[rang % Math.max(1, colonne.options.length)]?.valeur ?? null;
    case 'case_a_cocher':
      return rang % 2 === 0;
    case 'calcul':
      return arrondir(10.5 * (rang + 1), colonne.decimales ?? 0);
  }
}

function donneesConnecteur(service: ChampApiParticulier['service']): Record<string, Scalaire> {
  switch (service) {
    case 'quotient_familial':
      return { quotientFamilial: 850, allocataire: 'Camille Dupont', mois: 1, annee: 2026 };
    case 'statut_etudiant':
      return { statut: 'inscrit', etablissement: 'Université de Picardie Jules Verne', boursier: false };
    case 'statut_demandeur_emploi':
      return { inscrit: true, categorie: 'A', dateInscription: '2025-09-01' };
  }
}
