import { familleDe, LimiteurDebit, REGLES } from '../../src/lib/limite';

describe('familleDe', () => {
  it.each([
    ['GET', '/auth/connexion', 'connexion'],
    ['POST', '/compte/dossiers/GU-1/modifier', 'depot'],
    ['POST', '/dispositifs/aide-permis', 'depot'],
    ['GET', '/compte/dossiers/GU-1/modifier', null],
    ['GET', '/dispositifs/aide-permis', null],
    ['POST', '/compte/dossiers/GU-1/pieces/3/supprimer', null],
    ['GET', '/', null],
    ['GET', '/api/adresse', 'adresse'],
    // Counted by the messages page itself (its refusal keeps the text typed), never by the middleware.
    ['POST', '/compte/dossiers/GU-1/messages', null],
  ])('%s %s → %s', (methode, chemin, famille) => {
    expect(familleDe(methode, chemin)).toBe(famille);
  });
});

describe('LimiteurDebit', () => {
  const regles = {
    connexion: { max: 3, fenetreMs: 60_000 },
    depot: { max: 2, fenetreMs: 10_000 },
    pieces: { max: 1, fenetreMs: 1000 },
    adresse: { max: 5, fenetreMs: 1000 },
    messages: { max: 2, fenetreMs: 60_000 },
  };

  it('allows max requests per window and address, then refuses with a delay', () => {
    let maintenant = 0;
    const limiteur = new LimiteurDebit(regles, 1, () => maintenant);
    expect([1, 2, 3].map(() => limiteur.consommer('connexion', '10.0.0.1').autorise)).toEqual([true, true, true]);
    maintenant = 15_000;
    const refus = limiteur.consommer('connexion', '10.0.0.1');
    expect(refus).toEqual({ autorise: false, reessayerDansS: 45 });
    // Another address and another family have their own counters.
    expect(limiteur.consommer('connexion', '10.0.0.2').autorise).toBe(true);
    expect(limiteur.consommer('depot', '10.0.0.1').autorise).toBe(true);
    maintenant = 60_000;
    expect(limiteur.consommer('connexion', '10.0.0.1').autorise).toBe(true);
  });

  it('counts messages apart from the dossier form: 20 per minute and address by default', () => {
    expect(REGLES.messages).toEqual({ max: 20, fenetreMs: 60_000 });
    let maintenant = 0;
    const limiteur = new LimiteurDebit(regles, 1, () => maintenant);
    expect([1, 2, 3].map(() => limiteur.consommer('messages', '10.0.0.1').autorise)).toEqual([true, true, false]);
    // The dossier form's budget is untouched by the messages, and another address has its own.
    expect([1, 2].map(() => limiteur.consommer('depot', '10.0.0.1').autorise)).toEqual([true, true]);
    expect(limiteur.consommer('messages', '10.0.0.2').autorise).toBe(true);
    maintenant = 60_000;
    expect(limiteur.consommer('messages', '10.0.0.1').autorise).toBe(true);
  });

  it('scales every limit by the multiplier', () => {
    const limiteur = new LimiteurDebit(regles, 3, () => 0);
    const decisions = Array.from({ length: 4 }, () => limiteur.consommer('pieces', 'ip').autorise);
    expect(decisions).toEqual([true, true, true, false]);
  });

  it('purges finished windows', () => {
    let maintenant = 0;
    const limiteur = new LimiteurDebit(regles, 1, () => maintenant);
    limiteur.consommer('pieces', 'a');
    limiteur.consommer('connexion', 'a');
    maintenant = 5000;
    limiteur.purger();
    expect(limiteur.taille).toBe(1);
  });
});
