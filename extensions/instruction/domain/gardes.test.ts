import type { Acteur, DossierInstruction } from './dossier';
import type { CodeErreurDomaine } from './erreurs';
import type { Droit } from './guide';
import { leSysteme, lisible, unAgent } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';
import { transition } from './transition';
import { transitionsDisponibles } from './transitions-disponibles';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const guide = unGuideRiche();
const INSTRUIRE: Droit[] = ['instruire'];
const DECIDER: Droit[] = ['decider'];
const TOUS: Droit[] = ['instruire', 'decider'];

function tenter(dossier: DossierInstruction, vers: string, acteur: Acteur, droits?: readonly Droit[]) {
  return transition(guide, dossier, { type: 'changer_statut', vers }, { now: NOW, acteur, droits });
}

describe('guards: who may fire a transition', () => {
  it.each<[string, string, string, Acteur, readonly Droit[] | undefined]>([
    [
      'an instructor takes the dossier in hand (default right: instruire)',
      'recu',
      'en_instruction',
      unAgent(),
      INSTRUIRE,
    ],
    ['a decider refuses', 'en_instruction', 'refuse', unAgent(), DECIDER],
    ['an agent with both rights accepts after the commission', 'attente_commission', 'accepte', unAgent(), TOUS],
    ['a transition open to instruire OR decider, fired by a decider', 'accepte', 'paye', unAgent(), DECIDER],
    ['the same, fired by an instructor', 'accepte', 'paye', unAgent(), INSTRUIRE],
    ['a connector moves to a statut hidden from agents', 'recu', 'doublon', leSysteme(), undefined],
    ['a connector needs no right, even for a decision', 'attente_commission', 'refuse', leSysteme(), []],
    [
      'rights not computed by the caller are not checked (legacy callers)',
      'en_instruction',
      'refuse',
      unAgent(),
      undefined,
    ],
  ])('allows: %s', (_cas, de, vers, acteur, droits) => {
    const resultat = tenter(auStatutRiche(de), vers, acteur, droits);
    expect(resultat.ok && resultat.value.dossier.statut).toBe(vers);
  });

  it.each<[string, string, string, Acteur, readonly Droit[] | undefined, CodeErreurDomaine, string]>([
    [
      'an instructor deciding',
      'en_instruction',
      'refuse',
      unAgent(),
      INSTRUIRE,
      'DROITS_INSUFFISANTS',
      'Passer le dossier 2026-000042 au statut « Refusé » demande le droit « décider » sur ce dispositif.',
    ],
    [
      'a decider without the instruire right on a default transition',
      'recu',
      'en_instruction',
      unAgent(),
      DECIDER,
      'DROITS_INSUFFISANTS',
      'Passer le dossier 2026-000042 au statut « En instruction » demande le droit « instruire » sur ce dispositif.',
    ],
    [
      'an agent without any right',
      'accepte',
      'paye',
      unAgent(),
      [],
      'DROITS_INSUFFISANTS',
      'Passer le dossier 2026-000042 au statut « Payé » demande le droit « instruire » ou « décider » sur ce dispositif.',
    ],
    [
      'an agent reaching a statut reserved to connectors, whatever their rights',
      'recu',
      'doublon',
      unAgent(),
      TOUS,
      'STATUT_RESERVE_CONNECTEURS',
      'Le statut « Doublon détecté » est réservé aux connecteurs : un agent ne peut pas y placer le dossier 2026-000042.',
    ],
    [
      'a transition the statut does not offer is reported as such before any right',
      'recu',
      'accepte',
      unAgent(),
      [],
      'TRANSITION_NON_AUTORISEE',
      'Le dossier 2026-000042 ne peut pas passer du statut « Reçu » au statut « Accepté ».',
    ],
    [
      'a connector still follows the guide’s transitions',
      'recu',
      'paye',
      leSysteme(),
      undefined,
      'TRANSITION_NON_AUTORISEE',
      'Le dossier 2026-000042 ne peut pas passer du statut « Reçu » au statut « Payé ».',
    ],
  ])('refuses: %s', (_cas, de, vers, acteur, droits, code, message) => {
    const resultat = tenter(auStatutRiche(de), vers, acteur, droits);
    expect(resultat.ok ? null : { code: resultat.error.code, message: lisible(resultat.error.message) }).toEqual({
      code,
      message,
    });
  });
});

describe('transitionsDisponibles: the buttons of one agent', () => {
  it.each<[string, string, readonly Droit[] | undefined, string[]]>([
    ['hides the statut reserved to connectors', 'recu', undefined, ['en_instruction', 'irrecevable']],
    ['an instructor does not see decisions', 'recu', INSTRUIRE, ['en_instruction']],
    ['a decider sees only decisions', 'recu', DECIDER, ['irrecevable']],
    [
      'an agent with both rights sees every button',
      'en_instruction',
      TOUS,
      ['incomplet', 'attente_commission', 'dispense_commission', 'suspendu', 'refuse'],
    ],
    ['no right, no button', 'en_instruction', [], []],
    ['a transition open to either right', 'accepte', DECIDER, ['paye']],
  ])('%s', (_cas, statut, droits, attendu) => {
    expect(transitionsDisponibles(guide, auStatutRiche(statut), droits).map((t) => t.vers)).toEqual(attendu);
  });

  it('shows renamed buttons', () => {
    expect(transitionsDisponibles(guide, auStatutRiche('en_instruction'), TOUS).slice(0, 3)).toEqual([
      { vers: 'incomplet', libelle: 'Demander des compléments' },
      { vers: 'attente_commission', libelle: 'Présenter en commission' },
      { vers: 'dispense_commission', libelle: 'Dispenser de commission' },
    ]);
  });

  it('every button shown is a transition the same agent can fire', () => {
    for (const droits of [INSTRUIRE, DECIDER, TOUS, []]) {
      for (const statut of guide.etapes.flatMap((e) => e.statuts)) {
        if (statut.cloture) continue;
        const dossier = auStatutRiche(statut.code);
        const offertes = transitionsDisponibles(guide, dossier, droits).map((t) => t.vers);
        const permises = statut.transitions
          .map((t) => t.vers)
          .filter((vers) => tenter(dossier, vers, unAgent(), droits).ok);
        expect({ statut: statut.code, droits, offertes }).toEqual({ statut: statut.code, droits, offertes: permises });
      }
    }
  });
});
