import type { Champ, ChampIban } from '../modele';
import { analyserNir, cleNir, estSiretValide } from './index';
import { lire, lisibleDe, problemeDe, valeurValide } from './testing/contexte';

const nir: Champ = { code: 'nir', type: 'nir', libelle: 'Numéro de sécurité sociale', requis: false };
const iban: ChampIban = { code: 'iban', type: 'iban', libelle: 'IBAN', requis: false, etranger: false };
const bic: Champ = { code: 'bic', type: 'bic', libelle: 'BIC', requis: false };
const siret: Champ = { code: 'siret', type: 'siret', libelle: "SIRET de l'association", requis: false };

describe('nir', () => {
  it.each<[string, string]>([
    ['1 84 12 76 451 089 46', '184127645108946'],
    ['184127645108946', '184127645108946'],
    ['2 69 05 49 588 157 80', '269054958815780'],
    ['2.69.05.49.588.157.80', '269054958815780'],
    ['1 81 05 2A 004 123 58', '181052A00412358'], // Corse-du-Sud: 2A counts as 19 in the key
    ['1 81 05 2a 004 123 58', '181052A00412358'], // typed in lowercase
    ['2 72 11 2B 033 045 71', '272112B03304571'], // Haute-Corse: 2B counts as 18
    ['1 85 20 75 123 456 22', '185207512345622'], // month 20: month of birth unknown
    ['2 99 03 99 123 456 15', '299039912345615'], // born abroad (99)
    ['7 75 01 99 123 456 36', '775019912345636'], // provisional number (NIA)
  ])('%s → %s', (saisie, attendu) => {
    expect(valeurValide(nir, saisie)).toBe(attendu);
  });

  it.each([
    ['1 84 12 76 451 089 47'], // one off
    ['2 69 05 49 588 157 08'], // key digits swapped
    ['2 72 11 2B 033 045 44'], // the key 2B would have if it counted as 19, like 2A
  ])('%s: the key does not match', (saisie) => {
    expect(problemeDe(nir, saisie)).toEqual({
      code: 'CLE_INVALIDE',
      message:
        'La clé du numéro de sécurité sociale ne correspond pas aux 13 premiers caractères : vérifiez le numéro saisi pour « Numéro de sécurité sociale ».',
    });
  });

  it.each([
    ['1 84 12 76 451 089'], // no key
    ['1 84 12 76 451 089 466'],
    ['5 84 12 76 451 089 46'], // sex 5 does not exist
    ['1 84 13 76 451 089 46'], // month 13
    ['1 84 45 76 451 089 46'], // month 45
    ['1 84 00 76 451 089 46'],
    ['1 84 12 2C 451 089 46'],
    ['1 84 12 76 45A 089 46'],
  ])('%s: not a NIR', (saisie) => {
    expect(problemeDe(nir, saisie)).toEqual({
      code: 'FORMAT',
      message:
        'Indiquez les 15 caractères du numéro de sécurité sociale pour « Numéro de sécurité sociale », par exemple 2 69 05 49 588 157 80.',
    });
  });

  it('computes the key of the first 13 characters', () => {
    expect(cleNir('1841276451089')).toBe(46);
    expect(analyserNir('1 84 12 76 451 089 46')).toEqual({ nir: '184127645108946' });
  });

  it('is stored without spaces and reads grouped', () => {
    expect(lisibleDe(nir, '184127645108946')).toBe('1 84 12 76 451 089 46');
    expect(lisibleDe(nir, '181052A00412358')).toBe('1 81 05 2A 004 123 58');
    expect(lire(nir, { nir: ' 1 84 12 76 451 089 46 ' })).toBe('1 84 12 76 451 089 46');
  });
});

describe('iban', () => {
  it.each<[string, boolean, string]>([
    ['FR76 3000 6000 0112 3456 7890 189', false, 'FR7630006000011234567890189'],
    ['fr14 2004 1010 0505 0001 3m02 606', false, 'FR1420041010050500013M02606'],
    ['FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189', false, 'FR7630006000011234567890189'],
    ['MC58 1122 2000 0101 2345 6789 030', false, 'MC5811222000010123456789030'], // Monaco
    ['GP11 2004 1010 0505 0001 3M02 606', false, 'GP1120041010050500013M02606'], // Guadeloupe
    ['RE42 2004 1010 0505 0001 3M02 606', false, 'RE4220041010050500013M02606'], // La Réunion
    ['DE89 3704 0044 0532 0130 00', true, 'DE89370400440532013000'],
    ['GB29 NWBK 6016 1331 9268 19', true, 'GB29NWBK60161331926819'],
    ['FR76 3000 6000 0112 3456 7890 189', true, 'FR7630006000011234567890189'],
  ])('%s (etranger: %p) → %s', (saisie, etranger, attendu) => {
    expect(valeurValide({ ...iban, etranger }, saisie)).toBe(attendu);
  });

  it.each<[string, boolean, string, string]>([
    [
      'FR76 3000 6000 0112 3456 7890 188',
      false,
      'CLE_INVALIDE',
      "Les chiffres de contrôle de l'IBAN ne correspondent pas : vérifiez l'IBAN saisi pour « IBAN ».",
    ],
    [
      'DE89 3704 0044 0532 0130 01',
      true,
      'CLE_INVALIDE',
      "Les chiffres de contrôle de l'IBAN ne correspondent pas : vérifiez l'IBAN saisi pour « IBAN ».",
    ],
    [
      'DE89 3704 0044 0532 0130 00',
      false,
      'FORMAT',
      "Indiquez l'IBAN d'un compte tenu en France pour « IBAN » (il commence par FR) : les comptes à l'étranger ne sont pas acceptés.",
    ],
    [
      'FR76 3000 6000 0112 3456 7890',
      false,
      'FORMAT',
      'Indiquez un IBAN valide pour « IBAN », par exemple FR76 3000 6000 0112 3456 7890 189.',
    ],
    [
      '30006000011234567890189',
      false,
      'FORMAT',
      'Indiquez un IBAN valide pour « IBAN », par exemple FR76 3000 6000 0112 3456 7890 189.',
    ],
    [
      'XX89 3704 0044 0532 0130 00',
      true,
      'FORMAT',
      'Indiquez un IBAN valide pour « IBAN », par exemple FR76 3000 6000 0112 3456 7890 189.',
    ],
  ])('%s (etranger: %p) is refused', (saisie, etranger, code, message) => {
    expect(problemeDe({ ...iban, etranger }, saisie)).toEqual({ code, message });
  });

  it('reads in groups of four', () => {
    expect(lisibleDe(iban, 'FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});

describe('bic', () => {
  it.each<[string, string]>([
    ['BNPAFRPP', 'BNPAFRPP'],
    ['bnpafrppxxx', 'BNPAFRPPXXX'],
    [' AGRI FRPP 882 ', 'AGRIFRPP882'],
    ['DEUTDEFF500', 'DEUTDEFF500'],
  ])('%j → %s', (saisie, attendu) => {
    expect(valeurValide(bic, saisie)).toBe(attendu);
  });

  it.each([['BNPAFRP'], ['BNPAFRPPX'], ['BNPAXXPP'], ['1NPAFRPP'], ['BNPA-FR-PP']])('%s is refused', (saisie) => {
    expect(problemeDe(bic, saisie)).toEqual({
      code: 'FORMAT',
      message: 'Indiquez un BIC valide pour « BIC » : 8 ou 11 lettres et chiffres, par exemple BNPAFRPP.',
    });
  });
});

describe('siret', () => {
  it.each<[string, string]>([
    ['732 829 320 00074', '73282932000074'],
    ['73282932000074', '73282932000074'],
    ['35600000000048', '35600000000048'], // La Poste, head office (passes Luhn)
    ['356 000 000 00015', '35600000000015'], // La Poste establishment: fails Luhn, digits sum to 20
  ])('%s → %s', (saisie, attendu) => {
    expect(valeurValide(siret, saisie)).toBe(attendu);
  });

  it.each([['732 829 320 00075'], ['35600000000002']])('%s: the check digit is wrong', (saisie) => {
    expect(problemeDe(siret, saisie)).toEqual({
      code: 'CLE_INVALIDE',
      message:
        "La clé de contrôle du numéro SIRET ne correspond pas : vérifiez les 14 chiffres saisis pour « SIRET de l'association ».",
    });
  });

  it.each([['732 829 320'], ['7328293200007A'], ['732829320000740']])('%s: not 14 digits', (saisie) => {
    expect(problemeDe(siret, saisie)).toEqual({
      code: 'FORMAT',
      message:
        "Indiquez les 14 chiffres du numéro SIRET pour « SIRET de l'association », par exemple 732 829 320 00074.",
    });
  });

  it('checks the La Poste exception only for La Poste', () => {
    expect(estSiretValide('35600000000015')).toBe(true);
    expect(estSiretValide('73282932000015')).toBe(false);
  });

  it('reads grouped as INSEE writes it', () => {
    expect(lisibleDe(siret, '73282932000074')).toBe('732 829 320 00074');
  });
});
