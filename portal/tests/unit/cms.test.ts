import { CmsClient, DUREE_CACHE_CATALOGUE_MS, ErreurCms, erreurDepuisReponse } from '../../src/lib/cms';

type Appel = { url: string; init: RequestInit };

function faux(reponses: (() => Response | Promise<Response>)[]) {
  const appels: Appel[] = [];
  const fetcher = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    appels.push({ url: String(url), init: init ?? {} });
    const suivante = reponses.shift();
    if (!suivante) throw new Error('pas de réponse prévue');
    return suivante();
  });
  return { appels, fetcher: fetcher as unknown as typeof fetch };
}

const json = (status: number, corps: unknown) => () =>
  new Response(JSON.stringify(corps), { status, headers: { 'Content-Type': 'application/json' } });
const entete = (appel: Appel | undefined, nom: string) => new Headers(appel?.init.headers).get(nom);

describe('erreurDepuisReponse', () => {
  it('reads the Strapi error shape with field errors', () => {
    const e = erreurDepuisReponse(422, {
      data: null,
      error: {
        status: 422,
        name: 'ValidationError',
        message: 'Données invalides',
        details: {
          code: 'VALIDATION',
          erreurs: [{ champ: 'nom', code: 'REQUIS', message: 'Renseignez « Nom ».' }, { bizarre: true }],
        },
      },
    });
    expect(e).toBeInstanceOf(ErreurCms);
    expect(e).toMatchObject({ status: 422, nom: 'ValidationError', message: 'Données invalides', code: 'VALIDATION' });
    expect(e.erreurs).toEqual([{ champ: 'nom', code: 'REQUIS', message: 'Renseignez « Nom ».' }]);
  });

  it('keeps the table cell an error is about', () => {
    const e = erreurDepuisReponse(422, {
      data: null,
      error: {
        status: 422,
        name: 'ValidationError',
        message: 'x',
        details: {
          erreurs: [
            { champ: 'depenses', code: 'CELLULE', message: 'm', cellule: { ligne: 1, colonne: 'prix' } },
            { champ: 'autre', code: 'FORMAT', message: 'n', cellule: { ligne: 'x' } },
          ],
        },
      },
    });
    expect(e.erreurs).toEqual([
      { champ: 'depenses', code: 'CELLULE', message: 'm', cellule: { ligne: 1, colonne: 'prix' } },
      { champ: 'autre', code: 'FORMAT', message: 'n' },
    ]);
  });

  it('keeps the HTTP status when the body is not the Strapi shape', () => {
    const e = erreurDepuisReponse(502, '<html>Bad gateway</html>');
    expect(e).toMatchObject({ status: 502, nom: 'HTTP502', erreurs: [] });
  });
});

describe('CmsClient', () => {
  it('sends the JWT as a bearer and maps a 404 to ErreurCms', async () => {
    const { appels, fetcher } = faux([
      json(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } }),
    ]);
    const cms = new CmsClient('http://cms.test', 1000, fetcher);
    await expect(cms.dossier('jwt-1', 'GU/1')).rejects.toMatchObject({ status: 404, nom: 'NotFoundError' });
    expect(appels[0]?.url).toBe('http://cms.test/api/usagers/dossiers/GU%2F1');
    expect(entete(appels[0], 'authorization')).toBe('Bearer jwt-1');
  });

  it('asks the CMS to call a connector for a field, and passes its French refusal on', async () => {
    const { appels, fetcher } = faux([
      json(200, { data: {} }),
      json(502, {
        data: null,
        error: { status: 502, name: 'ConnecteurIndisponible', message: 'La CAF ne répond pas.', details: {} },
      }),
    ]);
    const cms = new CmsClient('http://cms.test', 1000, fetcher);
    await cms.appelerConnecteur('jwt-1', 'GU-1', 'quotient', 7);
    expect(appels[0]?.url).toBe('http://cms.test/api/usagers/dossiers/GU-1/connecteurs/quotient');
    expect(appels[0]?.init.method).toBe('POST');
    expect(appels[0]?.init.body).toBe('{"version":7}');
    await expect(cms.appelerConnecteur('jwt-1', 'GU-1', 'quotient', 7)).rejects.toMatchObject({
      status: 502,
      message: 'La CAF ne répond pas.',
    });
  });

  it('exchanges the OIDC access token at POST /api/usagers/session', async () => {
    const { appels, fetcher } = faux([
      json(200, { jwt: 'cms-jwt', usager: { id: 1, prenom: 'A', nom: 'B', email: 'a@b' } }),
    ]);
    const reponse = await new CmsClient('http://cms.test', 1000, fetcher).ouvrirSession('access-token');
    expect(reponse.jwt).toBe('cms-jwt');
    expect(appels[0]?.init.method).toBe('POST');
    expect(entete(appels[0], 'authorization')).toBe('Bearer access-token');
  });

  it('posts the deposit with its Idempotency-Key and the body of the contract', async () => {
    const { appels, fetcher } = faux([json(200, { data: {} })]);
    await new CmsClient('http://cms.test', 1000, fetcher).deposer(
      'jwt',
      'GU-1',
      { version: 3, donnees: { nom: 'Martin' } },
      'cle-1',
    );
    expect(appels[0]?.url).toBe('http://cms.test/api/usagers/dossiers/GU-1/depot');
    expect(entete(appels[0], 'idempotency-key')).toBe('cle-1');
    expect(JSON.parse(String(appels[0]?.init.body))).toEqual({ version: 3, donnees: { nom: 'Martin' } });
  });

  it('maps a 422 with details.erreurs, and a 409', async () => {
    const { fetcher } = faux([
      json(422, {
        data: null,
        error: {
          status: 422,
          name: 'ValidationError',
          message: 'x',
          details: { erreurs: [{ champ: 'montant', code: 'FORMAT', message: 'Indiquez un montant.' }] },
        },
      }),
      json(409, {
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'Version périmée', details: { code: 'VERSION' } },
      }),
    ]);
    const cms = new CmsClient('http://cms.test', 1000, fetcher);
    await expect(cms.enregistrer('jwt', 'GU-1', { version: 1, donnees: {} })).rejects.toMatchObject({
      status: 422,
      erreurs: [{ champ: 'montant' }],
    });
    await expect(cms.enregistrer('jwt', 'GU-1', { version: 1, donnees: {} })).rejects.toMatchObject({
      status: 409,
      code: 'VERSION',
    });
  });

  it('accepts an empty 204 (deletion)', async () => {
    const { fetcher } = faux([() => new Response(null, { status: 204 })]);
    await expect(
      new CmsClient('http://cms.test', 1000, fetcher).supprimerPiece('jwt', 'GU-1', 4),
    ).resolves.toBeUndefined();
  });

  it('turns a timeout into a 504 and a network failure into a 502', async () => {
    const lent = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    await expect(new CmsClient('http://cms.test', 20, lent as typeof fetch).catalogue()).rejects.toMatchObject({
      status: 504,
      nom: 'CmsDelaiDepasse',
    });
    const enPanne = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(new CmsClient('http://cms.test', 1000, enPanne).catalogue()).rejects.toMatchObject({
      status: 502,
      nom: 'CmsInjoignable',
    });
  });

  it('caches the public catalogue for 30 s, but not failures', async () => {
    let maintenant = 0;
    const catalogue = json(200, { data: [{ slug: 'a', titre: 'A', resume: 'r' }] });
    const { fetcher, appels } = faux([
      json(503, { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'x', details: {} } }),
      catalogue,
      catalogue,
    ]);
    const cms = new CmsClient('http://cms.test', 1000, fetcher, () => maintenant);
    await expect(cms.catalogue()).rejects.toMatchObject({ status: 503 });
    expect(await cms.catalogue()).toHaveLength(1);
    maintenant = DUREE_CACHE_CATALOGUE_MS - 1;
    await cms.catalogue();
    expect(appels).toHaveLength(2);
    maintenant = DUREE_CACHE_CATALOGUE_MS + 1;
    await cms.catalogue();
    expect(appels).toHaveLength(3);
  });

  it('never caches what depends on a citizen', async () => {
    const { fetcher, appels } = faux([json(200, { data: [] }), json(200, { data: [] })]);
    const cms = new CmsClient('http://cms.test', 1000, fetcher);
    await cms.mesDossiers('jwt');
    await cms.mesDossiers('jwt');
    expect(appels).toHaveLength(2);
  });

  it('streams downloads: the body is handed back unread', async () => {
    const { fetcher } = faux([
      () => new Response('octets', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="a.pdf"' } }),
    ]);
    const reponse = await new CmsClient('http://cms.test', 1000, fetcher).telechargerPiece('jwt', 'GU-1', 3);
    expect(reponse.bodyUsed).toBe(false);
    expect(await reponse.text()).toBe('octets');
  });
});
