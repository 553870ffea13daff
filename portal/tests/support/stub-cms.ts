/**
 * stub-cms: a tiny HTTP server that answers like the CMS, with the shapes of the contract
 * (extensions/usagers/contracts/portail.ts). Test-only; never imported by the portal. It records every request so
 * tests can check what the portal sent (bearer, Idempotency-Key, multipart fields).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  CatalogueReponse,
  DispositifDetail,
  DossierDetail,
  DossierResume,
  ErreurApi,
  PieceApi,
  SessionReponse,
} from '../../src/lib/contrat';

export const JWT_STUB = 'jwt-stub-usager';

export const MODELE_PERMIS: DispositifDetail['modele'] = {
  sections: [
    {
      code: 'demandeur',
      titre: 'Vous',
      champs: [
        { code: 'nom', type: 'texte', libelle: 'Nom de famille', requis: true, longueurMax: 80 },
        {
          code: 'date_naissance',
          type: 'date',
          libelle: 'Date de naissance',
          requis: true,
          min: '1900-01-01',
          max: '2010-12-31',
        },
        {
          code: 'situation',
          type: 'liste',
          libelle: 'Situation',
          aide: 'Votre situation à la date de la demande.',
          requis: true,
          options: [
            { valeur: 'etudiant', libelle: 'Étudiant ou étudiante' },
            { valeur: 'demandeur_emploi', libelle: 'Demandeur ou demandeuse d’emploi' },
            { valeur: 'salarie', libelle: 'Salarié ou salariée' },
          ],
        },
      ],
    },
    {
      code: 'projet',
      titre: 'Votre projet',
      champs: [
        {
          code: 'montant_demande',
          type: 'montant',
          libelle: 'Montant demandé',
          aide: 'En euros, 1 500 € au plus.',
          requis: true,
          min: 0,
          max: 1500,
        },
        {
          code: 'precisions',
          type: 'texte',
          libelle: 'Précisions',
          aide: 'Facultatif : tout ce qui aide à comprendre votre demande.',
          requis: false,
          longueurMax: 1000,
        },
        {
          code: 'devis',
          type: 'justificatif',
          libelle: 'Devis de l’auto-école',
          requis: true,
          formats: ['application/pdf', 'image/jpeg'],
          tailleMax: 5 * 1024 * 1024,
        },
      ],
    },
  ],
};

export const DISPOSITIFS: DispositifDetail[] = [
  {
    slug: 'aide-permis',
    titre: 'Aide au permis de conduire',
    resume: 'Une aide de 500 à 1 500 € pour financer votre permis B, si vous avez entre 18 et 25 ans.',
    description:
      'Le département finance une partie du permis de conduire des jeunes de 18 à 25 ans résidant sur son territoire.\nL’aide est versée directement à l’auto-école.',
    modele: MODELE_PERMIS,
  },
  {
    slug: 'bourse-bafa',
    titre: 'Bourse BAFA',
    resume: 'Un coup de pouce pour passer le brevet d’aptitude aux fonctions d’animateur.',
    description: 'La bourse couvre une partie du coût de la formation générale BAFA.',
    modele: {
      sections: [
        { code: 'identite', titre: 'Identité', champs: [{ code: 'nom', type: 'texte', libelle: 'Nom', requis: true }] },
      ],
    },
  },
];

export interface RequeteEnregistree {
  methode: string;
  chemin: string;
  entetes: IncomingMessage['headers'];
  corps: Buffer;
}

function erreur(status: number, name: string, message: string, details: ErreurApi['error']['details'] = {}): ErreurApi {
  return { data: null, error: { status, name, message, details } };
}

export interface StubCms {
  url: string;
  requetes: RequeteEnregistree[];
  dossiers: Map<string, DossierDetail>;
  /** Content of uploaded pieces, by id. */
  fichiers: Map<number, { type: string; nom: string; contenu: Buffer }>;
  /** Makes the next matching call fail with this status. */
  echouerProchain(methode: string, motif: RegExp, status: number, corps?: ErreurApi): void;
  fermer(): Promise<void>;
}

function dossierInitial(numero: string, etat: DossierDetail['etat']): DossierDetail {
  const [dispositif] = DISPOSITIFS;
  if (!dispositif) throw new Error('fixture');
  const depose = etat !== 'brouillon';
  return {
    numero,
    dispositif: { slug: dispositif.slug, titre: dispositif.titre },
    etat,
    statutLibelle: depose ? 'En cours d’instruction' : null,
    version: 1,
    creeLe: '2026-01-05T09:30:00.000Z',
    deposeLe: depose ? '2026-01-12T14:02:00.000Z' : null,
    modele: dispositif.modele,
    donnees: depose
      ? {
          nom: 'Martin',
          date_naissance: '2005-03-14',
          situation: 'etudiant',
          montant_demande: 1234.5,
          precisions: null,
        }
      : { nom: 'Martin' },
    pieces: depose
      ? [
          {
            id: 11,
            champ: 'devis',
            nature: 'justificatif',
            nom: 'devis-auto-ecole.pdf',
            type: 'application/pdf',
            taille: 183_450,
            creeLe: '2026-01-10T10:00:00.000Z',
          },
          {
            id: 12,
            champ: null,
            nature: 'document',
            nom: 'accuse-de-reception.pdf',
            type: 'application/pdf',
            taille: 52_100,
            creeLe: '2026-01-12T14:05:00.000Z',
          },
        ]
      : [],
    ligneDeVie: depose
      ? [
          { code: 'depot', libelle: 'Dossier déposé', etat: 'passee' },
          { code: 'instruction', libelle: 'Instruction par nos services', etat: 'en_cours' },
          { code: 'decision', libelle: 'Décision', etat: 'a_venir' },
        ]
      : [],
  };
}

function resume(d: DossierDetail): DossierResume {
  const { numero, dispositif, etat, statutLibelle, version, creeLe, deposeLe } = d;
  return { numero, dispositif, etat, statutLibelle, version, creeLe, deposeLe };
}

/** Minimal multipart reading for the stub's own checks (buffers: test files are small). */
function champsMultipart(
  corps: Buffer,
  typeContenu: string,
): { champs: Record<string, string>; fichier?: { nom: string; type: string; contenu: Buffer } } {
  const frontiere = /boundary=(.+)$/.exec(typeContenu)?.[1];
  const resultat: ReturnType<typeof champsMultipart> = { champs: {} };
  if (!frontiere) return resultat;
  for (const partie of corps.toString('latin1').split(`--${frontiere}`)) {
    const fin = partie.indexOf('\r\n\r\n');
    if (fin < 0) continue;
    const entetes = partie.slice(0, fin);
    const contenu = Buffer.from(partie.slice(fin + 4, partie.length - 2), 'latin1');
    const nom = /name="([^"]*)"/.exec(entetes)?.[1] ?? '';
    const nomFichier = /filename="([^"]*)"/.exec(entetes)?.[1];
    if (nomFichier !== undefined) {
      const type = /Content-Type: (.+)/i.exec(entetes)?.[1]?.trim() ?? '';
      resultat.fichier = { nom: Buffer.from(nomFichier, 'latin1').toString('utf8'), type, contenu };
    } else resultat.champs[nom] = contenu.toString('utf8');
  }
  return resultat;
}

export async function demarrerStubCms(port = 0): Promise<StubCms> {
  const requetes: RequeteEnregistree[] = [];
  const dossiers = new Map<string, DossierDetail>([
    ['GU-2026-000123', dossierInitial('GU-2026-000123', 'brouillon')],
    ['GU-2026-000098', dossierInitial('GU-2026-000098', 'depose')],
  ]);
  const fichiers = new Map<number, { type: string; nom: string; contenu: Buffer }>([
    [11, { type: 'application/pdf', nom: 'devis-auto-ecole.pdf', contenu: Buffer.from('%PDF-1.7 devis') }],
    [12, { type: 'application/pdf', nom: 'accuse-de-reception.pdf', contenu: Buffer.from('%PDF-1.7 accuse') }],
  ]);
  const echecs: { methode: string; motif: RegExp; status: number; corps?: ErreurApi }[] = [];
  const reponsesIdempotentes = new Map<string, unknown>();
  let prochainNumero = 200;
  let prochainePiece = 100;

  const envoyer = (res: ServerResponse, status: number, corps?: unknown) => {
    res.writeHead(status, corps === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(corps === undefined ? undefined : JSON.stringify(corps));
  };

  const serveur: Server = createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on('data', (m: Buffer) => morceaux.push(m));
    req.on('error', () => undefined);
    req.on('end', () => {
      const corps = Buffer.concat(morceaux);
      const url = new URL(req.url ?? '/', 'http://stub');
      const chemin = url.pathname;
      const methode = req.method ?? 'GET';
      requetes.push({ methode, chemin, entetes: req.headers, corps });

      const echec = echecs.findIndex((e) => e.methode === methode && e.motif.test(chemin));
      if (echec >= 0) {
        const [e] = echecs.splice(echec, 1);
        if (e) return envoyer(res, e.status, e.corps ?? erreur(e.status, 'Erreur', `Échec simulé ${e.status}`));
      }

      if (methode === 'GET' && chemin === '/api/instruction/catalogue') {
        const catalogue: CatalogueReponse = {
          data: DISPOSITIFS.map(({ slug, titre, resume: r }) => ({ slug, titre, resume: r })),
        };
        return envoyer(res, 200, catalogue);
      }
      const detail = /^\/api\/instruction\/catalogue\/([^/]+)$/.exec(chemin);
      if (methode === 'GET' && detail) {
        const d = DISPOSITIFS.find((x) => x.slug === decodeURIComponent(detail[1] ?? ''));
        return d ? envoyer(res, 200, { data: d }) : envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
      }
      if (methode === 'POST' && chemin === '/api/usagers/session') {
        if (!/^Bearer .+/.test(req.headers.authorization ?? ''))
          return envoyer(res, 401, erreur(401, 'UnauthorizedError', 'Jeton manquant'));
        const session: SessionReponse = {
          jwt: JWT_STUB,
          usager: { id: 1, prenom: 'Camille', nom: 'Martin', email: 'camille.martin@example.org' },
        };
        return envoyer(res, 200, session);
      }
      if (!chemin.startsWith('/api/usagers/')) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
      if (req.headers.authorization !== `Bearer ${JWT_STUB}`)
        return envoyer(res, 401, erreur(401, 'UnauthorizedError', 'Missing or invalid credentials'));

      if (methode === 'GET' && chemin === '/api/usagers/dossiers') {
        return envoyer(res, 200, { data: [...dossiers.values()].map(resume).reverse() });
      }
      if (methode === 'POST' && chemin === '/api/usagers/dossiers') {
        const { dispositif } = JSON.parse(corps.toString() || '{}') as { dispositif?: string };
        if (!DISPOSITIFS.some((d) => d.slug === dispositif))
          return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
        const numero = `GU-2026-000${prochainNumero++}`;
        const nouveau = { ...dossierInitial(numero, 'brouillon'), donnees: {} };
        dossiers.set(numero, nouveau);
        return envoyer(res, 201, { data: nouveau });
      }
      const m = /^\/api\/usagers\/dossiers\/([^/]+)(\/depot|\/pieces(?:\/(\d+)(\/fichier)?)?)?$/.exec(chemin);
      const dossier = m ? dossiers.get(decodeURIComponent(m[1] ?? '')) : undefined;
      if (!m || !dossier) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
      const suite = m[2] ?? '';
      const idPiece = m[3] ? Number(m[3]) : undefined;

      if (methode === 'GET' && suite === '') return envoyer(res, 200, { data: dossier });
      if ((methode === 'PUT' && suite === '') || (methode === 'POST' && suite === '/depot')) {
        const cle = req.headers['idempotency-key'];
        if (suite === '/depot' && typeof cle === 'string' && reponsesIdempotentes.has(cle))
          return envoyer(res, 200, reponsesIdempotentes.get(cle));
        if (dossier.etat !== 'brouillon')
          return envoyer(res, 409, erreur(409, 'ConflictError', 'Dossier déjà déposé', { code: 'PAS_BROUILLON' }));
        const { version, donnees } = JSON.parse(corps.toString() || '{}') as {
          version?: number;
          donnees?: Record<string, never>;
        };
        if (version !== dossier.version)
          return envoyer(res, 409, erreur(409, 'ConflictError', 'Version périmée', { code: 'VERSION' }));
        dossier.donnees = { ...dossier.donnees, ...donnees };
        dossier.version += 1;
        if (suite === '/depot') {
          dossier.etat = 'depose';
          dossier.statutLibelle = 'Dossier reçu';
          dossier.deposeLe = new Date().toISOString();
          dossier.ligneDeVie = [
            { code: 'depot', libelle: 'Dossier déposé', etat: 'passee' },
            { code: 'instruction', libelle: 'Instruction par nos services', etat: 'en_cours' },
          ];
          const reponse = { data: dossier };
          if (typeof cle === 'string') reponsesIdempotentes.set(cle, reponse);
          return envoyer(res, 200, reponse);
        }
        return envoyer(res, 200, { data: dossier });
      }
      if (methode === 'POST' && suite === '/pieces') {
        if (dossier.etat !== 'brouillon') return envoyer(res, 409, erreur(409, 'ConflictError', 'Dossier déjà déposé'));
        const lu = champsMultipart(corps, req.headers['content-type'] ?? '');
        if (!lu.fichier || !lu.champs.champ)
          return envoyer(res, 422, erreur(422, 'ValidationError', 'Fichier manquant'));
        if (!lu.fichier.contenu.subarray(0, 4).equals(Buffer.from('%PDF'))) {
          return envoyer(
            res,
            422,
            erreur(422, 'ValidationError', 'Type refusé', {
              erreurs: [
                { champ: lu.champs.champ, code: 'TYPE', message: 'Ce fichier n’est pas un PDF ni une image JPEG.' },
              ],
            }),
          );
        }
        const piece: PieceApi = {
          id: prochainePiece++,
          champ: lu.champs.champ,
          nature: 'justificatif',
          nom: lu.fichier.nom,
          type: 'application/pdf',
          taille: lu.fichier.contenu.length,
          creeLe: new Date().toISOString(),
        };
        fichiers.set(piece.id, { type: piece.type, nom: piece.nom, contenu: lu.fichier.contenu });
        dossier.pieces.push(piece);
        return envoyer(res, 201, { data: piece });
      }
      if (methode === 'DELETE' && idPiece !== undefined && !m[4]) {
        const index = dossier.pieces.findIndex((p) => p.id === idPiece);
        if (index < 0) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
        dossier.pieces.splice(index, 1);
        return envoyer(res, 204);
      }
      if (methode === 'GET' && idPiece !== undefined && m[4]) {
        const fichier = dossier.pieces.some((p) => p.id === idPiece) ? fichiers.get(idPiece) : undefined;
        if (!fichier) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
        res.writeHead(200, {
          'Content-Type': fichier.type,
          'Content-Length': String(fichier.contenu.length),
          'Content-Disposition': `attachment; filename="${fichier.nom}"`,
          'X-Content-Type-Options': 'nosniff',
        });
        return res.end(fichier.contenu);
      }
      return envoyer(res, 405, erreur(405, 'MethodNotAllowedError', 'Method Not Allowed'));
    });
  });

  await new Promise<void>((resolve) => serveur.listen(port, '127.0.0.1', resolve));
  const { port: portReel } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${portReel}`,
    requetes,
    dossiers,
    fichiers,
    echouerProchain(methode, motif, status, corps) {
      echecs.push({ methode, motif, status, ...(corps ? { corps } : {}) });
    },
    fermer: () =>
      new Promise<void>((resolve) => {
        serveur.closeAllConnections();
        serveur.close(() => resolve());
      }),
  };
}
