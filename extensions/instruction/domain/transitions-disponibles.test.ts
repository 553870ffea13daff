import type { DossierInstruction } from './dossier';
import { unDossier, unDossierAuStatut, unGuide } from './testing/builders';
import { transitionsDisponibles, type TransitionDisponible } from './transitions-disponibles';

describe('transitionsDisponibles', () => {
  it.each<[string, DossierInstruction, TransitionDisponible[]]>([
    ['a draft offers nothing', unDossier(), []],
    [
      'button labels from the guide, or the target statut’s libellé',
      unDossierAuStatut('recu'),
      [
        { vers: 'en_instruction', libelle: 'Prendre en charge' },
        { vers: 'irrecevable', libelle: 'Irrecevable' },
      ],
    ],
    [
      'in the guide’s order',
      unDossierAuStatut('en_instruction'),
      [
        { vers: 'incomplet', libelle: 'Demander des compléments' },
        { vers: 'attente_commission', libelle: 'Présenter en commission' },
        { vers: 'refuse', libelle: 'Refusé' },
      ],
    ],
    ['a closed dossier offers nothing', unDossierAuStatut('accepte'), []],
    [
      'a statut unknown to the guide offers nothing',
      unDossier({ etat: 'depose', statut: 'ancien', etape: 'instruction' }),
      [],
    ],
  ])('%s', (_cas, dossier, attendu) => {
    expect(transitionsDisponibles(unGuide(), dossier)).toEqual(attendu);
  });

  it('leaves out a target that is missing from the guide rather than showing a button that would fail', () => {
    const guide = unGuide();
    guide.etapes[0]?.statuts[0]?.transitions.push({ vers: 'supprime', libelle: 'Fantôme' });
    expect(transitionsDisponibles(guide, unDossierAuStatut('recu', {}, guide)).map((t) => t.vers)).toEqual([
      'en_instruction',
      'irrecevable',
    ]);
  });
});
