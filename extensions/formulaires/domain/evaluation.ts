/**
 * What a form looks like for given values: which onglets, sections and fields are shown (display conditions), and
 * the values of the computed fields (calcul, âge). Conditions may read computed fields and computed fields may read
 * only what is shown, so both are worked out together until nothing changes.
 *
 * The same code runs on the server (authority) and in the portal (live feedback), so a hidden field is dropped
 * identically on both sides.
 */
import { calculerAge } from './champs';
import { arrondir } from './champs/nombres';
import {
  analyserExpressionMemo,
  enNombre,
  estVrai,
  evaluerExpression,
  referencesExpression,
  type EnvironnementExpression,
  type ValeurExpression,
} from './expression';
import {
  dispositionDeVue,
  type Champ,
  type ChampAge,
  type ChampCalcul,
  type Modele,
  type TypeProfil,
  type Valeur,
  type Vue,
} from './modele';
import { ordreDesCalculs } from './ordre-calculs';

export interface ContexteEvaluation {
  vue: Vue;
  profil?: TypeProfil;
  /** Today, ISO date: ages and `@aujourdhui` are computed at this date (time is a parameter in the domain). */
  aujourdhui: string;
}

export interface Visibilite {
  onglets: Set<string>;
  sections: Set<string>;
  champs: Set<string>;
}

export interface EtatFormulaire {
  visibilite: Visibilite;
  /** The input values of shown fields, plus the computed fields; hidden fields are absent. */
  valeurs: Record<string, Valeur>;
}

/** Conditions can chain (a field shown by a field shown by …); a model deeper than this is refused when saved. */
const PASSES_MAX = 8;

export function evaluerFormulaire(
  modele: Modele,
  valeurs: Readonly<Record<string, Valeur>>,
  contexte: ContexteEvaluation,
): EtatFormulaire {
  let etat = passe(modele, valeurs, contexte, null);
  const lus = codesLus(modele);
  for (let i = 1; i < PASSES_MAX; i++) {
    // Another pass can only change something if a hidden answer was read by a condition or a formula.
    if (!Object.keys(valeurs).some((code) => lus.has(code) && !etat.visibilite.champs.has(code))) return etat;
    const suivant = passe(modele, valeurs, contexte, etat.visibilite.champs);
    if (memesElements(suivant.visibilite, etat.visibilite)) return suivant;
    etat = suivant;
  }
  return etat;
}

/** Shown elements only, for pages that render a form. */
export function elementsVisibles(
  modele: Modele,
  vue: Vue,
  valeurs: Readonly<Record<string, Valeur>>,
  contexte: Omit<ContexteEvaluation, 'vue'>,
): Visibilite {
  return evaluerFormulaire(modele, valeurs, { ...contexte, vue }).visibilite;
}

/** One pass: computed fields from the values of the previously shown fields, then the conditions. */
function passe(
  modele: Modele,
  saisies: Readonly<Record<string, Valeur>>,
  contexte: ContexteEvaluation,
  champsVisibles: Set<string> | null,
): EtatFormulaire {
  const valeurs: Record<string, Valeur> = {};
  for (const [code, valeur] of Object.entries(saisies)) {
    if (champsVisibles === null || champsVisibles.has(code)) valeurs[code] = valeur;
  }
  for (const champ of ordreDesCalculs(modele)) {
    delete valeurs[champ.code];
    const calcule = valeurCalculee(champ, valeurs, contexte);
    if (calcule !== null) valeurs[champ.code] = calcule;
  }
  const visibilite = visibiliteDesElements(modele, environnement(valeurs, contexte), contexte.vue);
  for (const code of Object.keys(valeurs)) {
    if (!visibilite.champs.has(code)) delete valeurs[code];
  }
  return { visibilite, valeurs };
}

function visibiliteDesElements(modele: Modele, env: EnvironnementExpression, vue: Vue): Visibilite {
  const parCode = champsParCode(modele);
  const visibilite: Visibilite = { onglets: new Set(), sections: new Set(), champs: new Set() };
  for (const onglet of dispositionDeVue(modele, vue).onglets) {
    if (!conditionRemplie(onglet.condition, env)) continue;
    visibilite.onglets.add(onglet.code);
    for (const section of onglet.sections) {
      if (!conditionRemplie(section.condition, env)) continue;
      visibilite.sections.add(section.code);
      for (const code of section.lignes.flatMap((ligne) => ligne.champs)) {
        const champ = parCode.get(code);
        if (champ !== undefined && conditionRemplie(champ.condition, env)) visibilite.champs.add(code);
      }
    }
  }
  return visibilite;
}

/**
 * A condition that cannot be read or computed shows its element: asking a question too many is recoverable, silently
 * dropping an answer is not. Saved models never contain unreadable conditions (checked on save).
 */
export function conditionRemplie(source: string | undefined, env: EnvironnementExpression): boolean {
  if (source === undefined || source.trim() === '') return true;
  const analyse = analyserExpressionMemo(source);
  if (!analyse.ok) return true;
  const resultat = evaluerExpression(analyse.value, env);
  return resultat.ok ? estVrai(resultat.value) : true;
}

/** Evaluates a formula to a number, or null when it cannot be computed (empty operand, division by zero …). */
export function calculerFormule(source: string, env: EnvironnementExpression): number | null {
  const analyse = analyserExpressionMemo(source);
  if (!analyse.ok) return null;
  const resultat = evaluerExpression(analyse.value, env);
  // A formula may answer `nul` on purpose (« not computable yet »): that is an empty result, not 0.
  if (!resultat.ok || resultat.value === null || resultat.value === '') return null;
  const nombre = enNombre(resultat.value);
  return nombre !== null && Number.isFinite(nombre) ? nombre : null;
}

function valeurCalculee(
  champ: ChampCalcul | ChampAge,
  valeurs: Readonly<Record<string, Valeur>>,
  contexte: ContexteEvaluation,
): number | null {
  if (champ.type === 'age') {
    const date = valeurs[champ.champDate];
    return typeof date === 'string' ? calculerAge(date, contexte.aujourdhui) : null;
  }
  const resultat = calculerFormule(champ.formule, environnement(valeurs, contexte));
  return resultat === null ? null : arrondir(resultat, champ.decimales);
}

export function environnement(
  valeurs: Readonly<Record<string, Valeur>>,
  contexte: ContexteEvaluation,
): EnvironnementExpression {
  return {
    valeur: (code) => (Object.hasOwn(valeurs, code) ? versExpression(valeurs[code]) : undefined),
    variables: { profil: contexte.profil ?? null, aujourdhui: contexte.aujourdhui, vue: contexte.vue },
  };
}

/** Stored values are JSON (scalars, lists, address and connector objects, table rows): expression values already. */
function versExpression(valeur: Valeur | undefined): ValeurExpression | undefined {
  return valeur as ValeurExpression | undefined;
}

const cacheParCode = new WeakMap<Modele, Map<string, Champ>>();
const cacheLus = new WeakMap<Modele, Set<string>>();

/** Models are immutable once loaded: their lookups are computed once per model object. */
function champsParCode(modele: Modele): Map<string, Champ> {
  let parCode = cacheParCode.get(modele);
  if (parCode === undefined) {
    parCode = new Map(modele.champs.map((champ) => [champ.code, champ]));
    cacheParCode.set(modele, parCode);
  }
  return parCode;
}

/** Every field some condition (any view) or formula reads. */
function codesLus(modele: Modele): Set<string> {
  const connus = cacheLus.get(modele);
  if (connus !== undefined) return connus;
  const sources: string[] = [];
  for (const champ of modele.champs) {
    if (champ.condition !== undefined) sources.push(champ.condition);
    if (champ.type === 'calcul') sources.push(champ.formule);
  }
  for (const disposition of Object.values(modele.vues)) {
    for (const onglet of disposition?.onglets ?? []) {
      if (onglet.condition !== undefined) sources.push(onglet.condition);
      for (const section of onglet.sections) if (section.condition !== undefined) sources.push(section.condition);
    }
  }
  const lus = new Set<string>();
  for (const source of sources) {
    const analyse = analyserExpressionMemo(source);
    if (analyse.ok) for (const code of referencesExpression(analyse.value)) lus.add(code);
  }
  for (const champ of modele.champs) if (champ.type === 'age') lus.add(champ.champDate);
  cacheLus.set(modele, lus);
  return lus;
}

function memesElements(a: Visibilite, b: Visibilite): boolean {
  return memeEnsemble(a.champs, b.champs) && memeEnsemble(a.sections, b.sections) && memeEnsemble(a.onglets, b.onglets);
}

function memeEnsemble(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const element of a) if (!b.has(element)) return false;
  return true;
}
