import { trouverStatut } from './guide';
import { unGuide } from './testing/builders';

describe('trouverStatut', () => {
  it.each([
    ['recu', 'depot'],
    ['attente_commission', 'instruction'],
    ['irrecevable', 'decision'],
  ])('finds %s in étape %s', (code, etape) => {
    const trouve = trouverStatut(unGuide(), code);
    expect(trouve?.statut.code).toBe(code);
    expect(trouve?.etape.code).toBe(etape);
  });

  it.each([['inconnu'], [''], ['depot']])('returns undefined for %j (étape codes are not statut codes)', (code) => {
    expect(trouverStatut(unGuide(), code)).toBeUndefined();
  });
});
