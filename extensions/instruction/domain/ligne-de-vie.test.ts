import type { DossierInstruction } from './dossier';
import { ligneDeVie, statutPourUsager, type EtatEtape } from './ligne-de-vie';
import { unDossier, unDossierAuStatut, unGuide } from './testing/builders';

describe('ligneDeVie', () => {
  it.each<[string, DossierInstruction, [EtatEtape, EtatEtape, EtatEtape]]>([
    ['a draft has started no étape', unDossier(), ['a_venir', 'a_venir', 'a_venir']],
    ['just submitted', unDossierAuStatut('recu'), ['en_cours', 'a_venir', 'a_venir']],
    ['in instruction', unDossierAuStatut('en_instruction'), ['passee', 'en_cours', 'a_venir']],
    ['at an internal statut', unDossierAuStatut('attente_commission'), ['passee', 'en_cours', 'a_venir']],
    ['closed by a decision', unDossierAuStatut('accepte'), ['passee', 'passee', 'passee']],
    [
      'the statut decides the étape, not a stale stored étape',
      unDossierAuStatut('en_instruction', { etape: 'depot' }),
      ['passee', 'en_cours', 'a_venir'],
    ],
    [
      'falls back on the stored étape when the guide no longer knows the statut',
      unDossier({ etat: 'depose', statut: 'ancien', etape: 'instruction' }),
      ['passee', 'en_cours', 'a_venir'],
    ],
    [
      'knows nothing: every étape is to come',
      unDossier({ etat: 'depose', statut: 'ancien', etape: 'ancienne' }),
      ['a_venir', 'a_venir', 'a_venir'],
    ],
  ])('%s', (_cas, dossier, etats) => {
    expect(ligneDeVie(unGuide(), dossier)).toEqual([
      { code: 'depot', libelle: 'Dépôt', etat: etats[0] },
      { code: 'instruction', libelle: 'Instruction', etat: etats[1] },
      { code: 'decision', libelle: 'Décision', etat: etats[2] },
    ]);
  });

  it('a dossier closed before the last étape leaves the later étapes to come', () => {
    const guide = unGuide();
    guide.etapes.push({
      code: 'paiement',
      libelle: 'Paiement',
      statuts: [{ code: 'paye', libelle: 'Payé', visibleUsager: true, cloture: true, transitions: [], actions: [] }],
    });
    expect(ligneDeVie(guide, unDossierAuStatut('refuse', {}, guide)).map((e) => e.etat)).toEqual([
      'passee',
      'passee',
      'passee',
      'a_venir',
    ]);
  });

  it('never exposes the agents’ guidance (aide) to the citizen', () => {
    expect(ligneDeVie(unGuide(), unDossierAuStatut('en_instruction'))[1]).not.toHaveProperty('aide');
  });
});

describe('statutPourUsager', () => {
  it.each<[string, DossierInstruction, string]>([
    ['a draft', unDossier(), 'Brouillon'],
    ['a visible statut shows its libellé', unDossierAuStatut('incomplet'), 'Incomplet'],
    ['an internal statut shows its étape', unDossierAuStatut('attente_commission'), 'Instruction'],
    ['a closing statut', unDossierAuStatut('accepte'), 'Accepté'],
    [
      'a statut removed from the guide shows the stored étape',
      unDossier({ etat: 'depose', statut: 'ancien', etape: 'instruction' }),
      'Instruction',
    ],
    ['nothing known', unDossier({ etat: 'depose', statut: 'ancien', etape: 'ancienne' }), 'En cours de traitement'],
  ])('%s', (_cas, dossier, attendu) => {
    expect(statutPourUsager(unGuide(), dossier)).toBe(attendu);
  });
});
