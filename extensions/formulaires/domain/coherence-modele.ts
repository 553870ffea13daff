/**
 * Rules of a dossier model that no single field can check on its own: unique codes, placements that point to real
 * fields, conditions and formulas that parse and read existing fields, computed fields without cycles.
 * Every problem is a French sentence for the functional administrator, naming the element concerned.
 */
import { DEFINITIONS } from './champs';
import { analyserExpression, MOTS_RESERVES, referencesExpression } from './expression';
import { messagesModele as m } from './messages';
import { VUES, type Champ, type ChampTableau, type Disposition, type Modele } from './modele';
import { trierCalculs } from './ordre-calculs';

export function problemesDeCoherence(modele: Modele): string[] {
  const codes = new Set(modele.champs.map((champ) => champ.code));
  return [
    ...problemesDeCodes(modele.champs),
    ...modele.champs.flatMap((champ) => problemesDuChamp(champ, modele, codes)),
    ...trierCalculs(modele).cycles.map((code) => m.calculCirculaire(code)),
    ...VUES.flatMap((vue) => {
      const disposition = modele.vues[vue];
      return disposition === undefined ? [] : problemesDeVue(vue, disposition, codes);
    }),
  ];
}

function problemesDeCodes(champs: Champ[]): string[] {
  const problemes = [...doublons(champs.map((c) => c.code))].map(([code, fois]) => m.codeChampEnDouble(code, fois));
  for (const champ of champs) {
    if (MOTS_RESERVES.includes(champ.code)) problemes.push(m.codeReserve(champ.code));
  }
  return problemes;
}

function problemesDuChamp(champ: Champ, modele: Modele, codes: Set<string>): string[] {
  // The registry types each definition by its own field type; `champ.type` selects the matching one.
  const propres = (DEFINITIONS[champ.type].problemes as (c: Champ) => string[])(champ);
  const problemes = [...propres, ...problemesExpression(champ.condition, `le champ « ${champ.code} »`, codes)];
  if (champ.type === 'calcul') {
    problemes.push(...problemesExpression(champ.formule, `le calcul « ${champ.code} »`, codes, true));
  }
  if (champ.type === 'age') {
    const source = modele.champs.find((autre) => autre.code === champ.champDate);
    if (source?.type !== 'date') problemes.push(m.ageSansDate(champ.code, champ.champDate));
  }
  if (champ.type === 'tableau') problemes.push(...problemesDuTableau(champ));
  return problemes;
}

function problemesDuTableau(tableau: ChampTableau): string[] {
  const colonnes = new Set(tableau.colonnes.map((colonne) => colonne.code));
  return tableau.colonnes.flatMap((colonne) => {
    if (colonne.type !== 'calcul') return [];
    const ou = `la colonne « ${colonne.code} » du tableau « ${tableau.code} »`;
    if (colonne.formule === undefined) return [m.formuleManquante(ou)];
    return problemesExpression(colonne.formule, ou, colonnes, true);
  });
}

function problemesDeVue(vue: string, disposition: Disposition, codes: Set<string>): string[] {
  const problemes: string[] = [];
  const onglets = disposition.onglets;
  const sections = onglets.flatMap((onglet) => onglet.sections);
  const places = sections.flatMap((section) => section.lignes.flatMap((ligne) => ligne.champs));
  for (const [code, fois] of doublons(onglets.map((o) => o.code))) problemes.push(m.ongletEnDouble(vue, code, fois));
  for (const [code, fois] of doublons(sections.map((s) => s.code))) problemes.push(m.sectionEnDouble(vue, code, fois));
  for (const [code, fois] of doublons(places)) problemes.push(m.champPlaceEnDouble(vue, code, fois));
  for (const code of new Set(places)) if (!codes.has(code)) problemes.push(m.champPlaceInconnu(vue, code));
  for (const onglet of onglets) {
    problemes.push(...problemesExpression(onglet.condition, `l'onglet « ${onglet.code} » (vue ${vue})`, codes));
  }
  for (const section of sections) {
    problemes.push(...problemesExpression(section.condition, `la section « ${section.code} » (vue ${vue})`, codes));
  }
  return problemes;
}

/** A condition or formula must parse and read only known fields. */
function problemesExpression(
  source: string | undefined,
  ou: string,
  codes: Set<string>,
  obligatoire = false,
): string[] {
  if (source === undefined || source.trim() === '') return obligatoire ? [m.formuleManquante(ou)] : [];
  const analyse = analyserExpression(source);
  if (!analyse.ok) return [m.expressionInvalide(ou, analyse.error.message)];
  return referencesExpression(analyse.value)
    .filter((code) => !codes.has(code))
    .map((code) => m.expressionChampInconnu(ou, code));
}

/** Values seen more than once, with their count, in first-seen order. */
export function doublons(valeurs: string[]): Map<string, number> {
  const compte = new Map<string, number>();
  for (const valeur of valeurs) compte.set(valeur, (compte.get(valeur) ?? 0) + 1);
  return new Map([...compte].filter(([, fois]) => fois > 1));
}
