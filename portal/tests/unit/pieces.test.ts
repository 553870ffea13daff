import { dispositionPieceJointe } from '../../src/lib/pieces';

describe('dispositionPieceJointe', () => {
  it.each([
    [null, 'attachment'],
    ['inline; filename="a.pdf"', 'attachment; filename="a.pdf"'],
    ['attachment; filename="a.pdf"', 'attachment; filename="a.pdf"'],
    ['inline', 'attachment'],
  ])('%j → %j', (entree, attendu) => {
    expect(dispositionPieceJointe(entree)).toBe(attendu);
  });
});
