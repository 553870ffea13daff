/**
 * The domain's checks of a guide (the same the server applies on save), run live in the editor, with each problem
 * placed on the item it concerns so the page can show it there and link to it from the error summary.
 * - Shape problems (zod) carry a path: étapes › statuts › transitions/actions › field → that field's control.
 * - Coherence problems are sentences naming codes « entre guillemets »: the first code that is a statut (or an
 *   étape) of the guide places it; a transition towards a missing statut goes to that transition's target control.
 */
import { problemesDeCoherence } from '../../../../domain/coherence-guide';
import type { Guide } from '../../../../domain/guide';
import { messageZodGuide, messagesGuide } from '../../../../domain/messages-guide';
import { schemaGuide } from '../../../../domain/schema-guide';

export interface ProblemeLocalise {
  message: string;
  /** DOM id of the control (or fieldset) to focus from the summary. */
  cible: string;
}

export interface Analyse {
  problemes: ProblemeLocalise[];
  /** control id → its first problem (shown under the control). */
  parControle: Map<string, string>;
  /** fieldset id (étape, statut) → problems shown at the top of the fieldset. */
  parElement: Map<string, string[]>;
}

/** DOM ids of the editor, shared by the components and this analysis. */
export const ids = {
  guide: 'guide',
  statutDepot: 'guide-statutDepot',
  etape: (e: number) => `etape-${e}`,
  statut: (e: number, s: number) => `etape-${e}-statut-${s}`,
  transition: (e: number, s: number, t: number) => `etape-${e}-statut-${s}-transition-${t}`,
  action: (e: number, s: number, a: number) => `etape-${e}-statut-${s}-action-${a}`,
  controle: (element: string, champ: string) => `${element}-${champ}`,
};

const SEGMENTS: Record<string, string> = { transitions: 'transition', actions: 'action' };
/** Keys that are lists of items, not controls: a problem on the list itself (« au moins un statut ») goes to the fieldset. */
const LISTES = new Set(['etapes', 'statuts', 'transitions', 'actions']);

/** ['etapes', 0, 'statuts', 1, 'actions', 2, 'url'] → { element: 'etape-0-statut-1-action-2', champ: 'url' }. */
function placerChemin(chemin: readonly PropertyKey[]): { element: string; champ: string | null; fieldset: string } {
  let element = ids.guide;
  let fieldset = ids.guide;
  let champ: string | null = null;
  for (let i = 0; i < chemin.length; i += 1) {
    const cle = chemin[i];
    const index = chemin[i + 1];
    if (cle === 'etapes' && typeof index === 'number') {
      element = ids.etape(index);
      fieldset = element;
      i += 1;
    } else if (cle === 'statuts' && typeof index === 'number') {
      element = `${element}-statut-${index}`;
      fieldset = element;
      i += 1;
    } else if (typeof cle === 'string' && SEGMENTS[cle] && typeof index === 'number') {
      element = `${element}-${SEGMENTS[cle]}-${index}`;
      i += 1;
    } else {
      // The first key after the element names the control (« delai » for delai.jours, « destinataires » for one of them).
      if (typeof cle === 'string' && !LISTES.has(cle)) champ = cle;
      break;
    }
  }
  return { element, champ, fieldset };
}

function codesCites(message: string): string[] {
  return [...message.matchAll(/«\u00A0(.+?)\u00A0»/g)].map((m) => m[1] ?? '');
}

function placerCoherence(guide: Guide, message: string): { cible: string; fieldset: string; controle?: string } {
  const codes = codesCites(message);
  for (const code of codes) {
    for (const [e, etape] of guide.etapes.entries()) {
      const s = etape.statuts.findIndex((statut) => statut.code === code);
      if (s < 0) continue;
      const statut = ids.statut(e, s);
      const t = etape.statuts[s]!.transitions.findIndex((tr) => codes.slice(1).includes(tr.vers));
      if (t >= 0 && message.includes('transition')) {
        const controle = ids.controle(ids.transition(e, s, t), 'vers');
        return { cible: controle, fieldset: statut, controle };
      }
      return { cible: statut, fieldset: statut };
    }
    const e = guide.etapes.findIndex((etape) => etape.code === code);
    if (e >= 0) return { cible: ids.etape(e), fieldset: ids.etape(e) };
  }
  if (message === messagesGuide.sansCloture) return { cible: ids.guide, fieldset: ids.guide };
  return { cible: ids.statutDepot, fieldset: ids.guide, controle: ids.statutDepot };
}

export function analyserGuide(guide: Guide): Analyse {
  const problemes: ProblemeLocalise[] = [];
  const parControle = new Map<string, string>();
  const parElement = new Map<string, string[]>();
  const ajouter = (message: string, cible: string, fieldset: string, controle?: string) => {
    problemes.push({ message, cible });
    if (controle && !parControle.has(controle)) parControle.set(controle, message);
    else parElement.set(fieldset, [...(parElement.get(fieldset) ?? []), message]);
  };

  const analyse = schemaGuide.safeParse(guide, { error: messageZodGuide });
  if (!analyse.success) {
    for (const issue of analyse.error.issues) {
      const { element, champ, fieldset } = placerChemin(issue.path);
      const controle = champ ? ids.controle(element, champ) : undefined;
      ajouter(issue.message, controle ?? element, fieldset, controle);
    }
    return { problemes, parControle, parElement };
  }
  for (const message of problemesDeCoherence(analyse.data)) {
    const { cible, fieldset, controle } = placerCoherence(analyse.data, message);
    ajouter(message, cible, fieldset, controle);
  }
  return { problemes, parControle, parElement };
}
