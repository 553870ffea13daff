import {
  contenuAEmpreindre,
  EMPREINTE_INITIALE,
  type EntreeJournal,
  type EntreeScellee,
  verifierChaine,
} from './journal';

// A toy fingerprint keeps the domain test pure; the adapter uses SHA-256.
const empreindre = (contenu: string) => {
  let h = 0x811c9dc5;
  for (const c of contenu) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

function chaine(n: number): EntreeScellee[] {
  const entrees: EntreeScellee[] = [];
  let precedente = EMPREINTE_INITIALE;
  for (let i = 1; i <= n; i++) {
    const entree: EntreeJournal = {
      dossierId: 7,
      sequence: i,
      date: new Date(Date.UTC(2026, 10, 27, 10, i)),
      acteur: { type: 'agent', id: 3, nom: 'Claire' },
      action: 'dossier.statut_change',
      details: { vers: `s${i}`, de: i === 1 ? null : `s${i - 1}` },
      empreintePrecedente: precedente,
    };
    precedente = empreindre(contenuAEmpreindre(entree));
    entrees.push({ ...entree, empreinte: precedente });
  }
  return entrees;
}

describe('journal chaîné', () => {
  it('produit le même contenu quel que soit l’ordre des clés des détails', () => {
    const [e] = chaine(1);
    expect(contenuAEmpreindre({ ...e!, details: { de: null, vers: 's1' } })).toBe(
      contenuAEmpreindre({ ...e!, details: { vers: 's1', de: null } }),
    );
  });

  it('valide une chaîne intacte', () => {
    expect(verifierChaine(chaine(4), empreindre)).toEqual({ integre: true, entrees: 4 });
    expect(verifierChaine([], empreindre)).toEqual({ integre: true, entrees: 0 });
  });

  it.each([
    [
      'une entrée modifiée',
      (c: EntreeScellee[]) => c.map((e, i) => (i === 1 ? { ...e, details: { vers: 'accepte' } } : e)),
      2,
    ],
    ['une entrée supprimée', (c: EntreeScellee[]) => c.filter((_, i) => i !== 1), 2],
    ['deux entrées inversées', (c: EntreeScellee[]) => [c[0]!, c[2]!, c[1]!, c[3]!], 2],
    ['une date changée', (c: EntreeScellee[]) => c.map((e, i) => (i === 3 ? { ...e, date: new Date(0) } : e)), 4],
    [
      'un acteur changé',
      (c: EntreeScellee[]) => c.map((e, i) => (i === 0 ? { ...e, acteur: { ...e.acteur, id: 4 } } : e)),
      1,
    ],
  ])('détecte %s', (_nom, alterer, rompuA) => {
    expect(verifierChaine(alterer(chaine(4)), empreindre)).toEqual({
      integre: false,
      entrees: expect.any(Number),
      rompuA,
    });
  });
});
