import type { DossierInstruction } from './dossier';
import { bilanEnMasse, transitionEnMasse } from './en-masse';
import { copie, leSysteme, unAgent, unDossier } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const guide = unGuideRiche();
const numero = (id: number) => `2026-${String(id).padStart(6, '0')}`;
const au = (id: number, statut: string): DossierInstruction => auStatutRiche(statut, { id, numero: numero(id) });

describe('transitionEnMasse: one event, one Result per dossier', () => {
  const selection = [
    au(1, 'en_instruction'),
    au(2, 'attente_commission'),
    au(3, 'refuse'),
    unDossier({ id: 4, numero: numero(4) }),
    au(5, 'en_instruction'),
    au(1, 'en_instruction'),
  ];

  it('moves those that can, refuses the others alone, in the selection’s order', () => {
    const resultats = transitionEnMasse(
      guide,
      selection,
      { type: 'changer_statut', vers: 'refuse' },
      {
        now: NOW,
        acteur: unAgent(),
        droits: ['decider'],
      },
    );
    expect(
      resultats.map((r) => [r.id, r.resultat.ok ? r.resultat.value.dossier.statut : r.resultat.error.code]),
    ).toEqual([
      [1, 'refuse'],
      [2, 'refuse'],
      [3, 'DOSSIER_CLOTURE'],
      [4, 'DOSSIER_NON_DEPOSE'],
      [5, 'refuse'],
      [1, 'DOSSIER_EN_DOUBLE'],
    ]);
    expect(bilanEnMasse(resultats)).toEqual({
      reussis: 3,
      echecs: 3,
      parCode: { DOSSIER_CLOTURE: 1, DOSSIER_NON_DEPOSE: 1, DOSSIER_EN_DOUBLE: 1 },
    });
  });

  it('each success carries its own history line and effects, tagged with its dossier', () => {
    const [premier, , , , cinquieme] = transitionEnMasse(
      guide,
      selection,
      { type: 'changer_statut', vers: 'refuse' },
      {
        now: NOW,
        acteur: unAgent(),
      },
    );
    for (const [r, id] of [
      [premier, 1],
      [cinquieme, 5],
    ] as const) {
      if (!r?.resultat.ok) throw new Error('succès attendu');
      expect(r.resultat.value.changement).toMatchObject({ de: 'en_instruction', vers: 'refuse', date: NOW });
      expect(r.resultat.value.effets.map((e) => [e.type, e.dossierId])).toEqual([
        ['courriel', id],
        ['webhook', id],
      ]);
    }
  });

  it('rights apply to every dossier: an instructor cannot refuse in bulk', () => {
    const resultats = transitionEnMasse(
      guide,
      [au(1, 'en_instruction'), au(2, 'en_instruction')],
      {
        type: 'changer_statut',
        vers: 'refuse',
      },
      { now: NOW, acteur: unAgent(), droits: ['instruire'] },
    );
    expect(bilanEnMasse(resultats)).toEqual({ reussis: 0, echecs: 2, parCode: { DROITS_INSUFFISANTS: 2 } });
  });

  it('bulk corrections, e.g. after a commission, each journaled with the motif', () => {
    const resultats = transitionEnMasse(
      guide,
      [au(1, 'attente_commission'), au(2, 'accepte')],
      {
        type: 'corriger',
        vers: 'accepte',
        motif: 'Décision de la commission du 12 mars',
        executerActions: true,
      },
      { now: NOW, acteur: unAgent(), droits: ['decider'] },
    );
    expect(resultats.map((r) => (r.resultat.ok ? r.resultat.value.changement.motif : r.resultat.error.code))).toEqual([
      'Décision de la commission du 12 mars',
      'CORRECTION_SANS_CHANGEMENT',
    ]);
  });

  it('a connector in bulk still follows the guide', () => {
    const resultats = transitionEnMasse(
      guide,
      [au(1, 'recu'), au(2, 'en_instruction')],
      {
        type: 'changer_statut',
        vers: 'doublon',
      },
      { now: NOW, acteur: leSysteme() },
    );
    expect(bilanEnMasse(resultats)).toEqual({ reussis: 1, echecs: 1, parCode: { TRANSITION_NON_AUTORISEE: 1 } });
  });

  it('never mutates the selection, and handles an empty one', () => {
    const avant = copie(selection);
    transitionEnMasse(guide, selection, { type: 'changer_statut', vers: 'refuse' }, { now: NOW, acteur: unAgent() });
    expect(selection).toEqual(avant);
    expect(
      transitionEnMasse(guide, [], { type: 'changer_statut', vers: 'refuse' }, { now: NOW, acteur: unAgent() }),
    ).toEqual([]);
  });

  // A guard against quadratic work on large selections, not a benchmark (bench/ measures the adapter end to end).
  it('decides 10,000 dossiers in one call', () => {
    const modele = au(0, 'attente_commission');
    const beaucoup = Array.from({ length: 10_000 }, (_, i) => ({ ...modele, id: i + 1, numero: numero(i + 1) }));
    const debut = Date.now();
    const resultats = transitionEnMasse(
      guide,
      beaucoup,
      { type: 'changer_statut', vers: 'accepte' },
      {
        now: NOW,
        acteur: unAgent(),
        droits: ['decider'],
      },
    );
    expect(bilanEnMasse(resultats).reussis).toBe(10_000);
    expect(Date.now() - debut).toBeLessThan(5000);
  });
});
