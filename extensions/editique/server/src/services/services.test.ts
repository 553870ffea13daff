/**
 * Services du plugin contre un faux `strapi` en mémoire (sans démarrer Strapi) : chargement des modèles par code,
 * génération + conversion réelle, envoi réel par SMTP, seed idempotent, libération des ressources par `destroy`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import JSZip from 'jszip';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import plugin from '..';
import { UID_MODELE_COURRIEL, UID_MODELE_DOCUMENT } from '../content-types';
import { construireModeleAccuseReception } from '../demo/modele-accuse-reception';
import { decrireAvecBinaires } from '../test-support/binaires';
import { donneesAccuseReception } from '../test-support/donnees';
import { creerFauxStrapi } from '../test-support/faux-strapi';
import courriels from './courriels';
import demo from './demo';
import documents from './documents';

const recus: ParsedMail[] = [];
const serveur = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(flux, _session, fin) {
    simpleParser(flux as unknown as Buffer)
      .then((m) => {
        recus.push(m);
        fin();
      })
      .catch(fin);
  },
});
let travail: string;
const envAvant = { ...process.env };

beforeAll(async () => {
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  travail = mkdtempSync(path.join(os.tmpdir(), 'editique-services-'));
  // La configuration est lue une fois, à la première utilisation : on la pose avant tout appel de service.
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String((serveur.server.address() as AddressInfo).port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'Département de la Drôme <ne-pas-repondre@ladrome.localhost>',
    PORTAL_URL: 'https://guichet.ladrome.localhost/',
    EDITIQUE_DOSSIER_TRAVAIL: travail,
  });
});

afterAll(async () => {
  await plugin.destroy({ strapi: {} as Core.Strapi });
  // destroy a fermé le convertisseur : profil LibreOffice et fichiers temporaires supprimés.
  expect(readdirSync(travail)).toEqual([]);
  rmSync(travail, { recursive: true, force: true });
  await new Promise<void>((resolve) => serveur.close(resolve));
  process.env = envAvant;
});

const enStrapi = (faux: ReturnType<typeof creerFauxStrapi>) => faux.strapi as unknown as Core.Strapi;

describe('plugin editique', () => {
  test('déclare ses types de contenu et services', () => {
    expect(Object.keys(plugin.contentTypes).sort()).toEqual(['modele-courriel', 'modele-document']);
    expect(plugin.contentTypes['modele-document'].schema.collectionName).toBe('editique_modeles_documents');
    expect(plugin.contentTypes['modele-document'].schema.attributes.fichier).toEqual({ type: 'text', private: true });
    expect(plugin.contentTypes['modele-courriel'].schema.collectionName).toBe('editique_modeles_courriels');
    for (const { schema } of Object.values(plugin.contentTypes)) {
      expect(schema.options.draftAndPublish).toBe(false);
      expect(schema.pluginOptions['content-manager'].visible).toBe(true);
      expect(schema.attributes.code).toMatchObject({ type: 'string', unique: true, required: true });
    }
    expect(Object.keys(plugin.services).sort()).toEqual(['courriels', 'demo', 'documents', 'sms']);
  });
});

describe('service demo', () => {
  test('seed crée les modèles une seule fois et ne touche pas un modèle existant', async () => {
    const faux = creerFauxStrapi({
      [UID_MODELE_COURRIEL]: [{ code: 'depot_confirme', sujet: 'Adapté par un administrateur', corps: '…' }],
    });
    const service = demo({ strapi: enStrapi(faux) });

    expect(await service.seed()).toEqual({
      crees: ['document:accuse_reception', 'courriel:statut_change'],
      existants: ['courriel:depot_confirme'],
    });
    expect(await service.seed()).toEqual({
      crees: [],
      existants: ['document:accuse_reception', 'courriel:statut_change', 'courriel:depot_confirme'],
    });
    expect(faux.table(UID_MODELE_DOCUMENT)).toHaveLength(1);
    expect(faux.table(UID_MODELE_COURRIEL)).toHaveLength(2);
    expect(faux.table(UID_MODELE_COURRIEL).find((m) => m.code === 'depot_confirme')?.sujet).toBe(
      'Adapté par un administrateur',
    );

    const modele = faux.table(UID_MODELE_DOCUMENT)[0];
    const docx = Buffer.from(String(modele?.fichier), 'base64');
    expect(Object.keys((await JSZip.loadAsync(docx)).files)).toContain('word/document.xml');
    const statutChange = faux.table(UID_MODELE_COURRIEL).find((m) => m.code === 'statut_change');
    expect(statutChange?.sujet).toBe('Votre dossier {{dossier.numero}} : {{statut.libelle}}');
    expect(statutChange?.corps).toContain('{{portail.url}}/compte/dossiers/{{dossier.numero}}');
    expect(statutChange?.corps).toContain('{{dispositif.titre}}');
  });
});

describe('service courriels', () => {
  test('rend le modèle par son code et l’envoie ; lien vers le portail dans la version HTML', async () => {
    const faux = creerFauxStrapi();
    await demo({ strapi: enStrapi(faux) }).seed();
    const service = courriels({ strapi: enStrapi(faux) });
    const pj = Buffer.from('%PDF-1.6 accusé');

    const { messageId } = await service.envoyer({
      modeleCode: 'statut_change',
      a: ['camille.durand@exemple.fr'],
      variables: {
        ...donneesAccuseReception(0),
        usager: { prenom: 'Camille', nom: '<Durand>' },
        statut: { libelle: 'Dossier complet' },
      },
      piecesJointes: [{ nom: 'accuse-reception.pdf', contenu: pj, type: 'application/pdf' }],
    });

    const message = recus.find((m) => m.messageId === messageId);
    expect(message?.subject).toBe('Votre dossier AIDE-2026-000123 : Dossier complet');
    expect(message?.from?.value).toEqual([
      { name: 'Département de la Drôme', address: 'ne-pas-repondre@ladrome.localhost' },
    ]);
    expect(message?.text).toContain('Bonjour Camille <Durand>,');
    expect(message?.text).toContain('« Aide au permis de conduire »');
    expect(message?.text).toContain('https://guichet.ladrome.localhost/compte/dossiers/AIDE-2026-000123');
    expect(message?.html).toContain('Bonjour Camille &lt;Durand&gt;,');
    expect(message?.html).toContain(
      '<a href="https://guichet.ladrome.localhost/compte/dossiers/AIDE-2026-000123">https://guichet.ladrome.localhost/compte/dossiers/AIDE-2026-000123</a>',
    );
    expect(message?.attachments[0]?.content.equals(pj)).toBe(true);
    expect(faux.requetes).toContainEqual({
      uid: UID_MODELE_COURRIEL,
      methode: 'findOne',
      params: { select: ['id', 'code', 'sujet', 'corps'], where: { code: 'statut_change' } },
    });
  });

  test('modèle absent : MODELE_INTROUVABLE', async () => {
    const service = courriels({ strapi: enStrapi(creerFauxStrapi()) });
    await expect(service.envoyer({ modeleCode: 'inconnu', a: ['x@exemple.fr'], variables: {} })).rejects.toMatchObject({
      code: 'MODELE_INTROUVABLE',
    });
  });
});

describe('service documents', () => {
  test('modèle absent : MODELE_INTROUVABLE', async () => {
    const service = documents({ strapi: enStrapi(creerFauxStrapi()) });
    await expect(service.generer({ modeleCode: 'inconnu', donnees: {} })).rejects.toMatchObject({
      code: 'MODELE_INTROUVABLE',
    });
  });
});

decrireAvecBinaires([process.env.SOFFICE_PATH || 'soffice'])('service documents avec LibreOffice', () => {
  test('charge le modèle par son code, produit le DOCX et le PDF', async () => {
    const faux = creerFauxStrapi({
      [UID_MODELE_DOCUMENT]: [
        {
          code: 'accuse_reception',
          libelle: 'AR',
          fichier: (await construireModeleAccuseReception()).toString('base64'),
        },
      ],
    });
    const service = documents({ strapi: enStrapi(faux) });
    const { pdf, docx } = await service.generer({ modeleCode: 'accuse_reception', donnees: donneesAccuseReception(2) });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain('AIDE-2026-000123');
    // Un seul convertisseur par processus : son dossier de travail existe pendant la vie du plugin.
    expect(readdirSync(travail)).toHaveLength(1);
  });
});
