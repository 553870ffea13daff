/**
 * Postal addresses. The citizen types an address; with JavaScript, the portal suggests addresses from the Base
 * Adresse Nationale and posts the chosen one as JSON next to the text. The stored value is an `Adresse`: at least the
 * text (`libelle`), plus what the suggestion brings (postcode, commune, INSEE code for sectorisation, coordinates for
 * the map). Without JavaScript, or when the citizen edits the text after choosing, only the text is kept.
 */
import { z } from 'zod';
import type { Adresse, ChampAdresse } from '../modele';
import { ok } from '../result';
import { erreurFormat, estObjetSimple, lireSimple, longueur, normaliserTexte, probleme } from './commun';
import { messages } from './messages';
import type { DefinitionChamp, SaisieBrute } from './types';

export const LONGUEUR_ADRESSE_MAX = 300;
export const SUFFIXE_SUGGESTION = '__json';
const CLES_ADRESSE = ['libelle', 'codePostal', 'commune', 'codeInsee', 'longitude', 'latitude'] as const;

/** One line: an address pasted from a letter loses its line breaks and repeated spaces. */
const uneLigne = (texte: string): string => normaliserTexte(texte).replace(/\s+/g, ' ');

/** Sub-fields are optional; null (what a JSON suggestion may carry) counts as absent. */
const schemaAdresse = z.strictObject({
  libelle: z.string(),
  codePostal: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .nullish(),
  commune: z.string().trim().min(1).max(150).nullish(),
  // Corsican communes have INSEE codes 2A… and 2B….
  codeInsee: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(?:\d{5}|2[AB]\d{3})$/)
    .nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
});

export const definitionAdresse: DefinitionChamp<ChampAdresse> = {
  type: 'adresse',
  schema: z.object({ type: z.literal('adresse'), carte: z.boolean() }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    // A plain text (no suggestion chosen, an API client) is an address reduced to its text.
    const candidat = typeof valeur === 'string' ? { libelle: valeur } : valeur;
    const analyse = schemaAdresse.safeParse(candidat);
    if (!analyse.success) return erreurFormat(champ);
    const libelle = uneLigne(analyse.data.libelle);
    if (libelle === '') return ok(null);
    const saisie = longueur(libelle);
    if (saisie > LONGUEUR_ADRESSE_MAX) {
      return probleme('TROP_LONG', messages.tropLong(champ, LONGUEUR_ADRESSE_MAX, saisie));
    }
    const { codePostal, commune, codeInsee, longitude, latitude } = analyse.data;
    const adresse: Adresse = { libelle };
    if (codePostal !== null && codePostal !== undefined) adresse.codePostal = codePostal;
    if (commune !== null && commune !== undefined) adresse.commune = uneLigne(commune);
    if (codeInsee !== null && codeInsee !== undefined) adresse.codeInsee = codeInsee;
    if (longitude !== null && longitude !== undefined) adresse.longitude = longitude;
    if (latitude !== null && latitude !== undefined) adresse.latitude = latitude;
    return ok(adresse);
  },
  lire(champ, saisie) {
    const texte = lireSimple(saisie, champ.code);
    if (typeof texte !== 'string') return texte;
    return suggestionChoisie(saisie, `${champ.code}${SUFFIXE_SUGGESTION}`, texte) ?? { libelle: texte };
  },
  lisible: (_champ, valeur) =>
    estObjetSimple(valeur) && typeof valeur.libelle === 'string' ? valeur.libelle || null : String(valeur),
};

/**
 * The suggestion posted as JSON, when it is still the address shown in the text box: a citizen who chose a
 * suggestion and then edited the text meant the text, not the suggestion's coordinates. Its keys are kept as posted
 * (known keys only) for validation to check.
 */
function suggestionChoisie(saisie: SaisieBrute, nom: string, texte: string): Record<string, unknown> | null {
  const json = lireSimple(saisie, nom);
  if (typeof json !== 'string') return null;
  let suggestion: unknown;
  try {
    suggestion = JSON.parse(json);
  } catch {
    return null;
  }
  if (!estObjetSimple(suggestion) || typeof suggestion.libelle !== 'string') return null;
  if (uneLigne(suggestion.libelle) !== uneLigne(texte)) return null;
  const retenue: Record<string, unknown> = {};
  for (const cle of CLES_ADRESSE) if (Object.hasOwn(suggestion, cle)) retenue[cle] = suggestion[cle];
  return retenue;
}
