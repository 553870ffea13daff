import type { Champ, ColonneTableau } from '@guichet/formulaires';
import { attributsSaisie, autocompletion, type ChampSaisissable } from '../../src/components/champs/saisie';
import { formatsLisibles, tailleLisible, valeurLisible } from '../../src/lib/affichage';
import { lienCarte } from '../../src/lib/carte';
import { celluleLisible } from '../../src/lib/cellules';
import { aujourdhui } from '../../src/lib/horloge';
import { htmlSur } from '../../src/lib/texte-riche';
import { nombreLisible, valeurCalculee, valeurCellule } from '../../src/lib/valeurs-calculees';
import { MODELE_INITIATIVES, MODELE_PERMIS } from '../support/modeles';

const champ = (code: string): Champ => {
  const trouve = [...MODELE_PERMIS.champs, ...MODELE_INITIATIVES.champs].find((c) => c.code === code);
  if (!trouve) throw new Error(code);
  return trouve;
};
const NNBSP = '\u202F';

describe('display helpers', () => {
  it('formats sizes, formats and values in French', () => {
    expect(tailleLisible(512)).toBe('512\u00A0octets');
    expect(tailleLisible(1536)).toBe('1,5\u00A0Ko');
    expect(tailleLisible(10 * 1024 * 1024)).toBe('10\u00A0Mo');
    expect(formatsLisibles(['application/pdf', 'image/jpeg', 'image/png'])).toBe('PDF, JPEG ou PNG');
    expect(formatsLisibles(['application/x-inconnu'])).toBe('X-INCONNU');
    expect(valeurLisible(champ('montant_demande'), 1234.5)).toBe(`1${NNBSP}234,50\u00A0€`);
    expect(valeurLisible(champ('date_naissance'), '2026-01-31')).toBe('31/01/2026');
    expect(valeurLisible(champ('nom'), null)).toBeNull();
  });

  it('formats numbers and computed values', () => {
    expect(nombreLisible(1234.5, 2)).toBe(`1${NNBSP}234,50`);
    expect(nombreLisible(-0.001, 2)).toBe('0,00');
    expect(nombreLisible(12.25)).toBe('12,25');
    expect(valeurCalculee(champ('part'), 25, {})).toBe('25');
    expect(valeurCalculee(champ('age'), 25, {})).toContain('25');
    expect(valeurCalculee(champ('part'), undefined, {})).toBeNull();
    const total: ColonneTableau = {
      code: 'total',
      libelle: 'Total',
      type: 'calcul',
      requis: false,
      formule: 'a',
      decimales: 2,
    };
    expect(valeurCellule(total, 301)).toBe('301,00');
    expect(valeurCellule(total, null)).toBe('');
  });

  it('reads table cells by column type', () => {
    const col = (type: ColonneTableau['type'], extra: Partial<ColonneTableau> = {}): ColonneTableau => ({
      code: 'c',
      libelle: 'C',
      type,
      requis: false,
      ...extra,
    });
    expect(celluleLisible(col('montant'), 0.5)).toBe('0,50\u00A0€');
    expect(celluleLisible(col('date'), '2026-02-01')).toBe('01/02/2026');
    expect(celluleLisible(col('liste', { options: [{ valeur: 'a', libelle: 'Aa' }] }), 'a')).toBe('Aa');
    expect(celluleLisible(col('case_a_cocher'), true)).toBe('Oui');
    expect(celluleLisible(col('texte'), null)).toBeNull();
  });

  it('sanitises formatted text again before it is rendered as HTML', () => {
    const presentation = champ('presentation') as Extract<Champ, { type: 'texte_riche' }>;
    const html = htmlSur(
      presentation,
      '<p>Un <strong>festival</strong></p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">lien</a>',
      '2026-11-27',
    );
    expect(html).toContain('<strong>festival</strong>');
    expect(html).not.toMatch(/script|onerror|<img|javascript/);
    expect(htmlSur(presentation, '', '2026-11-27')).toBeNull();
    expect(htmlSur(presentation, 42, '2026-11-27')).toBeNull();
  });

  it('links a located address to OpenStreetMap', () => {
    expect(lienCarte({ longitude: 2.290084, latitude: 49.897443 })).toBe(
      'https://www.openstreetmap.org/?mlat=49.897443&mlon=2.290084#map=18/49.897443/2.290084',
    );
    expect(lienCarte({ longitude: 2.29 })).toBeNull();
    expect(lienCarte(null)).toBeNull();
  });

  it('knows today in Paris', () => {
    expect(aujourdhui(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(aujourdhui(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('input attributes', () => {
  const attributs = (code: string) => attributsSaisie(champ(code) as ChampSaisissable);

  it('fills in from the citizen’s own data (RGAA 11.13) and says the expected format', () => {
    expect(attributs('prenom')).toMatchObject({ type: 'text', autocomplete: 'given-name' });
    expect(attributs('courriel')).toMatchObject({ type: 'email', autocomplete: 'email', spellcheck: 'false' });
    expect(attributs('telephone')).toMatchObject({
      type: 'tel',
      autocomplete: 'tel',
      aide: expect.stringContaining('06'),
    });
    expect(attributs('siret')).toMatchObject({
      inputmode: 'numeric',
      autocomplete: 'off',
      aide: expect.stringContaining('14 chiffres'),
    });
    expect(attributs('iban')).toMatchObject({ autocapitalize: 'characters', autocomplete: 'off' });
    expect(attributs('nir').aide).toContain('sécurité sociale');
    expect(autocompletion(champ('naissance'))).toBe('bday');
    expect(autocompletion(champ('titre_projet'))).toBeUndefined();
  });

  it('shows a mask and number bounds in the hint', () => {
    const plaque = { code: 'plaque', type: 'texte', libelle: 'Plaque', requis: false, masque: 'AA-999-AA' } as const;
    expect(attributsSaisie(plaque).aide).toBe('Format attendu : AA-999-AA (9 pour un chiffre, A pour une lettre).');
    const enfants = { code: 'enfants', type: 'nombre', libelle: 'Enfants', requis: false, min: 0, max: 12 } as const;
    expect(attributsSaisie(enfants)).toMatchObject({ inputmode: 'numeric', aide: 'Un nombre entier. Entre 0 et 12.' });
    expect(attributsSaisie(champ('participants') as ChampSaisissable).aide).toBe(
      `Un nombre entier. Entre 0 et 10${NNBSP}000.`,
    );
    const solde = { code: 'solde', type: 'nombre', libelle: 'Solde', requis: false, min: -10, decimales: 2 } as const;
    expect(attributsSaisie(solde).inputmode).toBe('text');
  });
});
