/** Search text: lower case, no accents, ligatures spelled out, spaces collapsed. "Œuvre  Élève" → "oeuvre eleve". */
export function normaliserRecherche(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `texte` anywhere, with LIKE's wildcards escaped (used with ESCAPE '\'). */
export function motifContient(texte: string): string {
  return `%${texte.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
