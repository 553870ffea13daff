/** Filing a dossier for a profil: the CMS client's profils() and creation body, the radios' labels, the POST. */
import { CmsClient, ErreurCms } from '../../src/lib/cms';
import type { DossierDetail } from '../../src/lib/contrat';
import { lireChoixProfil, traiterCreation } from '../../src/lib/creation-dossier';
import { libelleProfil } from '../../src/lib/profils';

type Appel = { url: string; init: RequestInit };

function faux(reponses: unknown[]) {
  const appels: Appel[] = [];
  const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    appels.push({ url: String(url), init: init ?? {} });
    const [status, corps] = reponses.shift() as [number, unknown];
    return new Response(JSON.stringify(corps), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { appels, cms: new CmsClient('http://cms.test', 1000, fetcher) };
}

const PROFILS = [
  { id: 7, type: 'association', nom: 'Les Amis du Festival' },
  { id: 9, type: 'famille', nom: 'Martin' },
];

describe('CmsClient.profils', () => {
  it('reads the citizen’s profils with their bearer', async () => {
    const { appels, cms } = faux([[200, { data: PROFILS }]]);
    expect(await cms.profils('jwt-1')).toEqual(PROFILS);
    expect(appels[0]?.url).toBe('http://cms.test/api/usagers/profils');
    expect(new Headers(appels[0]?.init.headers).get('authorization')).toBe('Bearer jwt-1');
  });

  it.each([
    ['an unknown type', { data: [{ id: 1, type: 'club', nom: 'X' }] }],
    ['an id that is not a number', { data: [{ id: '7', type: 'famille', nom: 'X' }] }],
    ['an empty name', { data: [{ id: 1, type: 'famille', nom: ' ' }] }],
    ['no data', {}],
  ])('answers 502 ReponseInvalide for %s, never a choice built on guesses', async (_cas, corps) => {
    const { cms } = faux([[200, corps]]);
    await expect(cms.profils('jwt')).rejects.toMatchObject({ status: 502, nom: 'ReponseInvalide' });
  });

  it('creates the brouillon for a profil only when one is given', async () => {
    const { appels, cms } = faux([
      [201, { data: { numero: 'GU-1' } }],
      [201, { data: { numero: 'GU-2' } }],
    ]);
    await cms.creerDossier('jwt', 'aide-permis');
    await cms.creerDossier('jwt', 'aide-permis', 7);
    expect(appels.map((a) => JSON.parse(String(a.init.body)))).toEqual([
      { dispositif: 'aide-permis' },
      { dispositif: 'aide-permis', profil: 7 },
    ]);
  });
});

describe('libelleProfil', () => {
  it.each([
    [{ id: 1, type: 'association', nom: 'Les Amis du Festival' }, 'Association Les Amis du Festival'],
    [{ id: 2, type: 'entreprise', nom: 'Dubois SARL' }, 'Entreprise Dubois SARL'],
    [{ id: 3, type: 'famille', nom: 'Martin' }, 'Famille Martin'],
    // Already named by its type: not « Famille Famille Martin ».
    [{ id: 4, type: 'famille', nom: 'famille Martin' }, 'famille Martin'],
    [{ id: 5, type: 'autre', nom: 'Collectif du quartier' }, 'Collectif du quartier'],
  ] as const)('%o → %s', (profil, libelle) => {
    expect(libelleProfil(profil)).toBe(libelle);
  });
});

describe('lireChoixProfil', () => {
  it.each([
    [null, { profil: undefined }],
    ['', { profil: undefined }],
    ['7', { profil: 7 }],
    ['0', null],
    ['-3', null],
    ['7.5', null],
    ['1e3', null],
    ['2147483647', { profil: 2_147_483_647 }],
    ['2147483648', null],
    ['99999999999999999', null],
    ['abc', null],
  ])('%p → %p', (valeur, attendu) => {
    expect(lireChoixProfil(valeur)).toEqual(attendu);
  });
});

describe('traiterCreation', () => {
  const formulaire = (profil?: string) => new URLSearchParams(profil === undefined ? {} : { profil });
  const cree = { numero: 'GU-2026-000900' } as DossierDetail;

  it('creates in the citizen’s name, or for the chosen profil', async () => {
    const creerDossier = jest.fn().mockResolvedValue(cree);
    const cms = { creerDossier };
    expect(await traiterCreation({ formulaire: formulaire(), jwt: 'j', slug: 's', cms })).toEqual({
      issue: 'cree',
      numero: 'GU-2026-000900',
    });
    await traiterCreation({ formulaire: formulaire(''), jwt: 'j', slug: 's', cms });
    await traiterCreation({ formulaire: formulaire('7'), jwt: 'j', slug: 's', cms });
    expect(creerDossier.mock.calls).toEqual([
      ['j', 's', undefined],
      ['j', 's', undefined],
      ['j', 's', 7],
    ]);
  });

  it('refuses a choice the page did not offer without calling the CMS', async () => {
    const creerDossier = jest.fn();
    const resultat = await traiterCreation({ formulaire: formulaire('x'), jwt: 'j', slug: 's', cms: { creerDossier } });
    expect(resultat).toEqual({
      issue: 'refus',
      statut: 422,
      choix: 'x',
      erreurs: [{ message: 'Choisissez pour qui vous déposez ce dossier.', surProfil: true }],
    });
    expect(creerDossier).not.toHaveBeenCalled();
  });

  it('puts the CMS’s 422 PROFIL_INCONNU on the choice and keeps what was chosen', async () => {
    const message = 'Vous ne faites pas partie de ce profil.';
    const creerDossier = jest
      .fn()
      .mockRejectedValue(
        new ErreurCms(422, 'ValidationError', message, undefined, [
          { champ: 'profil', code: 'PROFIL_INCONNU', message },
        ]),
      );
    const resultat = await traiterCreation({ formulaire: formulaire('7'), jwt: 'j', slug: 's', cms: { creerDossier } });
    expect(resultat).toEqual({ issue: 'refus', statut: 422, choix: '7', erreurs: [{ message, surProfil: true }] });
  });

  it('gives a French message for a 422 without field errors or a 400, the CMS’s for a 409, and throws anything else', async () => {
    const sansDetail = jest.fn().mockRejectedValue(new ErreurCms(422, 'ValidationError', 'Invalid'));
    expect(
      await traiterCreation({ formulaire: formulaire(), jwt: 'j', slug: 's', cms: { creerDossier: sansDetail } }),
    ).toMatchObject({ erreurs: [{ message: expect.stringContaining('n’a pas pu être créé'), surProfil: false }] });
    const mauvaisCorps = jest.fn().mockRejectedValue(new ErreurCms(400, 'ValidationError', 'Invalid body'));
    expect(
      await traiterCreation({ formulaire: formulaire('7'), jwt: 'j', slug: 's', cms: { creerDossier: mauvaisCorps } }),
    ).toMatchObject({ statut: 422, erreurs: [{ message: expect.stringContaining('n’a pas pu être créé') }] });
    const message = 'Ce dispositif n’accepte pas encore de dossiers : son formulaire n’est pas publié.';
    const nonPublie = jest.fn().mockRejectedValue(new ErreurCms(409, 'ConflictError', message, 'MODELE_NON_PUBLIE'));
    expect(
      await traiterCreation({ formulaire: formulaire(), jwt: 'j', slug: 's', cms: { creerDossier: nonPublie } }),
    ).toEqual({ issue: 'refus', statut: 409, choix: '', erreurs: [{ message, surProfil: false }] });
    const indisponible = new ErreurCms(502, 'CmsInjoignable', 'x');
    const creerDossier = jest.fn().mockRejectedValue(indisponible);
    await expect(
      traiterCreation({ formulaire: formulaire(), jwt: 'j', slug: 's', cms: { creerDossier } }),
    ).rejects.toBe(indisponible);
  });
});
