import type { Modele } from '@guichet/formulaires';
import {
  erreursParChamp,
  piecesParChamp,
  saisieBrute,
  valeurPourSaisie,
  valeursAffichees,
  verifierSaisie,
} from '../../src/lib/formulaire';
import { formatsLisibles, tailleLisible, valeurLisible } from '../../src/lib/affichage';
import type { PieceApi } from '../../src/lib/contrat';

const modele: Modele = {
  sections: [
    {
      code: 's',
      titre: 'S',
      champs: [
        { code: 'nom', type: 'texte', libelle: 'Nom', requis: true },
        { code: 'montant', type: 'montant', libelle: 'Montant', requis: true },
        { code: 'naissance', type: 'date', libelle: 'Naissance', requis: false },
        {
          code: 'devis',
          type: 'justificatif',
          libelle: 'Devis',
          requis: true,
          formats: ['application/pdf'],
          tailleMax: 1000,
        },
      ],
    },
  ],
};
const piece = (champ: string | null, nature: PieceApi['nature'] = 'justificatif'): PieceApi => ({
  id: 1,
  champ,
  nature,
  nom: 'a.pdf',
  type: 'application/pdf',
  taille: 1,
  creeLe: '',
});

describe('form helpers', () => {
  it('shows stored amounts with a French decimal comma', () => {
    const montant = modele.sections[0]!.champs[1]!;
    expect(valeurPourSaisie(montant, 1234.5)).toBe('1234,50');
    expect(valeurPourSaisie(montant, 1500)).toBe('1500');
    expect(valeurPourSaisie(montant, null)).toBe('');
  });

  it('keeps what was typed over stored values when re-rendering (fields absent from the post keep theirs)', () => {
    const saisie = new URLSearchParams({ nom: 'Dupont', montant: 'douze' });
    expect(valeursAffichees(modele, { nom: 'Martin', montant: 12, naissance: '2000-01-02' }, saisie)).toEqual({
      nom: 'Dupont',
      montant: 'douze',
      naissance: '2000-01-02',
    });
    expect(valeursAffichees(modele, { nom: 'Martin', montant: 12, naissance: '2000-01-02' })).toEqual({
      nom: 'Martin',
      montant: '12',
      naissance: '2000-01-02',
    });
  });

  it('turns repeated names into arrays', () => {
    expect(saisieBrute(new URLSearchParams('a=1&b=2&b=3'))).toEqual({ a: '1', b: ['2', '3'] });
  });

  it('counts justificatifs per field, not administration documents', () => {
    expect(piecesParChamp([piece('devis'), piece('devis'), piece(null, 'document')])).toEqual({ devis: 2 });
  });

  it('validates a draft for formats only, a deposit for required fields and files too', () => {
    const saisie = new URLSearchParams({ nom: '', montant: '12,50', naissance: '' });
    expect(verifierSaisie(modele, saisie, 'brouillon', []).valide).toBe(true);
    const depot = verifierSaisie(modele, saisie, 'depot', []);
    expect(depot.erreurs.map((e) => e.champ)).toEqual(['nom', 'devis']);
    const complet = verifierSaisie(modele, new URLSearchParams({ nom: 'Martin', montant: '1 234,50' }), 'depot', [
      piece('devis'),
    ]);
    expect(complet).toMatchObject({ valide: true, donnees: { nom: 'Martin', montant: 1234.5 } });
    expect(verifierSaisie(modele, new URLSearchParams({ montant: 'douze' }), 'brouillon', []).erreurs[0]?.champ).toBe(
      'montant',
    );
  });

  it('keeps the first error per field', () => {
    expect(
      erreursParChamp([
        { champ: 'a', message: '1' },
        { champ: 'a', message: '2' },
      ]),
    ).toEqual({ a: '1' });
  });
});

describe('display helpers', () => {
  it('formats sizes, formats and values in French', () => {
    expect(tailleLisible(512)).toBe('512\u00A0octets');
    expect(tailleLisible(1536)).toBe('1,5\u00A0Ko');
    expect(tailleLisible(10 * 1024 * 1024)).toBe('10\u00A0Mo');
    expect(formatsLisibles(['application/pdf', 'image/jpeg', 'image/png'])).toBe('PDF, JPEG ou PNG');
    expect(formatsLisibles(['application/x-inconnu'])).toBe('X-INCONNU');
    const [nom, montant, date] = modele.sections[0]!.champs;
    expect(valeurLisible(montant!, 1234.5)).toBe('1\u202F234,50\u00A0€');
    expect(valeurLisible(date!, '2026-01-31')).toBe('31/01/2026');
    expect(valeurLisible(nom!, null)).toBeNull();
  });
});
