import { problemesReglages } from './reglages-dispositif';
import type { Guide } from './guide';

const guide = {
  etapes: [{ code: 'e', libelle: 'E', statuts: [{ code: 'a_revoir', libelle: 'À revoir' }] }],
} as unknown as Guide;

describe('réglages d’un dispositif', () => {
  it.each([
    ['absent settings', {}, []],
    ['a valid classification', { classification: [{ code: 'culture', libelle: 'Culture' }] }, []],
    [
      'a classification with a bad code',
      { classification: [{ code: 'Culture!', libelle: 'Culture' }] },
      ['Classification (0.code) : code invalide (minuscules, chiffres, - et _)'],
    ],
    ['valid repeated edits', { editionsRepetees: { seuil: 3, periodeHeures: 24, statut: 'a_revoir' }, guide }, []],
    [
      'repeated edits towards a missing statut',
      { editionsRepetees: { seuil: 3, periodeHeures: 24, statut: 'inconnu' }, guide },
      ['Éditions répétées : le statut « inconnu » n’existe pas dans le guide.'],
    ],
    [
      'a threshold of zero',
      { editionsRepetees: { seuil: 0, periodeHeures: 24, statut: 'a_revoir' } },
      ['Éditions répétées (seuil) : le seuil doit être au moins 1'],
    ],
    ['known beneficiary types', { typesBeneficiaire: ['adulte', 'enfant'] }, []],
    [
      'an unknown beneficiary type',
      { typesBeneficiaire: ['chat'] },
      ['Types de bénéficiaire (0) : type de bénéficiaire inconnu'],
    ],
  ])('%s', (_quoi, reglages, attendus) => {
    expect(problemesReglages(reglages)).toEqual(attendus);
  });
});
