import type { Guide, Statut } from './guide';
import { validerGuide } from './schema-guide';
import { copie, lisible, unGuide } from './testing/builders';
import { unGuideRiche } from './testing/guide-riche';

function verdict(guide: unknown): string[] {
  const resultat = validerGuide(guide);
  return resultat.ok ? [] : resultat.error.map(lisible);
}

function modifie(modifier: (guide: Guide, statut: (code: string) => Statut) => void, base = unGuideRiche()): Guide {
  const guide = copie(base);
  const statut = (code: string): Statut => {
    const trouve = guide.etapes.flatMap((e) => e.statuts).find((s) => s.code === code);
    if (!trouve) throw new Error(`statut absent : ${code}`);
    return trouve;
  };
  modifier(guide, statut);
  return guide;
}

describe('guide configuration: new keys', () => {
  it('accepts the rich guide as it is, and returns it unchanged', () => {
    expect(validerGuide(unGuideRiche())).toEqual({ ok: true, value: unGuideRiche() });
  });

  it('keeps old guides valid: every new key is optional', () => {
    expect(validerGuide(unGuide()).ok).toBe(true);
  });

  it.each<[string, (g: Guide, s: (code: string) => Statut) => void, string[]]>([
    [
      'a colour name instead of a hex value',
      (_g, s) => Object.assign(s('recu'), { couleur: 'bleu' }),
      ['étape 1 › statut 1 › couleur : couleur attendue au format hexadécimal, par exemple « #1F6FEB »'],
    ],
    [
      'an icon outside the list',
      (_g, s) => Object.assign(s('recu'), { icone: 'licorne' }),
      [
        'étape 1 › statut 1 › icone : icône inconnue (attendu : horloge, loupe, coche, validation, croix, refus, pause, alerte, information, courriel, message, document, dossier, archive, personne, cadenas, fleche, retour, etoile, calendrier)',
      ],
    ],
    [
      'a délai of 0 days',
      (g) => Object.assign(g.etapes[0]!, { delai: { jours: 0, ouvres: true } }),
      ['étape 1 › delai › jours : nombre entier de jours attendu, entre 1 et 999'],
    ],
    [
      'a délai of 2.5 days',
      (g) => Object.assign(g.etapes[0]!, { delai: { jours: 2.5, ouvres: false } }),
      ['étape 1 › delai › jours : nombre entier de jours attendu, entre 1 et 999'],
    ],
    [
      'a délai without its unit',
      (g) => Object.assign(g.etapes[0]!, { delai: { jours: 5 } }),
      ['étape 1 › delai › ouvres : valeur manquante'],
    ],
    [
      'an unknown right on a transition',
      (_g, s) => Object.assign(s('recu').transitions[0]!, { droits: ['configurer'] }),
      ['étape 1 › statut 1 › transition 1 › droit 1 : droit inconnu (attendu : instruire, decider)'],
    ],
    [
      'an empty list of rights',
      (_g, s) => Object.assign(s('recu').transitions[0]!, { droits: [] }),
      [
        'étape 1 › statut 1 › transition 1 › droits : indiquez au moins un droit, ou retirez la liste pour garder le droit « instruire »',
      ],
    ],
    [
      'a button label of 81 characters',
      (_g, s) => Object.assign(s('recu').transitions[0]!, { libelle: 'x'.repeat(81) }),
      ['étape 1 › statut 1 › transition 1 › libelle : texte trop long (80 caractères au plus)'],
    ],
    [
      'masqueAgents as text',
      (_g, s) => Object.assign(s('doublon'), { masqueAgents: 'oui' }),
      ['étape 1 › statut 2 › masqueAgents : valeur de type vrai/faux attendue'],
    ],
  ])('refuses %s', (_cas, modifier, attendu) => {
    expect(verdict(modifie(modifier))).toEqual(attendu);
  });
});

describe('guide coherence: rules between elements', () => {
  it.each<[string, (g: Guide, s: (code: string) => Statut) => void, string[]]>([
    [
      'a closing statut offering transitions',
      (_g, s) => s('refuse').transitions.push({ vers: 'en_instruction' }),
      ['Le statut « refuse » clôture le dossier : il ne peut proposer aucune transition.'],
    ],
    [
      'a skip towards an étape that does not exist',
      (_g, s) => (s('dispense_commission').actions[1] = { type: 'sauter_etapes', vers: 'comite' }),
      ['Le statut « dispense_commission » saute des étapes jusqu’à « comite », qui n’est pas une étape du guide.'],
    ],
    [
      'a skip backwards',
      (_g, s) => (s('dispense_commission').actions[1] = { type: 'sauter_etapes', vers: 'depot' }),
      [
        'Le statut « dispense_commission » (étape « instruction ») saute des étapes jusqu’à « depot », qui ne vient pas après son étape : on ne saute qu’en avant.',
      ],
    ],
    [
      'a skip to its own étape',
      (_g, s) => (s('dispense_commission').actions[1] = { type: 'sauter_etapes', vers: 'instruction' }),
      [
        'Le statut « dispense_commission » (étape « instruction ») saute des étapes jusqu’à « instruction », qui ne vient pas après son étape : on ne saute qu’en avant.',
      ],
    ],
    [
      'two skips in one statut',
      (_g, s) => s('dispense_commission').actions.push({ type: 'sauter_etapes', vers: 'paiement' }),
      ['Le statut « dispense_commission » contient plusieurs actions « sauter des étapes » : gardez-en une seule.'],
    ],
    [
      'a duplicate detection towards a missing statut',
      (_g, s) =>
        (s('recu').actions[2] = { type: 'detecter_doublon', critere: 'beneficiaire', statutSiDoublon: 'double' }),
      ['Le statut « recu » détecte les doublons et les place au statut « double », qui n’existe dans aucune étape.'],
    ],
    [
      'a duplicate detection towards a statut the statut does not lead to',
      (_g, s) => (s('recu').transitions = s('recu').transitions.filter((t) => t.vers !== 'doublon')),
      [
        'Le statut « recu » place les doublons au statut « doublon » : il doit proposer la transition vers ce statut, que le serveur emprunte comme un connecteur.',
      ],
    ],
    [
      'the same field set twice in one action',
      (_g, s) =>
        (s('dispense_commission').actions[0] = {
          type: 'modifier_champs',
          champs: [
            { champ: 'montant', valeur: 1 },
            { champ: 'montant', valeur: 2 },
          ],
        }),
      ['Le statut « dispense_commission » modifie plusieurs fois le champ « montant » dans la même action.'],
    ],
    [
      'the same right twice',
      (_g, s) => (s('accepte').transitions[0]!.droits = ['decider', 'decider']),
      ['La transition du statut « accepte » vers « paye » cite plusieurs fois le même droit.'],
    ],
  ])('reports %s', (_cas, modifier, attendu) => {
    expect(verdict(modifie(modifier))).toEqual(attendu);
  });
});
