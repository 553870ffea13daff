/**
 * Formatted text (a rich-text editor's HTML), stored sanitised: the portal and the admin display it as HTML, so what
 * is stored must be safe to display anywhere, whatever was posted. The sanitiser is the `xss` package with a
 * whitelist of the few tags a citizen's editor produces; every attribute but a link's address is dropped, links
 * must be http:, https: or mailto:, and script and style elements disappear with their content.
 */
import { escapeAttrValue, escapeHtml, FilterXSS, friendlyAttrValue } from 'xss';
import { z } from 'zod';
import type { ChampTexteRiche } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, longueur, normaliserTexte, probleme, schemaEntierPositif } from './commun';
import { messages } from './messages';
import { LONGUEUR_MAX_TEXTE_LONG_PAR_DEFAUT } from './textes';
import type { DefinitionChamp } from './types';

const BALISES_PERMISES = ['p', 'br', 'strong', 'em', 'u', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote'];
const ADRESSE_DE_LIEN_PERMISE = /^(?:https?:|mailto:)/i;

const filtre = new FilterXSS({
  whiteList: Object.fromEntries(BALISES_PERMISES.map((balise) => [balise, balise === 'a' ? ['href'] : []])),
  stripIgnoreTagBody: ['script', 'style'],
  // Other tags are removed (their text stays); a lone "<" that opens no tag ("1 < 2") is text, kept escaped.
  onIgnoreTag: (_balise, html) => (/^<\/?[a-z!]/i.test(html) ? '' : escapeHtml(html)),
  onTagAttr(balise, nom, valeur) {
    if (balise !== 'a' || nom !== 'href') return undefined;
    // Decoded first, so that "&#106;avascript:" or a tab inside "java\tscript:" cannot slip through.
    const adresse = friendlyAttrValue(valeur).trim();
    return ADRESSE_DE_LIEN_PERMISE.test(adresse) ? `href="${escapeAttrValue(adresse)}"` : '';
  },
});

/** The sanitised HTML of any input; exported for the places that show administrator-written HTML too. */
export function assainirHtml(html: string): string {
  return filtre.process(html);
}

const ENTITES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decoderEntites(texte: string): string {
  return texte.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entite: string, nom: string) => {
    if (nom.startsWith('#')) {
      const point = nom[1] === 'x' || nom[1] === 'X' ? parseInt(nom.slice(2), 16) : Number(nom.slice(1));
      return point <= 0x10ffff ? String.fromCodePoint(point) : entite;
    }
    return ENTITES[nom.toLowerCase()] ?? entite;
  });
}

/**
 * The text people read in sanitised HTML: blocks and line breaks become line breaks, tags go, entities are decoded.
 * Used for the length limit (what the citizen typed, not the markup) and for letters and exports.
 */
export function texteDuHtml(html: string): string {
  const avecSauts = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|li|h3|h4|blockquote|ul|ol)>/gi, '\n');
  return decoderEntites(avecSauts.replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const definitionTexteRiche: DefinitionChamp<ChampTexteRiche> = {
  type: 'texte_riche',
  schema: z.object({ type: z.literal('texte_riche'), longueurMax: schemaEntierPositif.optional() }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const html = assainirHtml(normaliserTexte(valeur)).trim();
    const texte = texteDuHtml(html);
    // An editor left empty still posts "<p><br></p>": no text means no value.
    if (texte === '') return ok(null);
    const longueurMax = champ.longueurMax ?? LONGUEUR_MAX_TEXTE_LONG_PAR_DEFAUT;
    const saisie = longueur(texte);
    if (saisie > longueurMax) return probleme('TROP_LONG', messages.tropLong(champ, longueurMax, saisie));
    return ok(html);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? texteDuHtml(valeur) || null : String(valeur)),
};
