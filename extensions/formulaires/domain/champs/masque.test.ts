import { appliquerMasque, exempleDeMasque } from './masque';

describe('appliquerMasque', () => {
  it.each<[string, string, string | null]>([
    ['AA-999-AA', 'AB-123-CD', 'AB-123-CD'],
    ['AA-999-AA', 'ab123cd', 'AB-123-CD'], // separators may be left out, letters are stored in capitals
    ['AA-999-AA', 'ab 123 cd', 'AB-123-CD'], // spaces instead of separators
    ['AA-999-AA', 'AB - 123 - CD', 'AB-123-CD'],
    ['AA-999-AA', 'AB-1234-CD', null], // one digit too many
    ['AA-999-AA', 'AB-12-CD', null],
    ['AA-999-AA', 'A1-123-CD', null], // a digit where a letter is expected
    ['AA-999-AA', 'AB/123/CD', null], // "/" is not this mask's separator
    ['AA-999-AA', 'éB-123-CD', null], // accented letters are not code letters
    ['99 99 99', '123456', '12 34 56'],
    ['***-999', 'a1b-123', 'A1B-123'], // * takes letters and digits
    ['FR99', '12', 'FR12'], // a literal letter is written even when not typed
    ['FR99', 'fr12', 'FR12'],
    ['999', '12', null],
  ])('%s ← %j → %p', (masque, saisie, attendu) => {
    expect(appliquerMasque(masque, saisie)).toBe(attendu);
  });
});

describe('exempleDeMasque', () => {
  it.each([
    ['AA-999-AA', 'AB-123-CD'],
    ['99 99', '12 34'],
    ['FR**', 'FRAB'],
  ])('%s → %s', (masque, exemple) => {
    expect(exempleDeMasque(masque)).toBe(exemple);
  });
});
