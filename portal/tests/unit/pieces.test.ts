import type { ChampJustificatif } from '@guichet/formulaires';
import { ErreurCms, type CmsClient } from '../../src/lib/cms';
import type { PieceApi } from '../../src/lib/contrat';
import { frontiereDe, LecteurMultipart } from '../../src/lib/multipart';
import { dispositionPieceJointe, envoyerPiece, TAILLE_MAX_FICHIER } from '../../src/lib/pieces';

const FRONTIERE = 'XyZ';
const devis: ChampJustificatif = {
  code: 'devis',
  type: 'justificatif',
  libelle: 'Devis',
  requis: true,
  formats: ['application/pdf'],
  tailleMax: 5 * 1024 * 1024,
};

function requete(
  parties: { nom: string; valeur?: string; fichier?: { nom: string; contenu: Buffer } }[],
  longueurAnnoncee?: number,
): Request {
  const morceaux: Buffer[] = [];
  for (const p of parties) {
    if (p.fichier) {
      morceaux.push(
        Buffer.from(
          `--${FRONTIERE}\r\nContent-Disposition: form-data; name="${p.nom}"; filename="${p.fichier.nom}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        p.fichier.contenu,
        Buffer.from('\r\n'),
      );
    } else {
      morceaux.push(
        Buffer.from(`--${FRONTIERE}\r\nContent-Disposition: form-data; name="${p.nom}"\r\n\r\n${p.valeur}\r\n`),
      );
    }
  }
  morceaux.push(Buffer.from(`--${FRONTIERE}--\r\n`));
  const corps = Buffer.concat(morceaux);
  // Chunked delivery, as from a socket; no Content-Length unless the test announces one.
  let position = 0;
  const flux = new ReadableStream<Uint8Array>({
    pull(c) {
      if (position >= corps.length) return c.close();
      c.enqueue(new Uint8Array(corps.subarray(position, position + 64 * 1024)));
      position += 64 * 1024;
    },
  });
  const entetes: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${FRONTIERE}` };
  if (longueurAnnoncee !== undefined) entetes['content-length'] = String(longueurAnnoncee);
  return new Request('http://portail.test/compte/dossiers/GU-1/pieces', {
    method: 'POST',
    headers: entetes,
    body: flux,
    duplex: 'half',
  } as RequestInit);
}

/** A CMS that reads the whole upload like the real one, and records what it got. */
function cmsFactice(reponse?: ErreurCms) {
  const recu: { champ?: string; nom?: string; octets: number }[] = [];
  const cms = {
    async televerserPiece(
      _jwt: string,
      _numero: string,
      corps: ReadableStream<Uint8Array>,
      typeContenu: string,
    ): Promise<PieceApi> {
      const lecteur = new LecteurMultipart(corps, frontiereDe(typeContenu)!);
      const vu: { champ?: string; nom?: string; octets: number } = { octets: 0 };
      for (let p = await lecteur.partieSuivante(); p; p = await lecteur.partieSuivante()) {
        if (p.nom === 'champ') vu.champ = await lecteur.texte(100);
        else for await (const m of lecteur.contenu()) vu.octets += m.length;
        if (p.nomFichier) vu.nom = p.nomFichier;
      }
      recu.push(vu);
      if (reponse) throw reponse;
      return {
        id: 7,
        champ: vu.champ ?? null,
        nature: 'justificatif',
        nom: vu.nom ?? '',
        type: 'application/pdf',
        taille: vu.octets,
        creeLe: '2026-01-01T00:00:00Z',
      };
    },
  };
  return { recu, cms: cms as unknown as CmsClient };
}

const base = { csrfSession: 'jeton-csrf', jwt: 'jwt', numero: 'GU-1', champs: [devis] };

describe('envoyerPiece', () => {
  it('streams the file to the CMS with its field code', async () => {
    const { cms, recu } = cmsFactice();
    const contenu = Buffer.alloc(300_000, 1);
    const resultat = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'devis' },
        { nom: 'fichier', fichier: { nom: 'devis.pdf', contenu } },
      ]),
    });
    expect(resultat).toMatchObject({ ok: true, piece: { id: 7, nom: 'devis.pdf', taille: 300_000 } });
    expect(recu).toEqual([{ champ: 'devis', nom: 'devis.pdf', octets: 300_000 }]);
  });

  it('refuses a wrong or missing CSRF token before reading anything else', async () => {
    const { cms, recu } = cmsFactice();
    for (const parties of [
      [
        { nom: '_csrf', valeur: 'autre' },
        { nom: 'champ', valeur: 'devis' },
      ],
      [
        { nom: 'champ', valeur: 'devis' },
        { nom: '_csrf', valeur: 'jeton-csrf' },
      ],
    ]) {
      expect(await envoyerPiece({ ...base, cms, requete: requete(parties) })).toEqual({ ok: false, raison: 'csrf' });
    }
    expect(recu).toHaveLength(0);
  });

  it('refuses a field that is not a justificatif of the model', async () => {
    const { cms } = cmsFactice();
    const r = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'role' },
        { nom: 'fichier', fichier: { nom: 'a.pdf', contenu: Buffer.from('x') } },
      ]),
    });
    expect(r).toMatchObject({ ok: false, raison: 'champ' });
  });

  it('asks for a file when the input was left empty', async () => {
    const { cms, recu } = cmsFactice();
    const r = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'devis' },
        { nom: 'fichier', fichier: { nom: '', contenu: Buffer.alloc(0) } },
      ]),
    });
    expect(r).toMatchObject({
      ok: false,
      raison: 'fichier',
      message: expect.stringContaining('Choisissez un fichier'),
    });
    expect(recu).toHaveLength(0);
  });

  it('stops a file over the limit while streaming, without a Content-Length', async () => {
    const { cms } = cmsFactice();
    const trop = Buffer.alloc(devis.tailleMax + 1, 2);
    const r = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'devis' },
        { nom: 'fichier', fichier: { nom: 'gros.pdf', contenu: trop } },
      ]),
    });
    expect(r).toMatchObject({
      ok: false,
      raison: 'fichier',
      message: 'Le fichier pour «\u00A0Devis\u00A0» doit faire 5\u00A0Mo au plus.',
    });
  });

  it('refuses at once a body whose Content-Length is over the portal limit', async () => {
    const { cms, recu } = cmsFactice();
    const grand: ChampJustificatif = { ...devis, tailleMax: 50 * 1024 * 1024 };
    const r = await envoyerPiece({
      ...base,
      champs: [grand],
      cms,
      requete: requete(
        [
          { nom: '_csrf', valeur: 'jeton-csrf' },
          { nom: 'champ', valeur: 'devis' },
          { nom: 'fichier', fichier: { nom: 'a.pdf', contenu: Buffer.from('%PDF') } },
        ],
        TAILLE_MAX_FICHIER + 200_000,
      ),
    });
    expect(r).toMatchObject({ ok: false, raison: 'fichier', message: expect.stringContaining('10\u00A0Mo') });
    expect(recu).toHaveLength(0);
  });

  it('shows the CMS message when it refuses the type (422)', async () => {
    const refus = new ErreurCms(422, 'ValidationError', 'Type refusé', undefined, [
      { champ: 'devis', code: 'TYPE', message: 'Ce fichier n’est pas un PDF.' },
    ]);
    const { cms } = cmsFactice(refus);
    const r = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'devis' },
        { nom: 'fichier', fichier: { nom: 'a.exe', contenu: Buffer.from('MZ') } },
      ]),
    });
    expect(r).toMatchObject({ ok: false, raison: 'fichier', message: 'Ce fichier n’est pas un PDF.' });
  });

  it('reports a request the CMS found malformed (400) on the field, without a 500', async () => {
    const { cms } = cmsFactice(new ErreurCms(400, 'REQUETE_INVALIDE', 'La requête est invalide.'));
    const r = await envoyerPiece({
      ...base,
      cms,
      requete: requete([
        { nom: '_csrf', valeur: 'jeton-csrf' },
        { nom: 'champ', valeur: 'devis' },
        { nom: 'fichier', fichier: { nom: 'a.pdf', contenu: Buffer.from('%PDF') } },
      ]),
    });
    expect(r).toMatchObject({ ok: false, raison: 'fichier', message: 'L’envoi du fichier n’a pas abouti. Réessayez.' });
  });

  it('lets other CMS errors through (401, 404 are handled by the page)', async () => {
    const { cms } = cmsFactice(new ErreurCms(401, 'UnauthorizedError', 'x'));
    await expect(
      envoyerPiece({
        ...base,
        cms,
        requete: requete([
          { nom: '_csrf', valeur: 'jeton-csrf' },
          { nom: 'champ', valeur: 'devis' },
          { nom: 'fichier', fichier: { nom: 'a.pdf', contenu: Buffer.from('%PDF') } },
        ]),
      }),
    ).rejects.toMatchObject({ status: 401 });
  });
});

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
