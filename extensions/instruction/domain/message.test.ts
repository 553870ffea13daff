import {
  CORPS_MESSAGE_MAX,
  cleStockee,
  nomAgentAffiche,
  nomUsagerAffiche,
  peutEcrire,
  validerCle,
  validerCorps,
} from './message';

describe('validerCorps', () => {
  it('trims the text and keeps its line breaks (CRLF normalised)', () => {
    expect(validerCorps('  Bonjour,\r\n\r\nvoici ma réponse.  \n')).toEqual({
      ok: true,
      value: 'Bonjour,\n\nvoici ma réponse.',
    });
  });

  it.each(['', '   ', '\n\t \r\n'])('refuses an empty message (%j) with a French message', (corps) => {
    expect(validerCorps(corps)).toEqual({
      ok: false,
      error: { code: 'CORPS_VIDE', message: 'Écrivez votre message avant de l’envoyer.' },
    });
  });

  it('accepts exactly 5000 characters, counted as a reader sees them, and refuses 5001', () => {
    expect(validerCorps('a'.repeat(CORPS_MESSAGE_MAX))).toMatchObject({ ok: true });
    // 5000 emoji are 10000 UTF-16 units: still 5000 characters.
    expect(validerCorps('😀'.repeat(CORPS_MESSAGE_MAX))).toMatchObject({ ok: true });
    const refus = validerCorps(`  ${'a'.repeat(CORPS_MESSAGE_MAX + 1)}  `);
    expect(refus).toMatchObject({ ok: false, error: { code: 'CORPS_TROP_LONG' } });
    expect(!refus.ok && refus.error.message).toBe('Votre message dépasse 5\u00A0000 caractères : raccourcissez-le.');
  });

  it('counts the length after trimming', () => {
    expect(validerCorps(`${' '.repeat(50)}${'a'.repeat(CORPS_MESSAGE_MAX)}${' '.repeat(50)}`)).toMatchObject({
      ok: true,
    });
  });
});

describe('validerCle', () => {
  it('allows no key', () => {
    expect(validerCle(undefined)).toEqual({ ok: true, value: null });
  });

  it.each(['abcdefgh', 'A_b-0123456789', 'x'.repeat(100)])('accepts %s', (cle) => {
    expect(validerCle(cle)).toEqual({ ok: true, value: cle });
  });

  it.each(['', 'court12', 'x'.repeat(101), 'avec espace', 'accentué-123', 'a/b/c/d/e', 'cle;drop'])(
    'refuses %j',
    (cle) => {
      expect(validerCle(cle)).toMatchObject({ ok: false, error: { code: 'CLE_INVALIDE' } });
    },
  );
});

describe('cleStockee', () => {
  it('scopes a key to its sender and dossier', () => {
    const cles = new Set([
      cleStockee(1, 'usager', 7, 'cle-12345'),
      cleStockee(1, 'agent', 7, 'cle-12345'),
      cleStockee(1, 'usager', 8, 'cle-12345'),
      cleStockee(2, 'usager', 7, 'cle-12345'),
    ]);
    expect(cles.size).toBe(4);
    expect(cleStockee(1, 'usager', 7, 'cle-12345')).toBe(cleStockee(1, 'usager', 7, 'cle-12345'));
  });
});

describe('peutEcrire', () => {
  it('lets anyone write in an open conversation and nobody in a closed one', () => {
    expect(peutEcrire(true)).toEqual({ ok: true, value: true });
    expect(peutEcrire(false)).toEqual({
      ok: false,
      error: { code: 'CONVERSATION_FERMEE', message: 'La conversation sur ce dossier est fermée.' },
    });
  });
});

describe('names shown', () => {
  it.each<[string | null, string | null, string]>([
    ['Claire', 'Dubois', 'Claire D.'],
    ['  Jean  Marc ', ' de la Tour', 'Jean Marc D.'],
    ['Éloïse', 'émile', 'Éloïse É.'],
    ['Claire', null, 'Claire'],
    [null, 'Dubois', 'Service instructeur'],
    ['', '', 'Service instructeur'],
  ])('an agent %j %j is shown to the citizen as %j', (prenom, nom, attendu) => {
    expect(nomAgentAffiche(prenom, nom)).toBe(attendu);
  });

  it('never shows more than an initial of the last name, whatever it holds', () => {
    expect(nomAgentAffiche('Claire', 'claire.dubois@ville.example')).toBe('Claire C.');
    expect(nomAgentAffiche(undefined, undefined)).toBe('Service instructeur');
  });

  it.each<[string | null, string | null, string]>([
    ['Jean', 'Dupont', 'Jean Dupont'],
    [null, 'Dupont', 'Dupont'],
    [' ', null, 'Usager'],
  ])('a citizen %j %j is shown to agents as %j', (prenom, nom, attendu) => {
    expect(nomUsagerAffiche(prenom, nom)).toBe(attendu);
  });
});
