import {
  corpsMultipart,
  ErreurTaille,
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
