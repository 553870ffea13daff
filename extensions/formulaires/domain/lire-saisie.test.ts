import { lireSaisie } from './lire-saisie';
import type { Champ } from './modele';
import { unModele, unModeleAvec } from './testing/modeles';
import { validerDonnees } from './valider-donnees';

const montant: Champ = { code: 'valeur', type: 'montant', libelle: 'Montant', requis: false };
const date: Champ = { code: 'valeur', type: 'date', libelle: 'Date', requis: false };
const texte: Champ = { code: 'valeur', type: 'texte', libelle: 'Texte', requis: false };
const liste: Champ = {
  code: 'valeur',
  type: 'liste',
  libelle: 'Liste',
  requis: false,
  options: [{ valeur: 'a', libelle: 'A' }],
};

describe('lireSaisie', () => {
  it.each<[string, Champ, string, unknown]>([
    ['texte is trimmed', texte, '  Dupont  ', 'Dupont'],
    ['empty texte is null', texte, '', null],
    ['blank texte is null', texte, '   ', null],
    ['montant in French format', montant, '1 234,50', 1234.5],
    ['montant with a dot', montant, '1234.5', 1234.5],
    ['negative montant', montant, '-12', -12],
    ['montant with no-break spaces', montant, '1\u00A0234,50', 1234.5],
    ['montant with narrow no-break spaces', montant, '1\u202F234,50\u00A0€', 1234.5],
    ['unreadable montant kept raw for validation', montant, ' douze ', 'douze'],
    ['ambiguous montant kept raw', montant, '1.234', '1.234'],
    ['empty montant is null', montant, ' ', null],
    ['ISO date kept as is', date, '2026-01-31', '2026-01-31'],
    ['French date converted', date, '31/01/2026', '2026-01-31'],
    ['impossible date kept for validation', date, '2026-02-30', '2026-02-30'],
    ['unreadable date kept raw', date, 'demain', 'demain'],
    ['empty date is null', date, '', null],
    ['liste value kept as a string', liste, 'a', 'a'],
    ['unknown liste value kept for validation', liste, 'z', 'z'],
    ['empty liste is null', liste, '', null],
  ])('%s', (_cas, champ, saisie, attendu) => {
    expect(lireSaisie(unModeleAvec(champ), { valeur: saisie })).toEqual({ valeur: attendu });
  });

  it('reads only the fields of the model and skips justificatifs', () => {
    const lu = lireSaisie(unModele(), {
      nom: 'Dupont',
      montant_demande: '500',
      devis: 'devis.pdf',
      role: 'admin',
      _csrf: 'jeton',
    });
    expect(lu).toEqual({ nom: 'Dupont', montant_demande: 500 });
  });

  it('leaves absent fields absent, so that saving one section does not clear the others', () => {
    expect(lireSaisie(unModele(), { nom: 'Dupont', commentaire: undefined })).toEqual({ nom: 'Dupont' });
  });

  it('reads a single-element array as its value', () => {
    expect(lireSaisie(unModeleAvec(montant), { valeur: ['12,5'] })).toEqual({ valeur: 12.5 });
  });

  it('keeps several values for a single-valued field, so that validation reports FORMAT', () => {
    expect(lireSaisie(unModeleAvec(liste), { valeur: ['a', 'b'] })).toEqual({ valeur: ['a', 'b'] });
  });

  it('treats an empty array as absent', () => {
    expect(lireSaisie(unModeleAvec(liste), { valeur: [] })).toEqual({});
  });

  it('never reads inherited properties (a field coded "constructor")', () => {
    const champ: Champ = { code: 'constructor', type: 'texte', libelle: 'Piège', requis: false };
    expect(lireSaisie(unModeleAvec(champ), {})).toEqual({});
  });
});

describe('lireSaisie then validerDonnees (what the portal and the server do with a form post)', () => {
  it('turns a French form post into valid donnees', () => {
    const lu = lireSaisie(unModele(), {
      nom: ' Dupont ',
      date_naissance: '01/05/1980',
      situation: 'marie',
      montant_demande: '2\u202F500,00 €',
      apport: '',
    });
    expect(validerDonnees(unModele(), lu, { mode: 'depot', piecesParChamp: { devis: 1 } })).toEqual({
      valide: true,
      donnees: { nom: 'Dupont', date_naissance: '1980-05-01', situation: 'marie', montant_demande: 2500, apport: null },
      erreurs: [],
    });
  });

  it('reports what could not be read as FORMAT', () => {
    const lu = lireSaisie(unModele(), { date_naissance: '31/02/1980', montant_demande: '2.500,00' });
    const { erreurs } = validerDonnees(unModele(), lu, { mode: 'brouillon' });
    expect(erreurs.map((e) => [e.champ, e.code])).toEqual([
      ['date_naissance', 'FORMAT'],
      ['montant_demande', 'FORMAT'],
    ]);
  });
});
