/**
 * Rules linking the elements of a well-formed guide: unique codes, transitions and skips towards elements that
 * exist, a way to close. Each problem is a sentence naming the étapes and statuts concerned.
 */
import type { Action } from './action';
import type { Etape, Guide, Statut } from './guide';
import { messagesGuide as m } from './messages-guide';

export function problemesDeCoherence(guide: Guide): string[] {
  const problemes: string[] = [];

  for (const [codeEtape, occurrences] of regrouper(guide.etapes.map((etape) => [etape.code, etape.code]))) {
    if (occurrences.length > 1) problemes.push(m.etapeEnDouble(codeEtape, occurrences.length));
  }

  const statuts = guide.etapes.flatMap((etape, index) => etape.statuts.map((statut) => ({ statut, etape, index })));
  const etapesParStatut = regrouper(statuts.map(({ statut, etape }) => [statut.code, etape.code]));
  for (const [codeStatut, etapes] of etapesParStatut) {
    if (etapes.length > 1) problemes.push(m.statutEnDouble(codeStatut, etapes));
  }

  if (!etapesParStatut.has(guide.statutDepot)) problemes.push(m.statutDepotInconnu(guide.statutDepot));

  const existe = (code: string): boolean => etapesParStatut.has(code);
  for (const { statut, etape, index } of statuts) {
    problemes.push(...problemesDesTransitions(statut, existe));
    problemes.push(...problemesDesActions(guide.etapes, statut, etape, index, existe));
  }

  if (!statuts.some(({ statut }) => statut.cloture)) problemes.push(m.sansCloture);
  return problemes;
}

function problemesDesTransitions(statut: Statut, existe: (code: string) => boolean): string[] {
  const problemes: string[] = [];
  if (statut.cloture && statut.transitions.length > 0) problemes.push(m.clotureAvecTransitions(statut.code));
  const vus = new Set<string>();
  for (const { vers, droits } of statut.transitions) {
    if (!existe(vers)) problemes.push(m.cibleInconnue(statut.code, vers));
    if (vus.has(vers)) problemes.push(m.transitionEnDouble(statut.code, vers));
    if (droits && new Set(droits).size < droits.length) problemes.push(m.droitEnDouble(statut.code, vers));
    vus.add(vers);
  }
  return problemes;
}

function problemesDesActions(
  etapes: Etape[],
  statut: Statut,
  etape: Etape,
  index: number,
  existe: (code: string) => boolean,
): string[] {
  const problemes: string[] = [];
  const sauts = statut.actions.filter(
    (a): a is Extract<Action, { type: 'sauter_etapes' }> => a.type === 'sauter_etapes',
  );
  if (sauts.length > 1) problemes.push(m.plusieursSauts(statut.code));
  for (const saut of sauts) {
    const cible = etapes.findIndex((candidate) => candidate.code === saut.vers);
    if (cible < 0) problemes.push(m.sautVersEtapeInconnue(statut.code, saut.vers));
    else if (cible <= index) problemes.push(m.sautVersEtapeNonPosterieure(statut.code, etape.code, saut.vers));
  }
  for (const action of statut.actions) {
    if (action.type === 'detecter_doublon' && action.statutSiDoublon !== undefined) {
      const cible = action.statutSiDoublon;
      if (!existe(cible)) problemes.push(m.statutDoublonInconnu(statut.code, cible));
      // The server moves a duplicate as a connector, along the guide: the transition must be there.
      else if (!statut.transitions.some((t) => t.vers === cible))
        problemes.push(m.doublonSansTransition(statut.code, cible));
    }
    if (action.type === 'modifier_champs') {
      for (const [champ, fois] of regrouper(action.champs.map((c) => [c.champ, c.champ]))) {
        if (fois.length > 1) problemes.push(m.champModifieEnDouble(statut.code, champ));
      }
    }
  }
  return problemes;
}

/** key → values in first-seen order. */
function regrouper(paires: Array<[string, string]>): Map<string, string[]> {
  const groupes = new Map<string, string[]>();
  for (const [cle, valeur] of paires) groupes.set(cle, [...(groupes.get(cle) ?? []), valeur]);
  return groupes;
}
