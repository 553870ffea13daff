/**
 * Free text: texte (short, optionally masked), texte_long (a longer limit) and email. Both texts keep their line
 * breaks (as LF): how a citizen lays out a text is theirs to choose.
 */
import { z } from 'zod';
import type { ChampEmail, ChampTexte, ChampTexteLong } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, longueur, normaliserTexte, probleme, schemaEntierPositif } from './commun';
import { appliquerMasque, exempleDeMasque, longueurDuMasque, schemaMasque } from './masque';
import { messages, messagesModele as m } from './messages';
import type { DefinitionChamp } from './types';

/** Text fields without an explicit limit still get one: a dossier is not a place for megabytes of text. */
export const LONGUEUR_MAX_PAR_DEFAUT = 2000;
/** A long text (a project description) needs more room, within the same reasoning. */
export const LONGUEUR_MAX_TEXTE_LONG_PAR_DEFAUT = 10_000;

export const definitionTexte: DefinitionChamp<ChampTexte> = {
  type: 'texte',
  schema: z.object({
    type: z.literal('texte'),
    longueurMax: schemaEntierPositif.optional(),
    masque: schemaMasque.optional(),
  }),
  problemes(champ) {
    if (champ.masque === undefined || champ.longueurMax === undefined) return [];
    const longueurMasque = longueurDuMasque(champ.masque);
    return champ.longueurMax < longueurMasque
      ? [m.masquePlusLongQueLeMaximum(champ.code, champ.longueurMax, longueurMasque)]
      : [];
  },
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const texte = normaliserTexte(valeur);
    if (texte === '') return ok(null);
    let mise = texte;
    if (champ.masque !== undefined) {
      const masquee = appliquerMasque(champ.masque, texte);
      if (masquee === null) {
        return probleme('FORMAT', messages.masque(champ, champ.masque, exempleDeMasque(champ.masque)));
      }
      mise = masquee;
    }
    const longueurMax = champ.longueurMax ?? LONGUEUR_MAX_PAR_DEFAUT;
    const saisie = longueur(mise);
    if (saisie > longueurMax) return probleme('TROP_LONG', messages.tropLong(champ, longueurMax, saisie));
    return ok(mise);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => texteOuNull(valeur),
};

export const definitionTexteLong: DefinitionChamp<ChampTexteLong> = {
  type: 'texte_long',
  schema: z.object({ type: z.literal('texte_long'), longueurMax: schemaEntierPositif.optional() }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    // Line breaks are kept (paragraphs of a description); only the ends are trimmed.
    const texte = normaliserTexte(valeur);
    if (texte === '') return ok(null);
    const longueurMax = champ.longueurMax ?? LONGUEUR_MAX_TEXTE_LONG_PAR_DEFAUT;
    const saisie = longueur(texte);
    if (saisie > longueurMax) return probleme('TROP_LONG', messages.tropLong(champ, longueurMax, saisie));
    return ok(texte);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => texteOuNull(valeur),
};

/** RFC 5321 limits: 254 characters in all, 64 before the @. */
const LONGUEUR_EMAIL_MAX = 254;
const LONGUEUR_PARTIE_LOCALE_MAX = 64;
/** Printable characters without spaces, @ or the separators mail clients use between addresses (, ; < > …). */
const MOTIF_PARTIE_LOCALE = /^[^\s@<>()[\]\\,;:"]+$/u;
const MOTIF_ETIQUETTE_DOMAINE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * A pragmatic check, not RFC 5322: one @, something before it, a domain with a dot, no spaces. Its job is to catch
 * typing errors ("nom@gmail", "nom.gmail.com"); the only real check of an address is a message sent to it.
 */
function estEmail(adresse: string): boolean {
  const arobase = adresse.indexOf('@');
  if (arobase < 1 || arobase !== adresse.lastIndexOf('@')) return false;
  const locale = adresse.slice(0, arobase);
  const etiquettes = adresse.slice(arobase + 1).split('.');
  if (locale.length > LONGUEUR_PARTIE_LOCALE_MAX || !MOTIF_PARTIE_LOCALE.test(locale)) return false;
  if (locale.startsWith('.') || locale.endsWith('.') || locale.includes('..')) return false;
  const extension = etiquettes.at(-1) ?? '';
  return (
    etiquettes.length >= 2 &&
    etiquettes.every((etiquette) => MOTIF_ETIQUETTE_DOMAINE.test(etiquette)) &&
    extension.length >= 2 &&
    !/^\d+$/.test(extension)
  );
}

export const definitionEmail: DefinitionChamp<ChampEmail> = {
  type: 'email',
  schema: z.object({ type: z.literal('email') }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const adresse = normaliserTexte(valeur);
    if (adresse === '') return ok(null);
    const saisie = longueur(adresse);
    if (saisie > LONGUEUR_EMAIL_MAX) return probleme('TROP_LONG', messages.tropLong(champ, LONGUEUR_EMAIL_MAX, saisie));
    if (!estEmail(adresse)) return erreurFormat(champ);
    // Domains are case-insensitive; the part before @ may not be (RFC 5321), so it is kept as typed.
    const arobase = adresse.indexOf('@');
    return ok(`${adresse.slice(0, arobase)}@${adresse.slice(arobase + 1).toLowerCase()}`);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => texteOuNull(valeur),
};

/** A stored text as read; a value of another shape (an older model version) is shown rather than hidden. */
export function texteOuNull(valeur: unknown): string | null {
  if (valeur === null || valeur === undefined || valeur === '') return null;
  return typeof valeur === 'string' ? valeur : JSON.stringify(valeur);
}
