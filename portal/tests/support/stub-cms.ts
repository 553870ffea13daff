/**
 * stub-cms: a tiny HTTP server that answers like the CMS, with the shapes of the contract
 * (extensions/usagers/contracts/portail.ts). Test-only; never imported by the portal. It records every request so
 * tests can check what the portal sent (bearer, Idempotency-Key, multipart fields). Saving replaces the fields of the
 * citizen's view like the CMS does (donneesAEnregistrer); connectors answer for `quotient` and fail for the others.
 * The citizen belongs to the profils in `profils` (none unless a test adds some): creating a dossier for another one
 * is a 422 PROFIL_INCONNU, like the CMS.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Donnees, Modele } from '@guichet/formulaires';
import type {
  CatalogueReponse,
  DossierDetail,
  DossierResume,
  ErreurApi,
  PieceApi,
  ProfilApi,
  SessionReponse,
} from '../../src/lib/contrat';
import { DISPOSITIFS, dossiersInitiaux, nouveauDossier } from './fixtures.ts';
import { repondreMessages } from './stub-messages.ts';

export { DISPOSITIFS };

export const JWT_STUB = 'jwt-stub-usager';

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
  /** The citizen's profils (GET /api/usagers/profils); tests fill and empty it. */
  profils: ProfilApi[];
  /** Content of uploaded pieces, by id. */
  fichiers: Map<number, { type: string; nom: string; contenu: Buffer }>;
  /** Makes the next matching call fail with this status. */
  echouerProchain(methode: string, motif: RegExp, status: number, corps?: ErreurApi): void;
  fermer(): Promise<void>;
}

/**
 * What the CMS stores after a save (the domain's donneesAEnregistrer, written again here so that this stub runs
 * under plain Node): the fields of the citizen's view are replaced by what was sent, the others (agent fields,
 * connector data) keep their value.
 */
function enregistrer(modele: Modele, existantes: Donnees, envoyees: Donnees): Donnees {
  const { onglets } = modele.vues.usager;
  const codesVue = new Set(onglets.flatMap((o) => o.sections.flatMap((s) => s.lignes.flatMap((l) => l.champs))));
  const resultat: Donnees = {};
  for (const champ of modele.champs) {
    const editable = codesVue.has(champ.code) && champ.type !== 'api_particulier' && champ.type !== 'api_r2p';
    const source = editable ? envoyees : existantes;
    if (Object.hasOwn(source, champ.code)) resultat[champ.code] = source[champ.code]!;
  }
  return resultat;
}

function resume(d: DossierDetail): DossierResume {
  const { numero, dispositif, etat, statutLibelle, version, creeLe, deposeLe, profil } = d;
  return { numero, dispositif, etat, statutLibelle, version, creeLe, deposeLe, profil: profil ?? null };
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
  const dossiers = new Map<string, DossierDetail>(dossiersInitiaux().map((d) => [d.numero, d]));
  const fichiers = new Map<number, { type: string; nom: string; contenu: Buffer }>([
    [11, { type: 'application/pdf', nom: 'devis-auto-ecole.pdf', contenu: Buffer.from('%PDF-1.7 devis') }],
    [12, { type: 'application/pdf', nom: 'accuse-de-reception.pdf', contenu: Buffer.from('%PDF-1.7 accuse') }],
  ]);
  const profils: ProfilApi[] = [];
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

      if (repondreMessages({ methode, chemin, entetes: req.headers, corps, dossiers }, (s, c) => envoyer(res, s, c)))
        return;
      if (methode === 'GET' && chemin === '/api/usagers/dossiers') {
        return envoyer(res, 200, { data: [...dossiers.values()].map(resume).reverse() });
      }
      if (methode === 'GET' && chemin === '/api/usagers/profils') return envoyer(res, 200, { data: profils });
      if (methode === 'POST' && chemin === '/api/usagers/dossiers') {
        const { dispositif, profil } = JSON.parse(corps.toString() || '{}') as { dispositif?: string; profil?: number };
        if (!dispositif || !DISPOSITIFS.some((d) => d.slug === dispositif))
          return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
        const membre = profils.find((p) => p.id === profil);
        if (profil !== undefined && !membre) {
          const message = 'Vous ne faites pas partie de ce profil.';
          const details = { erreurs: [{ champ: 'profil', code: 'PROFIL_INCONNU', message }] };
          return envoyer(res, 422, erreur(422, 'ValidationError', message, details));
        }
        const numero = `GU-2026-000${prochainNumero++}`;
        const nouveau = nouveauDossier(numero, dispositif);
        // The dossier's typeProfil follows the profil's (famille and autre file as particulier).
        if (membre?.type === 'association' || membre?.type === 'entreprise') nouveau.typeProfil = membre.type;
        nouveau.profil = membre ? { ...membre } : null;
        dossiers.set(numero, nouveau);
        return envoyer(res, 201, { data: nouveau });
      }
      const reponseDemande = /^\/api\/usagers\/dossiers\/([^/]+)\/demandes\/(\d+)\/piece$/.exec(chemin);
      if (methode === 'POST' && reponseDemande) {
        // Like the CMS: the request must be open on this dossier; a PDF (magic bytes) answers it.
        const cible = dossiers.get(decodeURIComponent(reponseDemande[1] ?? ''));
        const demande = cible?.demandes?.find((d) => d.id === Number(reponseDemande[2]));
        if (!cible || !demande) return envoyer(res, 404, erreur(404, 'INTROUVABLE', 'Cette demande est introuvable.'));
        const lu = champsMultipart(corps, req.headers['content-type'] ?? '');
        if (!lu.fichier?.contenu.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
          const message = 'Le fichier doit être au format PDF, PNG ou JPEG.';
          return envoyer(
            res,
            422,
            erreur(422, 'FORMAT_REFUSE', message, { erreurs: [{ champ: 'fichier', code: 'FORMAT_REFUSE', message }] }),
          );
        }
        const piece: PieceApi = {
          id: prochainePiece++,
          champ: null,
          nature: 'justificatif',
          nom: lu.fichier.nom,
          type: 'application/pdf',
          taille: lu.fichier.contenu.length,
          creeLe: new Date().toISOString(),
        };
        fichiers.set(piece.id, { type: piece.type, nom: piece.nom, contenu: lu.fichier.contenu });
        cible.pieces.push(piece);
        cible.demandes = cible.demandes!.filter((d) => d !== demande);
        return envoyer(res, 201, { data: piece });
      }
      const m =
        /^\/api\/usagers\/dossiers\/([^/]+)(\/depot|\/connecteurs\/([a-z0-9_]+)|\/pieces(?:\/(\d+)(\/fichier)?)?)?$/.exec(
          chemin,
        );
      const dossier = m ? dossiers.get(decodeURIComponent(m[1] ?? '')) : undefined;
      if (!m || !dossier) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
      const suite = m[2] ?? '';
      const connecteur = m[3];
      const idPiece = m[4] ? Number(m[4]) : undefined;
      const fichierPiece = Boolean(m[5]);

      if (methode === 'GET' && suite === '') return envoyer(res, 200, { data: dossier });
      if ((methode === 'PUT' && suite === '') || (methode === 'POST' && suite === '/depot')) {
        const cle = req.headers['idempotency-key'];
        if (suite === '/depot' && typeof cle === 'string' && reponsesIdempotentes.has(cle))
          return envoyer(res, 200, reponsesIdempotentes.get(cle));
        if (dossier.etat !== 'brouillon')
          return envoyer(res, 409, erreur(409, 'ConflictError', 'Dossier déjà déposé', { code: 'PAS_BROUILLON' }));
        const { version, donnees } = JSON.parse(corps.toString() || '{}') as {
          version?: number;
          donnees?: DossierDetail['donnees'];
        };
        if (version !== dossier.version)
          return envoyer(res, 409, erreur(409, 'ConflictError', 'Version périmée', { code: 'VERSION' }));
        dossier.donnees = enregistrer(dossier.modele, dossier.donnees, donnees ?? {});
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
      if (methode === 'POST' && connecteur) {
        if (dossier.etat !== 'brouillon') return envoyer(res, 409, erreur(409, 'ConflictError', 'Dossier déjà déposé'));
        const { version } = JSON.parse(corps.toString() || '{}') as { version?: number };
        if (version !== dossier.version)
          return envoyer(res, 409, erreur(409, 'ConflictError', 'Version périmée', { code: 'VERSION_PERIMEE' }));
        if (connecteur !== 'quotient')
          return envoyer(
            res,
            502,
            erreur(502, 'BadGatewayError', 'Le service de l’INSEE ne répond pas. Réessayez dans une heure.', {
              code: 'CONNECTEUR_INDISPONIBLE',
            }),
          );
        dossier.donnees = { ...dossier.donnees, quotient: { quotient_familial: 620, allocataire: 'Camille Martin' } };
        dossier.version += 1;
        return envoyer(res, 200, { data: dossier });
      }
      if (methode === 'DELETE' && idPiece !== undefined && !fichierPiece) {
        const index = dossier.pieces.findIndex((p) => p.id === idPiece);
        if (index < 0) return envoyer(res, 404, erreur(404, 'NotFoundError', 'Not Found'));
        dossier.pieces.splice(index, 1);
        return envoyer(res, 204);
      }
      if (methode === 'GET' && idPiece !== undefined && fichierPiece) {
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
    profils,
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
