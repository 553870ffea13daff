import { effetsDuStatut } from './effet';
import type { Statut } from './guide';

const statut = (actions: Statut['actions']): Statut => ({
  code: 's',
  libelle: 'S',
  visibleUsager: true,
  cloture: false,
  transitions: [],
  actions,
});

describe('effetsDuStatut', () => {
  it('numbers effects in action order and tags them with the dossier', () => {
    expect(
      effetsDuStatut(
        statut([
          { type: 'courriel', modele: 'a', destinataires: ['usager'] },
          { type: 'document', modele: 'b', nomFichier: 'b.pdf' },
          { type: 'courriel', modele: 'c', destinataires: ['usager'] },
        ]),
        9,
      ),
    ).toEqual([
      { type: 'courriel', ordre: 0, dossierId: 9, modele: 'a', destinataires: ['usager'] },
      { type: 'document', ordre: 1, dossierId: 9, modele: 'b', nomFichier: 'b.pdf' },
      { type: 'courriel', ordre: 2, dossierId: 9, modele: 'c', destinataires: ['usager'] },
    ]);
  });

  it('a statut without actions has no effect', () => {
    expect(effetsDuStatut(statut([]), 9)).toEqual([]);
  });
});
