import {
  corpsMultipart,
  ErreurMultipart,
  ErreurTaille,
  FormulaireEnFlux,
  frontiereDe,
  LecteurMultipart,
  limiterTaille,
  nomDeFichierSur,
} from '../../src/lib/multipart';

const FRONTIERE = '----WebKitFormBoundaryABC123';

function corpsNavigateur(fichier: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${FRONTIERE}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\njeton\r\n`),
    Buffer.from(`--${FRONTIERE}\r\nContent-Disposition: form-data; name="champ"\r\n\r\ndevis\r\n`),
    Buffer.from(
      `--${FRONTIERE}\r\nContent-Disposition: form-data; name="fichier"; filename="devis %22final%22.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    fichier,
    Buffer.from(`\r\n--${FRONTIERE}--\r\n`),
  ]);
}

/** A stream that delivers `octets` in chunks of `taille` bytes. */
function flux(octets: Buffer, taille: number): ReadableStream<Uint8Array> {
  let position = 0;
  return new ReadableStream({
    pull(c) {
      if (position >= octets.length) return c.close();
      c.enqueue(new Uint8Array(octets.subarray(position, position + taille)));
      position += taille;
    },
  });
}

async function lireTout(lecteur: LecteurMultipart) {
  const parties: { nom: string; nomFichier?: string; typeContenu?: string; contenu: Buffer }[] = [];
  for (let entete = await lecteur.partieSuivante(); entete; entete = await lecteur.partieSuivante()) {
    const morceaux: Uint8Array[] = [];
    for await (const m of lecteur.contenu()) morceaux.push(m);
    parties.push({ ...entete, contenu: Buffer.concat(morceaux) });
  }
  return parties;
}

describe('frontiereDe', () => {
  it.each([
    [`multipart/form-data; boundary=${FRONTIERE}`, FRONTIERE],
    ['multipart/form-data; charset=utf-8; boundary="a b"', 'a b'],
    ['application/x-www-form-urlencoded', null],
    ['multipart/form-data', null],
    [null, null],
  ])('%s', (entete, attendu) => {
    expect(frontiereDe(entete)).toBe(attendu);
  });
});

describe('LecteurMultipart', () => {
  // Binary content that contains CR, LF, dashes and a near-miss of the boundary.
  const fichier = Buffer.concat([
    Buffer.from('%PDF-1.7\r\n--'),
    Buffer.from(`\r\n--${FRONTIERE.slice(0, -1)}X`),
    Buffer.alloc(3000, 0xab),
    Buffer.from('\r\n'),
  ]);
  const corps = corpsNavigateur(fichier);

  it.each([1, 2, 3, 7, 64, 1000, corps.length])('reads every part with chunks of %i bytes', async (taille) => {
    const parties = await lireTout(new LecteurMultipart(flux(corps, taille), FRONTIERE));
    expect(parties.map((p) => p.nom)).toEqual(['_csrf', 'champ', 'fichier']);
    expect(parties[0]?.contenu.toString()).toBe('jeton');
    expect(parties[1]?.contenu.toString()).toBe('devis');
    expect(parties[2]).toMatchObject({ nomFichier: 'devis "final".pdf', typeContenu: 'application/pdf' });
    expect(parties[2]?.contenu.equals(fichier)).toBe(true);
  });

  it('reads short text fields with a cap, and skips an unread part', async () => {
    const lecteur = new LecteurMultipart(flux(corps, 5), FRONTIERE);
    expect((await lecteur.partieSuivante())?.nom).toBe('_csrf');
    expect(await lecteur.texte(100)).toBe('jeton');
    expect((await lecteur.partieSuivante())?.nom).toBe('champ');
    expect((await lecteur.partieSuivante())?.nom).toBe('fichier');
    expect(await lecteur.partieSuivante()).toBeNull();
    const autre = new LecteurMultipart(flux(corps, 5), FRONTIERE);
    await autre.partieSuivante();
    await expect(autre.texte(3)).rejects.toThrow('Champ trop long');
  });

  it('fails on a truncated body and on a part without a name', async () => {
    const tronque = corps.subarray(0, corps.length - 40);
    await expect(lireTout(new LecteurMultipart(flux(tronque, 16), FRONTIERE))).rejects.toThrow('Corps tronqué');
    const sansNom = Buffer.from(`--${FRONTIERE}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${FRONTIERE}--\r\n`);
    await expect(lireTout(new LecteurMultipart(flux(sansNom, 16), FRONTIERE))).rejects.toThrow('Partie sans nom');
  });
});

describe('LecteurMultipart on a failing connection', () => {
  it('turns a stream error (dropped connection, server body limit) into ErreurMultipart', async () => {
    let envoye = false;
    const coupe = new ReadableStream<Uint8Array>({
      pull(c) {
        if (envoye) return c.error(new Error('Body size limit exceeded'));
        envoye = true;
        c.enqueue(new Uint8Array(corpsNavigateur(Buffer.alloc(100)).subarray(0, 150)));
      },
    });
    await expect(lireTout(new LecteurMultipart(coupe, FRONTIERE))).rejects.toThrow(ErreurMultipart);
  });
});

describe('FormulaireEnFlux', () => {
  type Partie = { nom: string; valeur?: string; fichier?: Buffer };
  const corpsDe = (parties: Partie[]) =>
    Buffer.concat([
      ...parties.map((p) =>
        p.fichier
          ? Buffer.concat([
              Buffer.from(
                `--${FRONTIERE}\r\nContent-Disposition: form-data; name="${p.nom}"; filename="f.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
              ),
              p.fichier,
              Buffer.from('\r\n'),
            ])
          : Buffer.from(`--${FRONTIERE}\r\nContent-Disposition: form-data; name="${p.nom}"\r\n\r\n${p.valeur}\r\n`),
      ),
      Buffer.from(`--${FRONTIERE}--\r\n`),
    ]);
  const formulaire = (parties: Partie[], limites = { octetsTexte: 1000, parties: 10 }, taille = 7) =>
    new FormulaireEnFlux(new LecteurMultipart(flux(corpsDe(parties), taille), FRONTIERE), limites);

  it('reads the first part alone, then text parts in order up to each file, then the rest', async () => {
    const f = formulaire([
      { nom: '_csrf', valeur: 'jeton' },
      { nom: 'nom', valeur: 'Dupont' },
      { nom: 'montant', valeur: '1 234,50' },
      { nom: 'devis', fichier: Buffer.from('%PDF-1.7 devis') },
      { nom: 'action', valeur: 'televerser:devis' },
      { nom: 'precisions', valeur: 'après le fichier' },
    ]);
    expect(await f.premierePartie('_csrf', 256)).toBe('jeton');
    expect([...f.textes]).toEqual([]);
    const fichier = await f.fichierSuivant();
    expect(fichier).toMatchObject({ nom: 'devis', nomFichier: 'f.pdf' });
    expect([...f.textes]).toEqual([
      ['nom', 'Dupont'],
      ['montant', '1 234,50'],
    ]);
    // The file's bytes are there to stream, untouched by the text reading.
    const morceaux: Uint8Array[] = [];
    for await (const m of f.lecteur.contenu()) morceaux.push(m);
    expect(Buffer.concat(morceaux).toString()).toBe('%PDF-1.7 devis');
    expect(await f.fichierSuivant()).toBeNull();
    expect(f.textes.get('action')).toBe('televerser:devis');
    expect(f.textes.get('precisions')).toBe('après le fichier');
  });

  it('skips a file part that was not read', async () => {
    const f = formulaire([
      { nom: '_csrf', valeur: 'jeton' },
      { nom: 'devis', fichier: Buffer.alloc(5000, 0x2d) },
      { nom: 'action', valeur: 'enregistrer' },
    ]);
    await f.premierePartie('_csrf', 256);
    expect((await f.fichierSuivant())?.nom).toBe('devis');
    expect(await f.fichierSuivant()).toBeNull();
    expect(f.textes.get('action')).toBe('enregistrer');
  });

  it.each([
    [
      'another part first',
      [
        { nom: 'nom', valeur: 'x' },
        { nom: '_csrf', valeur: 'jeton' },
      ],
    ],
    ['a file first', [{ nom: '_csrf', fichier: Buffer.from('jeton') }]],
    ['an empty body', []],
  ])('premierePartie gives null with %s', async (_cas, parties) => {
    expect(await formulaire(parties as Partie[]).premierePartie('_csrf', 256)).toBeNull();
  });

  it('refuses a token longer than its cap', async () => {
    await expect(formulaire([{ nom: '_csrf', valeur: 'x'.repeat(300) }]).premierePartie('_csrf', 256)).rejects.toThrow(
      ErreurMultipart,
    );
  });

  it('caps the total size of names and values of the text parts', async () => {
    const limites = { octetsTexte: 40, parties: 10 };
    const tout = async (parties: Partie[]) => {
      const f = formulaire([{ nom: '_csrf', valeur: 'jeton' }, ...parties], limites);
      await f.premierePartie('_csrf', 256);
      while (await f.fichierSuivant());
      return f.textes;
    };
    // 4 + 16 + 4 + 16 = 40 bytes: just fits (the token is not counted).
    expect(
      (
        await tout([
          { nom: 'nom1', valeur: 'a'.repeat(16) },
          { nom: 'nom2', valeur: 'b'.repeat(16) },
        ])
      ).get('nom2'),
    ).toBe('b'.repeat(16));
    await expect(
      tout([
        { nom: 'nom1', valeur: 'a'.repeat(16) },
        { nom: 'nom2', valeur: 'b'.repeat(17) },
      ]),
    ).rejects.toThrow('Champ trop long');
    // Bytes, not characters; names count too.
    await expect(tout([{ nom: 'n'.repeat(30), valeur: 'é'.repeat(6) }])).rejects.toThrow(ErreurMultipart);
    await expect(tout([{ nom: 'n'.repeat(41), valeur: '' }])).rejects.toThrow('Champs trop longs');
  });

  it('caps the number of parts, files included', async () => {
    const f = formulaire(
      [
        { nom: '_csrf', valeur: 'jeton' },
        { nom: 'a', valeur: '1' },
        { nom: 'b', fichier: Buffer.from('x') },
        { nom: 'c', valeur: '3' },
      ],
      { octetsTexte: 1000, parties: 2 },
    );
    await f.premierePartie('_csrf', 256);
    expect((await f.fichierSuivant())?.nom).toBe('b');
    await expect(f.fichierSuivant()).rejects.toThrow('Trop de parties');
  });
});

describe('corpsMultipart', () => {
  it('builds a body that reads back identically, streaming the file', async () => {
    async function* morceaux() {
      yield Buffer.from('%PDF');
      yield Buffer.from('-1.7 contenu');
    }
    const { flux: sortie, typeContenu } = corpsMultipart([
      { nom: 'champ', valeur: 'devis' },
      {
        nom: 'fichier',
        fichier: { nom: 'C:\\fakepath\\mon "devis".pdf', type: 'application/pdf', contenu: morceaux() },
      },
    ]);
    const frontiere = frontiereDe(typeContenu);
    expect(frontiere).toMatch(/^----guichet[0-9a-f]{32}$/);
    const parties = await lireTout(new LecteurMultipart(sortie, frontiere!));
    expect(parties.map((p) => [p.nom, p.nomFichier, p.contenu.toString()])).toEqual([
      ['champ', undefined, 'devis'],
      ['fichier', 'mon devis.pdf', '%PDF-1.7 contenu'],
    ]);
  });
});

describe('limiterTaille', () => {
  it('lets up to max bytes through and throws beyond', async () => {
    async function* source() {
      yield new Uint8Array(6);
      yield new Uint8Array(4);
      yield new Uint8Array(1);
    }
    const vus: number[] = [];
    await expect(
      (async () => {
        for await (const m of limiterTaille(source(), 10)) vus.push(m.length);
      })(),
    ).rejects.toBeInstanceOf(ErreurTaille);
    expect(vus).toEqual([6, 4]);
  });
});

describe('nomDeFichierSur', () => {
  it.each([
    ['C:\\fakepath\\devis.pdf', 'devis.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a\r\nX-Injecte: 1.pdf', 'aX-Injecte: 1.pdf'],
    ['', 'fichier'],
    ['facture "2026".pdf', 'facture 2026.pdf'],
  ])('%j → %j', (nom, attendu) => {
    expect(nomDeFichierSur(nom)).toBe(attendu);
  });
});
