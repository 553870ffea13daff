import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequeteRecue {
  methode: string;
  chemin: string;
  parametres: URLSearchParams;
  entetes: IncomingHttpHeaders;
}

/**
 * How the stub answers: normally, normally after one second (a race can happen meanwhile), 404 (nobody by that
 * name), 503 (down), or never (the caller's timeout fires).
 */
export type Mode = 'normal' | 'lent' | 'introuvable' | 'panne' | 'muet';

/**
 * Answers like the staging data of API Particulier v2 (github.com/etalab/siade_staging_data) and like our reading of
 * API R2P, with more than we keep (names, address, identifiers) so that a test can check the whitelist.
 */
const REPONSES: Record<string, unknown> = {
  '/api/v2/composition-familiale-v2': {
    regime: 'CNAF',
    allocataires: [
      {
        nomNaissance: 'DUPONT',
        nomUsage: null,
        prenoms: 'JEAN',
        anneeDateDeNaissance: '1980',
        moisDateDeNaissance: '06',
        jourDateDeNaissance: '27',
        sexe: 'M',
      },
    ],
    enfants: [
      { nomNaissance: 'DUPONT', prenoms: 'LÉA', anneeDateDeNaissance: '2012', sexe: 'F' },
      { nomNaissance: 'DUPONT', prenoms: 'HUGO', anneeDateDeNaissance: '2015', sexe: 'M' },
    ],
    adresse: {
      identite: 'Monsieur DUPONT JEAN',
      numeroLibelleVoie: '8 BOULEVARD DU PORT',
      codePostalVille: '80000 AMIENS',
      pays: 'FRANCE',
    },
    quotientFamilial: 650,
    annee: 2026,
    mois: 4,
  },
  '/r2p/v1/personnes': {
    spi: '1234567890123',
    etatCivil: {
      nomNaissance: 'DUPONT',
      nomUsage: null,
      prenoms: 'JEAN',
      dateNaissance: '1980-06-27',
      lieuNaissance: 'AMIENS',
    },
    adresse: { libelle: '8 Boulevard du Port 80000 Amiens', codePostal: '80000', commune: 'Amiens' },
  },
};

/** A local stand-in for API Particulier and API R2P on 127.0.0.1 and a random port; it records what it receives. */
export async function demarrerStubApiParticulier() {
  const requetes: RequeteRecue[] = [];
  let mode: Mode = 'normal';
  const serveur = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requetes.push({
      methode: req.method ?? '',
      chemin: url.pathname,
      parametres: url.searchParams,
      entetes: req.headers,
    });
    if (mode === 'muet') return; // never answers; closed by fermer()
    const json = (status: number, corps: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(corps));
    };
    if (mode === 'panne') return json(503, { error: 'network_error', message: 'Fournisseur indisponible' });
    const corps = REPONSES[url.pathname];
    if (mode === 'introuvable' || corps === undefined || req.method !== 'GET')
      return json(404, { error: 'not_found', message: 'Aucune donnée' });
    if (mode === 'lent') setTimeout(() => json(200, corps), 1_000);
    else json(200, corps);
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requetes,
    /** The requests received since the last call (and forgets them). */
    vider: () => requetes.splice(0, requetes.length),
    repondre(nouveau: Mode) {
      mode = nouveau;
    },
    fermer: () =>
      new Promise<void>((ok) => {
        serveur.closeAllConnections();
        serveur.close(() => ok());
      }),
  };
}
