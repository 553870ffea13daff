/**
 * The dossier form's POST (src/lib/soumission.ts) against a CMS double that reads uploads like the real one and
 * records every call in order: nothing typed is lost, whatever the button.
 */
import type { Modele } from '@guichet/formulaires';
import { ErreurCms, type CmsClient } from '../../src/lib/cms';
import type { DepotCorps, DossierDetail, PieceApi } from '../../src/lib/contrat';
import { frontiereDe, LecteurMultipart } from '../../src/lib/multipart';
import { lireAction, traiterSoumission, type Reaffichage, type Soumission } from '../../src/lib/soumission';

const FRONTIERE = '----WebKitFormBoundaryXyZ';
const CSRF = 'jeton-csrf';
const CLE = '0b7c5c1e-3f5e-4c47-9a53-2f4f7c1d2e3a';

const modele: Modele = {
  champs: [
    { code: 'nom', type: 'texte', libelle: 'Nom', requis: true },
    { code: 'montant', type: 'montant', libelle: 'Montant', requis: true, min: 0, max: 1500 },
    { code: 'precisions', type: 'texte', libelle: 'Précisions', requis: false },
    {
      code: 'devis',
      type: 'justificatif',
      libelle: 'Devis',
      requis: true,
      formats: ['application/pdf'],
      tailleMax: 5 * 1024 * 1024,
    },
    // A field below a justificatif: the browser sends it after that file.
    { code: 'commentaire', type: 'texte', libelle: 'Commentaire', requis: false },
    {
      code: 'rib',
      type: 'justificatif',
      libelle: 'RIB',
      requis: false,
      formats: ['application/pdf'],
      tailleMax: 5 * 1024 * 1024,
    },
    {
      code: 'postes',
      type: 'tableau',
      libelle: 'Postes',
      requis: false,
      lignesMax: 3,
      colonnes: [{ code: 'poste', libelle: 'Poste', type: 'texte', requis: true }],
    },
    { code: 'qf', type: 'api_particulier', libelle: 'Quotient familial', requis: false, service: 'quotient_familial' },
    { code: 'agent', type: 'texte', libelle: 'Note de l’agent', requis: false },
  ],
  vues: {
    usager: {
      onglets: [
        {
          code: 'o',
          titre: 'O',
          sections: [
            {
              code: 's',
              titre: 'S',
              lignes: ['nom', 'montant', 'precisions', 'devis', 'commentaire', 'rib', 'postes', 'qf'].map((c) => ({
                champs: [c],
              })),
            },
          ],
        },
      ],
    },
    agent: {
      onglets: [{ code: 'a', titre: 'A', sections: [{ code: 'a', titre: 'A', lignes: [{ champs: ['agent'] }] }] }],
    },
  },
};

const piece = (id: number, champ: string, nom = `${champ}.pdf`): PieceApi => ({
  id,
  champ,
  nature: 'justificatif',
  nom,
  type: 'application/pdf',
  taille: 10,
  creeLe: '2026-01-01T00:00:00Z',
});

function dossier(): DossierDetail {
  return {
    numero: 'GU-2026-000001',
    dispositif: { slug: 'd', titre: 'D' },
    etat: 'brouillon',
    statutLibelle: null,
    version: 3,
    creeLe: '2026-01-01T00:00:00Z',
    deposeLe: null,
    modele,
    modeleVersion: 1,
    referentiels: {},
    typeProfil: 'particulier',
    donnees: { nom: 'Ancien', montant: 10, precisions: 'stockées', commentaire: 'stocké', agent: 'interne' },
    pieces: [piece(5, 'rib', 'rib-ancien.pdf')],
    ligneDeVie: [],
  };
}

type Partie = { nom: string; valeur?: string; fichier?: { nom: string; contenu: Buffer } };

/** The parts a browser sends for the form, in tree order; `apres` come after the justificatifs. */
function formulaire(options: {
  nom?: string;
  montant?: string;
  precisions?: string;
  commentaire?: string;
  devis?: { nom: string; contenu: Buffer };
  rib?: { nom: string; contenu: Buffer };
  action?: string;
  csrf?: string;
}): Partie[] {
  const vide = { nom: '', contenu: Buffer.alloc(0) };
  const parties: Partie[] = [
    { nom: '_csrf', valeur: options.csrf ?? CSRF },
    { nom: 'version', valeur: '3' },
    { nom: '_idempotence', valeur: CLE },
    { nom: 'nom', valeur: options.nom ?? 'Dupont' },
    { nom: 'montant', valeur: options.montant ?? '1 234,50' },
    { nom: 'precisions', valeur: options.precisions ?? '' },
    { nom: 'devis', fichier: options.devis ?? vide },
  ];
  if (options.action?.startsWith('televerser:devis')) parties.push({ nom: 'action', valeur: options.action });
  parties.push({ nom: 'commentaire', valeur: options.commentaire ?? 'stocké' });
  parties.push({ nom: 'rib', fichier: options.rib ?? vide });
  if (options.action && !options.action.startsWith('televerser:devis'))
    parties.push({ nom: 'action', valeur: options.action });
  return parties;
}

function requete(parties: Partie[], options: { morceau?: number; couperApres?: number } = {}): Request {
  const morceaux: Buffer[] = [];
  for (const p of parties) {
    if (p.fichier) {
      const type = p.fichier.nom === '' ? 'application/octet-stream' : 'application/pdf';
      morceaux.push(
        Buffer.from(
          `--${FRONTIERE}\r\nContent-Disposition: form-data; name="${p.nom}"; filename="${p.fichier.nom}"\r\nContent-Type: ${type}\r\n\r\n`,
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
  const taille = options.morceau ?? 64 * 1024;
  const fin = options.couperApres ?? corps.length;
  let position = 0;
  const flux = new ReadableStream<Uint8Array>({
    pull(c) {
      if (position >= fin) {
        if (fin < corps.length) return c.error(new Error('connexion perdue'));
        return c.close();
      }
      c.enqueue(new Uint8Array(corps.subarray(position, Math.min(fin, position + taille))));
      position += taille;
    },
  });
  return new Request('http://portail.test/compte/dossiers/GU-2026-000001/modifier', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${FRONTIERE}` },
    body: flux,
    duplex: 'half',
  } as RequestInit);
}

type Appel =
  | { type: 'enregistrer'; corps: DepotCorps }
  | { type: 'televerser'; champ?: string; nom?: string; octets: number }
  | { type: 'supprimer'; id: number }
  | { type: 'deposer'; corps: DepotCorps; cle: string }
  | { type: 'connecteur'; champ: string; version: number };

/** A CMS that reads uploads whole, like the real one; `echecs` makes the next call of a kind fail. */
function cmsFactice() {
  const appels: Appel[] = [];
  const echecs: Partial<Record<Appel['type'], ErreurCms[]>> = {};
  let version = 3;
  let prochainId = 100;
  const echouer = (type: Appel['type']) => {
    const erreur = echecs[type]?.shift();
    if (erreur) throw erreur;
  };
  const cms = {
    async enregistrer(_jwt: string, _numero: string, corps: DepotCorps): Promise<DossierDetail> {
      appels.push({ type: 'enregistrer', corps });
      echouer('enregistrer');
      if (corps.version !== version) throw new ErreurCms(409, 'ConflictError', 'Version périmée');
      version += 1;
      return { ...dossier(), version, donnees: corps.donnees as DossierDetail['donnees'] };
    },
    async televerserPiece(
      _jwt: string,
      _numero: string,
      corps: ReadableStream<Uint8Array>,
      typeContenu: string,
    ): Promise<PieceApi> {
      const lecteur = new LecteurMultipart(corps, frontiereDe(typeContenu)!);
      const vu: Extract<Appel, { type: 'televerser' }> = { type: 'televerser', octets: 0 };
      for (let p = await lecteur.partieSuivante(); p; p = await lecteur.partieSuivante()) {
        if (p.nom === 'champ') vu.champ = await lecteur.texte(100);
        else for await (const m of lecteur.contenu()) vu.octets += m.length;
        if (p.nomFichier) vu.nom = p.nomFichier;
      }
      appels.push(vu);
      echouer('televerser');
      return { ...piece(prochainId++, vu.champ ?? '', vu.nom), taille: vu.octets };
    },
    async supprimerPiece(_jwt: string, _numero: string, id: number): Promise<void> {
      appels.push({ type: 'supprimer', id });
      echouer('supprimer');
    },
    async appelerConnecteur(_jwt: string, _numero: string, champ: string, v: number): Promise<DossierDetail> {
      appels.push({ type: 'connecteur', champ, version: v });
      echouer('connecteur');
      if (v !== version) throw new ErreurCms(409, 'ConflictError', 'Version périmée', 'VERSION_PERIMEE');
      version += 1;
      return { ...dossier(), version };
    },
    async deposer(_jwt: string, _numero: string, corps: DepotCorps, cle: string): Promise<void> {
      appels.push({ type: 'deposer', corps, cle });
      echouer('deposer');
      if (corps.version !== version) throw new ErreurCms(409, 'ConflictError', 'Version périmée');
    },
  };
  return { appels, echecs, cms: cms as unknown as CmsClient };
}

function soumettre(
  parties: Partie[],
  autres: Partial<Soumission> & { cms: CmsClient },
  options?: Parameters<typeof requete>[1],
) {
  return traiterSoumission({
    requete: requete(parties, options),
    csrfSession: CSRF,
    jwt: 'jwt',
    dossier: dossier(),
    limiterEnvoi: () => ({ autorise: true, reessayerDansS: 60 }),
    aujourdhui: '2026-11-27',
    ...autres,
  });
}

const pdf = (nom: string, octets = 300_000) => ({ nom, contenu: Buffer.alloc(octets, 0x25) });
const donneesTapees = { nom: 'Dupont', montant: 1234.5, commentaire: 'stocké' };

describe('lireAction', () => {
  it.each([
    ['deposer', { type: 'deposer' }],
    ['enregistrer', { type: 'enregistrer' }],
    ['televerser:devis', { type: 'televerser', champ: 'devis' }],
    ['supprimer:12', { type: 'supprimer', piece: 12 }],
    ['supprimer:abc', { type: 'enregistrer' }],
    ['supprimer:0', { type: 'enregistrer' }],
    ['televerser:', { type: 'enregistrer' }],
    ['ligne:postes', { type: 'ligne', champ: 'postes' }],
    ['connecteur:qf', { type: 'connecteur', champ: 'qf' }],
    ['ligne:', { type: 'enregistrer' }],
    [null, { type: 'enregistrer' }],
    ['autre', { type: 'enregistrer' }],
  ])('%j', (valeur, attendu) => {
    expect(lireAction(valeur)).toEqual(attendu);
  });
});

describe('traiterSoumission', () => {
  it('« Envoyer le fichier »: saves the typed values first, then streams the file, then back to the field', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' }), { cms });
    expect(appels).toEqual([
      { type: 'enregistrer', corps: { version: 3, donnees: donneesTapees } },
      { type: 'televerser', champ: 'devis', nom: 'devis.pdf', octets: 300_000 },
    ]);
    expect(resultat).toEqual({
      issue: 'redirection',
      vers: 'formulaire',
      ancre: 'champ-devis',
      notice: {
        type: 'succes',
        message: 'Le fichier «\u00A0devis.pdf\u00A0» a été ajouté. Vos réponses ont été enregistrées.',
      },
    });
  });

  it('streams a file delivered in small chunks, byte for byte', async () => {
    const { cms, appels } = cmsFactice();
    await soumettre(
      formulaire({ devis: pdf('devis.pdf', 70_001), action: 'televerser:devis' }),
      { cms },
      { morceau: 7 },
    );
    expect(appels[1]).toEqual({ type: 'televerser', champ: 'devis', nom: 'devis.pdf', octets: 70_001 });
  });

  it('a draft the portal refuses is neither saved nor followed by the upload; what was typed comes back', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = (await soumettre(
      formulaire({ montant: 'douze euros', devis: pdf('devis.pdf'), action: 'televerser:devis' }),
      { cms },
    )) as Reaffichage;
    expect(appels).toEqual([]);
    expect(resultat).toMatchObject({ issue: 'reaffichage', statut: 422, version: 3, conflit: false });
    expect(resultat.erreurs).toEqual([{ champ: 'montant', code: 'FORMAT', message: expect.any(String) }]);
    expect(resultat.saisie.get('nom')).toBe('Dupont');
    expect(resultat.saisie.get('montant')).toBe('douze euros');
  });

  it('a draft the CMS refuses (422) stops before the upload', async () => {
    const { cms, appels, echecs } = cmsFactice();
    echecs.enregistrer = [
      new ErreurCms(422, 'ValidationError', 'Invalide', undefined, [
        { champ: 'nom', code: 'FORMAT', message: 'Nom refusé par le CMS.' },
      ]),
    ];
    const resultat = await soumettre(formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' }), { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 422,
      erreurs: [{ champ: 'nom', message: 'Nom refusé par le CMS.' }],
    });
  });

  it('a stale version (409) stops before the upload and asks to reload', async () => {
    const { cms, appels } = cmsFactice();
    const parties = formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' });
    parties[1] = { nom: 'version', valeur: '2' };
    const resultat = await soumettre(parties, { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({ issue: 'reaffichage', statut: 409, conflit: true, version: 2 });
  });

  it('a file over the limit is stopped while streaming; the draft is saved, the form comes back with the new version', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = (await soumettre(
      formulaire({ devis: pdf('gros.pdf', 5 * 1024 * 1024 + 1), action: 'televerser:devis', commentaire: 'après' }),
      { cms },
    )) as Reaffichage;
    expect(appels.map((a) => a.type)).toEqual(['enregistrer', 'enregistrer']);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 422,
      version: 5,
      erreurs: [{ champ: 'devis', message: 'Le fichier pour «\u00A0Devis\u00A0» doit faire 5\u00A0Mo au plus.' }],
    });
    // The parts after the refused file were still read.
    expect(resultat.saisie.get('commentaire')).toBe('après');
  });

  it('shows the CMS message when it refuses the type (422), and reports a malformed upload (400) on the field', async () => {
    for (const [erreur, message] of [
      [
        new ErreurCms(422, 'ValidationError', 'Type refusé', undefined, [
          { champ: 'devis', code: 'TYPE', message: 'Ce fichier n’est pas un PDF.' },
        ]),
        'Ce fichier n’est pas un PDF.',
      ],
      [
        new ErreurCms(400, 'REQUETE_INVALIDE', 'La requête est invalide.'),
        'L’envoi du fichier n’a pas abouti. Réessayez.',
      ],
    ] as const) {
      const { cms, echecs } = cmsFactice();
      echecs.televerser = [erreur];
      const resultat = await soumettre(formulaire({ devis: pdf('a.exe'), action: 'televerser:devis' }), { cms });
      expect(resultat).toMatchObject({ issue: 'reaffichage', statut: 422, erreurs: [{ champ: 'devis', message }] });
    }
  });

  it('lets other CMS errors through (401, 404 and 5xx are handled by the page)', async () => {
    const { cms, echecs } = cmsFactice();
    echecs.televerser = [new ErreurCms(401, 'UnauthorizedError', 'x')];
    await expect(
      soumettre(formulaire({ devis: pdf('a.pdf'), action: 'televerser:devis' }), { cms }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('« Envoyer le fichier » without a file saves the draft and asks for one', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ action: 'televerser:devis' }), { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 422,
      version: 4,
      erreurs: [{ champ: 'devis', message: 'Choisissez un fichier à joindre pour «\u00A0Devis\u00A0».' }],
    });
  });

  it('an empty file is refused without reaching the CMS', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(
      formulaire({ devis: { nom: 'vide.pdf', contenu: Buffer.alloc(0) }, action: 'televerser:devis' }),
      { cms },
    );
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({ erreurs: [{ champ: 'devis', message: expect.stringContaining('est vide') }] });
  });

  it('« Enregistrer »: one PUT with the typed values; empty file inputs are ignored; fields not sent keep their value', async () => {
    const { cms, appels } = cmsFactice();
    const parties = formulaire({ action: 'enregistrer' }).filter((p) => p.nom !== 'precisions');
    const resultat = await soumettre(parties, { cms });
    expect(appels).toEqual([
      { type: 'enregistrer', corps: { version: 3, donnees: { ...donneesTapees, precisions: 'stockées' } } },
    ]);
    expect(resultat).toEqual({
      issue: 'redirection',
      vers: 'formulaire',
      notice: { type: 'succes', message: 'Votre brouillon a été enregistré.' },
    });
  });

  it('« Enregistrer » with files chosen sends them too (and saves again what came after the first one)', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(
      formulaire({ devis: pdf('devis.pdf'), rib: pdf('rib.pdf'), commentaire: 'tapé après', action: 'enregistrer' }),
      { cms },
    );
    expect(appels).toEqual([
      // At the first file, the fields below it in the page are not read yet: they keep their stored value…
      { type: 'enregistrer', corps: { version: 3, donnees: donneesTapees } },
      { type: 'televerser', champ: 'devis', nom: 'devis.pdf', octets: 300_000 },
      // …and are saved once read, before the next file.
      { type: 'enregistrer', corps: { version: 4, donnees: { ...donneesTapees, commentaire: 'tapé après' } } },
      { type: 'televerser', champ: 'rib', nom: 'rib.pdf', octets: 300_000 },
    ]);
    expect(resultat).toMatchObject({
      issue: 'redirection',
      notice: {
        message:
          'Votre brouillon a été enregistré. Le fichier «\u00A0devis.pdf\u00A0» a été ajouté. Le fichier «\u00A0rib.pdf\u00A0» a été ajouté.',
      },
    });
  });

  it('writes no draft the CMS already holds', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' }), {
      cms,
      dossier: { ...dossier(), donnees: { commentaire: 'stocké', montant: 1234.5, nom: 'Dupont' } },
    });
    expect(appels.map((a) => a.type)).toEqual(['televerser']);
    expect(resultat).toMatchObject({ issue: 'redirection', ancre: 'champ-devis' });
  });

  it('« Supprimer »: saves the typed values, then deletes the pièce and goes back to its field', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ action: 'supprimer:5' }), { cms });
    expect(appels).toEqual([
      { type: 'enregistrer', corps: { version: 3, donnees: donneesTapees } },
      { type: 'supprimer', id: 5 },
    ]);
    expect(resultat).toEqual({
      issue: 'redirection',
      vers: 'formulaire',
      ancre: 'champ-rib',
      notice: {
        type: 'succes',
        message: 'Le fichier «\u00A0rib-ancien.pdf\u00A0» a été supprimé. Vos réponses ont été enregistrées.',
      },
    });
  });

  it('« Supprimer » of a pièce that is not (or no longer) the dossier’s deletes nothing', async () => {
    const introuvable = {
      issue: 'redirection',
      vers: 'formulaire',
      notice: { type: 'erreur', message: expect.stringContaining('n’est plus joint') },
    };
    const inconnue = cmsFactice();
    expect(await soumettre(formulaire({ action: 'supprimer:99' }), { cms: inconnue.cms })).toMatchObject(introuvable);
    expect(inconnue.appels.map((a) => a.type)).toEqual(['enregistrer']);
    const dejaSupprimee = cmsFactice();
    dejaSupprimee.echecs.supprimer = [new ErreurCms(404, 'NotFoundError', 'Not Found')];
    expect(await soumettre(formulaire({ action: 'supprimer:5' }), { cms: dejaSupprimee.cms })).toMatchObject(
      introuvable,
    );
    const depose = cmsFactice();
    depose.echecs.supprimer = [new ErreurCms(409, 'ConflictError', 'Déjà déposé')];
    expect(await soumettre(formulaire({ action: 'supprimer:5' }), { cms: depose.cms })).toMatchObject({
      issue: 'redirection',
      vers: 'dossier',
      notice: { type: 'erreur', message: expect.stringContaining('déjà été déposé') },
    });
  });

  it('« Déposer » without a file: no PUT, the deposit carries the data and the Idempotency-Key', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ action: 'deposer' }), {
      cms,
      dossier: { ...dossier(), pieces: [piece(5, 'devis')] },
    });
    expect(appels).toEqual([{ type: 'deposer', corps: { version: 3, donnees: donneesTapees }, cle: CLE }]);
    expect(resultat).toMatchObject({ issue: 'redirection', vers: 'dossier', notice: { type: 'succes' } });
  });

  it('« Déposer » with a file chosen: saves, uploads, then deposits with the new version (the file counts)', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ devis: pdf('devis.pdf'), action: 'deposer' }), { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer', 'televerser', 'deposer']);
    expect(appels[2]).toEqual({ type: 'deposer', corps: { version: 4, donnees: donneesTapees }, cle: CLE });
    expect(resultat).toMatchObject({ issue: 'redirection', vers: 'dossier' });
  });

  it('« Déposer » with missing answers: the errors, and nothing deposited', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ nom: '', action: 'deposer' }), { cms });
    expect(appels).toEqual([]);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 422,
      erreurs: [{ champ: 'nom' }, { champ: 'devis' }],
    });
  });

  it('a rate-limited upload keeps the typed values and says how long to wait', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' }), {
      cms,
      limiterEnvoi: () => ({ autorise: false, reessayerDansS: 42 }),
    });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 429,
      reessayerDansS: 42,
      erreurs: [{ champ: 'devis', message: expect.stringContaining('42\u00A0secondes') }],
    });
  });

  it('refuses a wrong or missing CSRF token, or one that is not the first part, before anything else', async () => {
    const { cms, appels } = cmsFactice();
    const bonnes = formulaire({ devis: pdf('devis.pdf'), action: 'televerser:devis' });
    for (const parties of [
      formulaire({ csrf: 'autre', devis: pdf('devis.pdf'), action: 'televerser:devis' }),
      bonnes.slice(1),
      [bonnes[1]!, bonnes[0]!, ...bonnes.slice(2)],
    ]) {
      expect(await soumettre(parties, { cms })).toEqual({ issue: 'csrf' });
    }
    const sansFrontiere = new Request('http://portail.test/', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: '_csrf=jeton-csrf',
    });
    expect(await soumettre([], { cms, requete: sansFrontiere })).toEqual({ issue: 'csrf' });
    expect(appels).toEqual([]);
  });

  it('a body cut off in the middle of a file comes back as a failed submission, values kept', async () => {
    const { cms } = cmsFactice();
    const parties = formulaire({ devis: pdf('devis.pdf', 500_000), action: 'televerser:devis' });
    const resultat = (await soumettre(parties, { cms }, { couperApres: 200_000, morceau: 16 * 1024 })) as Reaffichage;
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      statut: 400,
      erreurs: [{ champ: '', message: 'L’envoi du fichier n’a pas abouti. Réessayez.' }],
    });
    expect(resultat.saisie.get('nom')).toBe('Dupont');
  });

  it('a file for a justificatif that is not in the model is skipped with a message', async () => {
    const { cms, appels } = cmsFactice();
    const parties = formulaire({ action: 'enregistrer' });
    parties.splice(5, 0, { nom: 'inconnu', fichier: pdf('x.pdf', 10) });
    const resultat = await soumettre(parties, { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
    expect(resultat).toMatchObject({
      issue: 'reaffichage',
      erreurs: [{ champ: '', message: expect.stringContaining('ne fait pas partie du formulaire') }],
    });
  });

  it('« Ajouter une ligne »: saves what was typed and comes back with one more row, focused on its first cell', async () => {
    const { cms, appels } = cmsFactice();
    const parties = formulaire({ action: 'ligne:postes' });
    parties.splice(-1, 0, { nom: 'postes__lignes', valeur: '1' }, { nom: 'postes.0.poste', valeur: 'Sono' });
    const resultat = await soumettre(parties, { cms });
    expect(appels).toEqual([
      { type: 'enregistrer', corps: { version: 3, donnees: { ...donneesTapees, postes: [{ poste: 'Sono' }] } } },
    ]);
    expect(resultat).toEqual({
      issue: 'redirection',
      vers: 'formulaire',
      lignes: { champ: 'postes', nombre: 2 },
      ancre: 'champ-postes-1-poste',
      notice: { type: 'succes', message: expect.stringContaining('Une ligne a été ajoutée') },
    });
  });

  it('« Ajouter une ligne » with a refused draft comes back with the errors and the extra row', async () => {
    const { cms, appels } = cmsFactice();
    const parties = formulaire({ montant: 'douze', action: 'ligne:postes' });
    parties.splice(-1, 0, { nom: 'postes__lignes', valeur: '3' });
    const resultat = await soumettre(parties, { cms });
    expect(appels).toEqual([]);
    // Already at the model's maximum (3): no fourth row.
    expect(resultat).toMatchObject({ issue: 'reaffichage', statut: 422, lignesDemandees: { postes: 3 } });
  });

  it('« Récupérer mes informations »: saves, then the CMS calls the connector', async () => {
    const { cms, appels } = cmsFactice();
    const resultat = await soumettre(formulaire({ action: 'connecteur:qf' }), { cms });
    expect(appels).toEqual([
      { type: 'enregistrer', corps: { version: 3, donnees: donneesTapees } },
      // The version the save gave.
      { type: 'connecteur', champ: 'qf', version: 4 },
    ]);
    expect(resultat).toMatchObject({
      issue: 'redirection',
      vers: 'formulaire',
      ancre: 'champ-qf',
      notice: { type: 'succes', message: expect.stringContaining('Vos informations ont été récupérées') },
    });
  });

  it('a connector failure shows the CMS’s French message on the field; transport failures a message of ours', async () => {
    for (const [erreur, statut, message] of [
      [new ErreurCms(502, 'ConnecteurIndisponible', 'La CAF ne répond pas.'), 502, 'La CAF ne répond pas.'],
      [new ErreurCms(422, 'ValidationError', 'Aucun allocataire trouvé.'), 422, 'Aucun allocataire trouvé.'],
      [
        new ErreurCms(422, 'ValidationError', 'Invalide', 'AUCUNE_INFORMATION', [
          { champ: 'qf', code: 'AUCUNE_INFORMATION', message: 'La CAF ne connaît personne à ce nom.' },
        ]),
        422,
        'La CAF ne connaît personne à ce nom.',
      ],
      [new ErreurCms(504, 'CmsDelaiDepasse', 'timeout (/api/…)'), 502, expect.stringContaining('ne répond pas')],
      [new ErreurCms(404, 'HTTP404', 'Le CMS a répondu 404'), 422, expect.stringContaining('ne répond pas')],
    ] as const) {
      const { cms, echecs } = cmsFactice();
      echecs.connecteur = [erreur];
      const resultat = await soumettre(formulaire({ action: 'connecteur:qf' }), { cms });
      expect(resultat).toMatchObject({ issue: 'reaffichage', statut, erreurs: [{ champ: 'qf', message }], version: 4 });
    }
  });

  it('a connector call on a stale version asks to reload', async () => {
    const { cms, echecs } = cmsFactice();
    echecs.connecteur = [new ErreurCms(409, 'ConflictError', 'Version périmée', 'VERSION_PERIMEE')];
    const resultat = await soumettre(formulaire({ action: 'connecteur:qf' }), { cms });
    expect(resultat).toMatchObject({ issue: 'reaffichage', statut: 409, conflit: true });
  });

  it('a connector action on a field that is not a connector only saves', async () => {
    const { cms, appels } = cmsFactice();
    await soumettre(formulaire({ action: 'connecteur:nom' }), { cms });
    expect(appels.map((a) => a.type)).toEqual(['enregistrer']);
  });
});
