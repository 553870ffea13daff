import { ErreurAdresse, rechercherAdresses, requeteAdresseValide } from '../../src/lib/adresse';

const geojson = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [2.290084, 49.897443] },
      properties: {
        label: '8 Boulevard du Port 80000 Amiens',
        postcode: '80000',
        city: 'Amiens',
        citycode: '80021',
        score: 0.9,
      },
    },
    { type: 'Feature', properties: { label: 'Amiens', type: 'municipality' } },
  ],
};

function fetcher(reponse: () => Promise<Response>) {
  const urls: string[] = [];
  const f = (async (url: URL | RequestInfo) => {
    urls.push(String(url));
    return reponse();
  }) as typeof fetch;
  return { urls, f };
}

describe('rechercherAdresses', () => {
  it('asks API Adresse for 5 suggestions and maps its GeoJSON to addresses', async () => {
    const { urls, f } = fetcher(async () => Response.json(geojson));
    const adresses = await rechercherAdresses(' 8 bd du Port ', {
      baseUrl: 'http://ban.test',
      timeoutMs: 1000,
      fetcher: f,
    });
    expect(urls).toEqual(['http://ban.test/search/?q=8+bd+du+Port&limit=5']);
    expect(adresses).toEqual([
      {
        libelle: '8 Boulevard du Port 80000 Amiens',
        codePostal: '80000',
        commune: 'Amiens',
        codeInsee: '80021',
        longitude: 2.290084,
        latitude: 49.897443,
      },
      { libelle: 'Amiens' },
    ]);
  });

  it('does not call the service for a query it would refuse', async () => {
    const { urls, f } = fetcher(async () => Response.json(geojson));
    expect(await rechercherAdresses('8 ', { baseUrl: 'http://ban.test', timeoutMs: 1000, fetcher: f })).toEqual([]);
    expect(urls).toEqual([]);
    expect(requeteAdresseValide('-- rue')).toBe(false);
    expect(requeteAdresseValide('é'.repeat(201))).toBe(false);
    expect(requeteAdresseValide('Évry')).toBe(true);
  });

  it('refuses an unexpected answer, an error status and a late answer', async () => {
    const options = (f: typeof fetch) => ({ baseUrl: 'http://ban.test', timeoutMs: 50, fetcher: f });
    await expect(
      rechercherAdresses(
        '8 bd du port',
        options(fetcher(async () => Response.json({ features: [{ properties: {} }] })).f),
      ),
    ).rejects.toThrow(ErreurAdresse);
    await expect(
      rechercherAdresses('8 bd du port', options(fetcher(async () => new Response('x', { status: 503 })).f)),
    ).rejects.toThrow('503');
    const lent = (async (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
      })) as typeof fetch;
    await expect(rechercherAdresses('8 bd du port', options(lent))).rejects.toThrow('50 ms');
  });
});
