/**
 * Evaluates a parsed expression: a plain walk over the tree. Parsing bounds the nesting and the language has no
 * loops, so evaluation always terminates; no node allocates beyond the values it produces (argument lists, lists).
 * Errors unwind through an exception private to this module, so the hot path returns bare values instead of
 * wrapping every intermediate result.
 */
import { err, ok, type Result } from '../result';
import type { Expression, OperateurArithmetique } from './ast';
import { comparer, dans, egal } from './comparaisons';
import { valeurDeVariable, valeurDuChamp, type EnvironnementExpression } from './environnement';
import { aritesAttendues, definitionFonction, FONCTIONS_EXPRESSION } from './fonctions';
import { entreGuillemets, erreurs, type ErreurExpression } from './messages';
import { enNombre, enTexte, estObjet, estVrai, normaliserValeur, sansArtefact, type ValeurExpression } from './valeurs';

class EchecEvaluation {
  constructor(readonly erreur: ErreurExpression) {}
}

/** A value as an error message names it: long texts are cut, lists and objects are named by what they are. */
function decrire(valeur: ValeurExpression): string {
  if (Array.isArray(valeur)) return 'une liste (utilisez somme, min, max ou moyenne)';
  if (estObjet(valeur)) return 'un objet';
  const texte = enTexte(valeur);
  return entreGuillemets(texte.length > 40 ? `${texte.slice(0, 40)}…` : texte);
}

function nombreOuEchec(valeur: ValeurExpression, operateur: string, position: number): number {
  const nombre = enNombre(valeur);
  if (nombre === null) throw new EchecEvaluation(erreurs.pasUnNombre(decrire(valeur), operateur, position));
  return nombre;
}

/** A text that is not a number makes `+` concatenate ("" is a number here: an unfilled field adds nothing). */
function estTexteNonNumerique(valeur: ValeurExpression): boolean {
  return typeof valeur === 'string' && enNombre(valeur) === null;
}

function calculer(
  operateur: OperateurArithmetique,
  gauche: ValeurExpression,
  droite: ValeurExpression,
  position: number,
): ValeurExpression {
  if (operateur === '+' && (estTexteNonNumerique(gauche) || estTexteNonNumerique(droite))) {
    return enTexte(gauche) + enTexte(droite);
  }
  const a = nombreOuEchec(gauche, operateur, position);
  const b = nombreOuEchec(droite, operateur, position);
  let resultat: number;
  switch (operateur) {
    case '+':
      resultat = a + b;
      break;
    case '-':
      resultat = a - b;
      break;
    case '*':
      resultat = a * b;
      break;
    case '/':
    case '%':
      if (b === 0) throw new EchecEvaluation(erreurs.divisionParZero(position));
      resultat = operateur === '/' ? a / b : a % b;
      break;
  }
  if (!Number.isFinite(resultat)) throw new EchecEvaluation(erreurs.resultatHorsLimites(position));
  return sansArtefact(resultat);
}

/**
 * `tableau.colonne` on a list of rows gives the column's values (an empty cell is nul); `objet.cle` gives an OWN
 * property only, so `x.constructor` or `x.__proto__` never reach a prototype. Anything else gives nul.
 */
function propriete(objet: ValeurExpression, cle: string): ValeurExpression {
  if (Array.isArray(objet)) {
    return objet.map((ligne) => (estObjet(ligne) && Object.hasOwn(ligne, cle) ? normaliserValeur(ligne[cle]) : null));
  }
  return estObjet(objet) && Object.hasOwn(objet, cle) ? normaliserValeur(objet[cle]) : null;
}

function appeler(noeud: Extract<Expression, { type: 'appel' }>, env: EnvironnementExpression): ValeurExpression {
  const definition = definitionFonction(noeud.fonction);
  // The parser refuses these; a tree built by hand may not have gone through it.
  if (definition === undefined) {
    throw new EchecEvaluation(erreurs.fonctionInconnue(noeud.fonction, FONCTIONS_EXPRESSION, noeud.position));
  }
  const args = noeud.arguments;
  if (args.length < definition.min || args.length > definition.max) {
    throw new EchecEvaluation(
      erreurs.arite(definition.signature, aritesAttendues(definition), args.length, noeud.position),
    );
  }
  if (definition.nature === 'conditionnelle') {
    // Only the chosen branch runs: `si(b = 0, 0, a / b)` must not divide by zero.
    const [condition, alors, sinon] = args;
    const branche = condition !== undefined && estVrai(evaluer(condition, env)) ? alors : sinon;
    return branche === undefined ? null : evaluer(branche, env);
  }
  return definition.appliquer(
    args.map((argument) => evaluer(argument, env)),
    env,
  );
}

function evaluer(noeud: Expression, env: EnvironnementExpression): ValeurExpression {
  switch (noeud.type) {
    case 'litteral':
      return noeud.valeur;
    case 'liste':
      return noeud.elements.map((element) => evaluer(element, env));
    case 'champ':
      return valeurDuChamp(env, noeud.code);
    case 'variable': {
      const valeur = valeurDeVariable(env, noeud.nom);
      if (valeur === undefined) throw new EchecEvaluation(erreurs.variableNonFournie(noeud.nom, noeud.position));
      return valeur;
    }
    case 'membre':
      return propriete(evaluer(noeud.objet, env), noeud.propriete);
    case 'appel':
      return appeler(noeud, env);
    case 'non':
      return !estVrai(evaluer(noeud.operande, env));
    case 'oppose': {
      const nombre = nombreOuEchec(evaluer(noeud.operande, env), '-', noeud.position);
      return nombre === 0 ? 0 : -nombre;
    }
    case 'logique': {
      // Short-circuit: `b != 0 et a / b > 2` never divides by zero.
      const gauche = estVrai(evaluer(noeud.gauche, env));
      if (noeud.operateur === 'et' ? !gauche : gauche) return gauche;
      return estVrai(evaluer(noeud.droite, env));
    }
    case 'comparaison': {
      const gauche = evaluer(noeud.gauche, env);
      const droite = evaluer(noeud.droite, env);
      switch (noeud.operateur) {
        case '=':
          return egal(gauche, droite);
        case '!=':
          return !egal(gauche, droite);
        case 'dans':
          return dans(gauche, droite);
        default:
          return comparer(gauche, droite, noeud.operateur);
      }
    }
    case 'arithmetique':
      return calculer(noeud.operateur, evaluer(noeud.gauche, env), evaluer(noeud.droite, env), noeud.position);
  }
}

/** Evaluates a parsed expression; failures (division by zero, a text in a product…) are values, not exceptions. */
export function evaluerExpression(
  expression: Expression,
  env: EnvironnementExpression,
): Result<ValeurExpression, ErreurExpression> {
  try {
    return ok(evaluer(expression, env));
  } catch (echec) {
    if (echec instanceof EchecEvaluation) return err(echec.erreur);
    throw echec;
  }
}
