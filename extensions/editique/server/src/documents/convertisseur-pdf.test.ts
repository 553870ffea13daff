import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { construireModeleAccuseReception } from '../demo/modele-accuse-reception';
import { decrireAvecBinaires, trouverBinaire } from '../test-support/binaires';
import { donneesAccuseReception } from '../test-support/donnees';
import { creerConvertisseurPdf, type ConvertisseurPdf } from './convertisseur-pdf';
import { genererDocx } from './generateur';

const SOFFICE = process.env.SOFFICE_PATH || 'soffice';

function dossierTemporaire(prefixe: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefixe));
}

/** Fichiers restant sous `racine` (chemins relatifs), hors profil LibreOffice. */
function fichiersHorsProfil(racine: string): string[] {
  return (readdirSync(racine, { recursive: true }) as string[]).filter((f) => !f.split(path.sep).includes('profil'));
}

function ecrireScript(dossier: string, nom: string, contenu: string): string {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, contenu);
  chmodSync(chemin, 0o755);
  return chemin;
}

function processusVivant(pid: number): boolean {
  try {
    // Un zombie (pas de PID 1 qui récolte dans certains conteneurs) compte comme mort.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('creerConvertisseurPdf sans LibreOffice', () => {
  let travail: string;
  beforeEach(() => {
    travail = dossierTemporaire('editique-conv-');
  });
  afterEach(() => rmSync(travail, { recursive: true, force: true }));

  test("un fichier qui n'est pas une archive ZIP est refusé avant de lancer soffice", async () => {
    const c = creerConvertisseurPdf({ soffice: '/chemin/inexistant/soffice', dossierTravail: travail });
    await expect(c.convertir(Buffer.from('%PDF- déjà un PDF ?'))).rejects.toMatchObject({ code: 'CONVERSION_ECHEC' });
    await c.fermer();
    expect(readdirSync(travail)).toEqual([]);
  });

  test('soffice introuvable : CONVERSION_ECHEC qui nomme le binaire', async () => {
    const c = creerConvertisseurPdf({ soffice: '/chemin/inexistant/soffice', dossierTravail: travail });
    const docx = await construireModeleAccuseReception();
    await expect(c.convertir(docx)).rejects.toMatchObject({
      code: 'CONVERSION_ECHEC',
      message: expect.stringContaining('/chemin/inexistant/soffice introuvable'),
    });
    await c.fermer();
    expect(readdirSync(travail)).toEqual([]);
  });

  test('soffice qui sort en code 0 sans PDF (fichier illisible) : CONVERSION_ECHEC', async () => {
    const faux = ecrireScript(
      travail,
      'faux-soffice',
      '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 0\n',
    );
    const c = creerConvertisseurPdf({ soffice: faux, dossierTravail: path.join(travail, 'w') });
    await expect(c.convertir(await construireModeleAccuseReception())).rejects.toMatchObject({
      code: 'CONVERSION_ECHEC',
      message: expect.stringContaining('source file could not be loaded'),
    });
    expect(fichiersHorsProfil(path.join(travail, 'w'))).toEqual([expect.stringMatching(/^lo-/)]);
    await c.fermer();
    expect(readdirSync(path.join(travail, 'w'))).toEqual([]);
  });

  test('délai dépassé : CONVERSION_DELAI, tout le groupe de processus est tué, fichiers supprimés', async () => {
    const fichierPid = path.join(travail, 'pid-enfant');
    // Comme soffice → oosplash → soffice.bin : un script qui lance un enfant et l'attend.
    const lent = ecrireScript(travail, 'soffice-lent', `#!/bin/sh\nsleep 30 &\necho $! > '${fichierPid}'\nwait\n`);
    const c = creerConvertisseurPdf({ soffice: lent, dossierTravail: path.join(travail, 'w'), delaiMaxMs: 500 });
    const debut = Date.now();
    await expect(c.convertir(await construireModeleAccuseReception())).rejects.toMatchObject({
      code: 'CONVERSION_DELAI',
    });
    expect(Date.now() - debut).toBeLessThan(5000);
    const pidEnfant = Number(readFileSync(fichierPid, 'utf8'));
    expect(pidEnfant).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(processusVivant(pidEnfant)).toBe(false);
    expect(fichiersHorsProfil(path.join(travail, 'w'))).toEqual([expect.stringMatching(/^lo-/)]);
    await c.fermer();
    expect(readdirSync(path.join(travail, 'w'))).toEqual([]);
  });

  test('après fermer(), convertir est refusé', async () => {
    const c = creerConvertisseurPdf({ soffice: '/bin/false', dossierTravail: travail });
    await c.fermer();
    await expect(c.convertir(await construireModeleAccuseReception())).rejects.toMatchObject({
      code: 'CONVERSION_ECHEC',
    });
  });
});

decrireAvecBinaires([SOFFICE, 'pdftotext'])('creerConvertisseurPdf avec LibreOffice', () => {
  let travail: string;
  let convertisseur: ConvertisseurPdf;
  let modele: Buffer;

  beforeAll(async () => {
    travail = dossierTemporaire('editique-lo-');
    convertisseur = creerConvertisseurPdf({ soffice: SOFFICE, dossierTravail: travail });
    modele = await construireModeleAccuseReception();
  });

  afterAll(async () => {
    await convertisseur.fermer();
    // fermer() supprime le profil et tous les fichiers temporaires du convertisseur.
    expect(readdirSync(travail)).toEqual([]);
    rmSync(travail, { recursive: true, force: true });
  });

  function texteDuPdf(pdf: Buffer): string {
    const fichier = path.join(travail, `lecture-${process.hrtime.bigint()}.pdf`);
    writeFileSync(fichier, pdf);
    try {
      return execFileSync(trouverBinaire('pdftotext') as string, ['-layout', fichier, '-'], { encoding: 'utf8' });
    } finally {
      rmSync(fichier);
    }
  }

  test('modèle de démonstration → DOCX → PDF lisible', async () => {
    const docx = await genererDocx(modele, donneesAccuseReception(2));
    const pdf = await convertisseur.convertir(docx);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const texte = texteDuPdf(pdf);
    expect(texte).toContain('Accusé de réception');
    expect(texte).toContain('AIDE-2026-000123');
    expect(texte).toContain('Camille Durand-Lefèvre');
    expect(texte).toContain('1 mars 1985');
    expect(texte).toMatch(/Information 2\s+Valeur & <2>/);
  });

  test('un DOCX corrompu est refusé (CONVERSION_ECHEC) sans laisser de fichier temporaire', async () => {
    const docx = await genererDocx(modele, donneesAccuseReception(1));
    // Une archive ZIP tronquée : l'en-tête « PK » passe le contrôle, LibreOffice ne peut pas la charger.
    const tronque = docx.subarray(0, Math.floor(docx.length / 2));
    await expect(convertisseur.convertir(tronque)).rejects.toMatchObject({ code: 'CONVERSION_ECHEC' });
    // Du texte déguisé en .docx : sans filtre d'entrée imposé, LibreOffice en ferait un PDF de charabia.
    const deguise = Buffer.concat([
      Buffer.from('PK\u0003\u0004', 'latin1'),
      Buffer.from('ceci est du texte brut, pas un DOCX\n'.repeat(50)),
    ]);
    await expect(convertisseur.convertir(deguise)).rejects.toMatchObject({ code: 'CONVERSION_ECHEC' });

    const [racine, ...autres] = readdirSync(travail);
    expect(autres).toEqual([]);
    expect(readdirSync(path.join(travail, racine as string))).toEqual(['profil']);
  });

  test('deux conversions lancées en parallèle réussissent, l’une après l’autre', async () => {
    // Un soffice espion : journalise début et fin de chaque appel puis délègue au vrai soffice.
    const journal = path.join(travail, 'journal.txt');
    const espion = ecrireScript(
      travail,
      'soffice-espion',
      `#!/bin/sh\necho "debut $(date +%s%N)" >> '${journal}'\n'${trouverBinaire(SOFFICE)}' "$@"\ncode=$?\necho "fin $(date +%s%N)" >> '${journal}'\nexit $code\n`,
    );
    const espionne = creerConvertisseurPdf({ soffice: espion, dossierTravail: path.join(travail, 'espion') });
    try {
      const [a, b] = await Promise.all([
        genererDocx(modele, {
          ...donneesAccuseReception(1),
          dossier: { numero: 'PARALLELE-A', dateDepot: '2026-01-05' },
        }).then((d) => espionne.convertir(d)),
        genererDocx(modele, {
          ...donneesAccuseReception(1),
          dossier: { numero: 'PARALLELE-B', dateDepot: '2026-01-06' },
        }).then((d) => espionne.convertir(d)),
      ]);
      expect(texteDuPdf(a)).toContain('PARALLELE-A');
      expect(texteDuPdf(b)).toContain('PARALLELE-B');
    } finally {
      await espionne.fermer();
    }
    expect(existsSync(path.join(travail, 'espion'))).toBe(true);
    expect(readdirSync(path.join(travail, 'espion'))).toEqual([]);
    const evenements = readFileSync(journal, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[0]);
    expect(evenements).toEqual(['debut', 'fin', 'debut', 'fin']);
    rmSync(journal);
    rmSync(espion);
    rmSync(path.join(travail, 'espion'), { recursive: true });
  });
});
