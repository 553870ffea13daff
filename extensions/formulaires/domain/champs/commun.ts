/**
 * What several field types share: reading one name of a form post, normalising text, building problems, and the
 * zod pieces of their definitions.
 */
import { z } from 'zod';
import type { Champ } from '../modele';
import { err, type Result } from '../result';
import { messages, messagesModele as m } from './messages';
import type { CodeErreurChamp, Probleme, SaisieBrute } from './types';

/** Same rule as the model's field codes (schema-modele.ts), repeated here because that file imports this folder. */
export const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;

export const schemaCode = z.string().regex(MOTIF_CODE, { error: m.codeInvalide }).max(60, { error: m.codeTropLong });
export const schemaTexteNonVide = z.string().trim().min(1, { error: m.texteVide }).max(500, { error: m.texteTropLong });
export const schemaEntierPositif = z.int({ error: m.entierPositif }).positive({ error: m.entierPositif });
export const schemaOptions = z
  .array(z.strictObject({ valeur: schemaTexteNonVide, libelle: schemaTexteNonVide }))
  .min(1, { error: m.listeSansOption });

/**
 * Textareas post line breaks as CRLF and some keyboards produce decomposed accents: normalise so that lengths count
 * what the citizen sees and equal texts are stored equal.
 */
export function normaliserTexte(texte: string): string {
  return texte.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/** Length in characters as people count them (code points), not UTF-16 units: an emoji is one. */
export function longueur(texte: string): number {
  return [...texte].length;
}

/** hasOwn: a field coded "constructor" must not read Object.prototype.constructor. */
export function valeurPostee(saisie: SaisieBrute, nom: string): string | string[] | undefined {
  return Object.hasOwn(saisie, nom) ? saisie[nom] : undefined;
}

/**
 * The value of a single-valued name: undefined when it was not posted, null when blank, the text otherwise. A name
 * posted several times (a tampered or broken form) stays an array, which validation reports as FORMAT.
 */
export function lireSimple(saisie: SaisieBrute, nom: string): string | string[] | null | undefined {
  const brut = valeurPostee(saisie, nom);
  if (brut === undefined) return undefined;
  if (Array.isArray(brut)) {
    if (brut.length === 0) return undefined;
    if (brut.length > 1) return brut;
  }
  const texte = (Array.isArray(brut) ? (brut[0] ?? '') : brut).trim();
  return texte === '' ? null : texte;
}

/** Reads a single-valued field and converts its text; what cannot be converted is kept for validation to report. */
export function lireConverti(
  champ: Pick<Champ, 'code'>,
  saisie: SaisieBrute,
  convertir: (texte: string) => unknown,
): unknown {
  const texte = lireSimple(saisie, champ.code);
  return typeof texte === 'string' ? convertir(texte) : texte;
}

export function probleme(code: CodeErreurChamp, message: string): { ok: false; error: Probleme } {
  return err({ code, message });
}

export function erreurFormat(champ: Champ): Result<never, Probleme> {
  return probleme('FORMAT', messages.format(champ));
}

/** A plain object (not an array, a date or a class instance): what JSON.parse and zod produce for `{…}`. */
export function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) return false;
  const prototype: unknown = Object.getPrototypeOf(valeur);
  return prototype === Object.prototype || prototype === null;
}

/** Values seen more than once, in first-seen order. */
export function doublons(valeurs: readonly string[]): string[] {
  const vues = new Set<string>();
  const doubles = new Set<string>();
  for (const valeur of valeurs) {
    if (vues.has(valeur)) doubles.add(valeur);
    else vues.add(valeur);
  }
  return [...doubles];
}

/** min > max for numbers or ISO dates (ISO dates compare correctly as strings). */
export function problemesDeBornes(champ: { code: string; min?: number | string; max?: number | string }): string[] {
  return champ.min !== undefined && champ.max !== undefined && champ.min > champ.max
    ? [m.bornesInversees(champ.code, String(champ.min), String(champ.max))]
    : [];
}

/** Definitions of types without a value of their own (or never posted) read nothing from a form. */
export function rienALire(): undefined {
  return undefined;
}
