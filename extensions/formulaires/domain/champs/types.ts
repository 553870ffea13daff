/**
 * The contract every field type fulfils. Kept apart from index.ts so that the definitions can import it without
 * importing the registry that imports them.
 */
import type { z } from 'zod';
import type { Champ, OptionListe, Valeur } from '../modele';
import type { Result } from '../result';

export type CodeErreurChamp =
  | 'REQUIS'
  | 'FORMAT'
  | 'TROP_LONG'
  | 'HORS_BORNES'
  | 'OPTION_INCONNUE'
  | 'CHAMP_INCONNU'
  | 'CLE_INVALIDE'
  | 'TROP_DE_CHOIX'
  | 'PAS_ASSEZ_DE_CHOIX'
  | 'CELLULE';

export interface Probleme {
  code: CodeErreurChamp;
  /** French, names the field by its label, in the imperative: it reads the same next to the field and in the summary. */
  message: string;
  /** For a table: the cell at fault. `ligne` is the row index as posted (0-based), `colonne` the column code. */
  cellule?: { ligne: number; colonne: string };
}

export interface ContexteChamp {
  /** Options of administrator-managed lists, by référentiel code. */
  referentiels: Readonly<Record<string, readonly OptionListe[]>>;
  /** Today's date, ISO (time is a parameter in the domain). */
  aujourdhui: string;
  /**
   * Evaluates a calculation formula over a set of values (injected: the expression language lives elsewhere); null
   * when it cannot be computed.
   */
  calculer(formule: string, valeurs: Readonly<Record<string, Valeur>>): number | null;
}

/** A decoded HTML form post: a repeated name gives an array. */
export type SaisieBrute = Record<string, string | string[] | undefined>;

export interface DefinitionChamp<C extends Champ> {
  type: C['type'];
  /**
   * zod shape of the type-specific keys of the field definition, without the common keys (code, libelle, aide,
   * requis, condition, prechargement, origine) that the model schema adds. Messages in French.
   */
  schema: z.ZodObject;
  /** Model-level coherence problems of one field (min > max, duplicate options…), French sentences naming its code. */
  problemes(champ: C): string[];
  /**
   * Validates and normalises one candidate value; ok(null) for an empty value (the caller decides whether it is
   * required). Never throws.
   */
  valider(champ: C, valeur: unknown, contexte: ContexteChamp): Result<Valeur | null, Probleme>;
  /**
   * Reads the field from a form post (the whole post: composite types use several names). undefined = the field was
   * not on the page (keep what is stored); null = emptied.
   */
  lire(champ: C, saisie: SaisieBrute): unknown;
  /** The stored value as people read it (portal, admin, letters), or null when empty. */
  lisible(champ: C, valeur: Valeur, contexte: Pick<ContexteChamp, 'referentiels'>): string | null;
}
