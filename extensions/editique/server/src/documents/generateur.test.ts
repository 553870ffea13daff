import JSZip from 'jszip';
import { construireModeleAccuseReception } from '../demo/modele-accuse-reception';
import { estErreurEditique } from '../erreurs';
import { donneesAccuseReception } from '../test-support/donnees';
import { dateFr, euros, genererDocx } from './generateur';

async function xmlDocument(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const fichier = zip.file('word/document.xml');
  if (!fichier) throw new Error('word/document.xml absent');
  return fichier.async('string');
}

describe('dateFr et euros', () => {
  test('dates en français, fuseau Europe/Paris', () => {
    expect(dateFr('1985-03-01')).toBe('1 mars 1985');
    expect(dateFr('2026-07-14T12:00:00Z')).toBe('14 juillet 2026');
    // 31 décembre 23 h 30 UTC = 1er janvier 0 h 30 à Paris
    expect(dateFr('2025-12-31T23:30:00Z')).toBe('1 janvier 2026');
    expect(dateFr(new Date('2026-08-15T00:00:00+02:00'))).toBe('15 août 2026');
    expect(() => dateFr('pas une date')).toThrow(RangeError);
  });

  test('montants en euros (espace fine insécable pour les milliers, insécable avant €)', () => {
    expect(euros(1234.5)).toBe('1\u202f234,50\u00a0€');
    expect(euros(1234.5).replace(/[\u202f\u00a0]/g, ' ')).toBe('1 234,50 €');
    expect(euros('0')).toBe('0,00\u00a0€');
    expect(() => euros(Number.NaN)).toThrow(RangeError);
  });
});

describe('genererDocx avec le modèle de démonstration', () => {
  let modele: Buffer;
  beforeAll(async () => {
    modele = await construireModeleAccuseReception();
  });

  test('le modèle est un DOCX minimal valide (A4, Liberation Sans, tblGrid, boucle sur ses propres lignes)', async () => {
    const zip = await JSZip.loadAsync(modele);
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/',
        '_rels/.rels',
        'word/',
        'word/_rels/',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/styles.xml',
      ].sort(),
    );
    const xml = await xmlDocument(modele);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml).toContain('<w:tblGrid>');
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:ascii="Liberation Sans"');
    const lignes = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(lignes).toHaveLength(4);
    expect(lignes[1]).toContain('+++FOR champ IN champs+++');
    expect(lignes[1]).not.toContain('+++INS');
    expect(lignes[3]).toContain('+++END-FOR champ+++');
  });

  test('remplit le nom, la date en français et une ligne de tableau par champ', async () => {
    const donnees = donneesAccuseReception(3);
    const docx = await genererDocx(modele, donnees);
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const xml = await xmlDocument(docx);

    expect(xml).toContain('Camille');
    expect(xml).toContain('Durand-Lefèvre');
    expect(xml).toContain('1 mars 1985');
    expect(xml).toContain('AIDE-2026-000123');
    expect(xml).toContain('Aide au permis de conduire');
    expect(xml).toContain('Département de la Drôme');
    expect(xml).not.toContain('+++');

    const lignes = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(lignes).toHaveLength(1 + 3); // en-tête + une ligne par champ (les lignes FOR / END-FOR disparaissent)
    donnees.champs.forEach((champ, i) => {
      expect(lignes[i + 1]).toContain(champ.libelle);
      // La valeur est échappée en XML, pas injectée telle quelle.
      expect(lignes[i + 1]).toContain(`Valeur &amp; &lt;${i + 1}&gt;`);
    });
  });

  test('sans champ, le tableau ne garde que son en-tête', async () => {
    const xml = await xmlDocument(await genererDocx(modele, donneesAccuseReception(0)));
    expect(xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)).toHaveLength(1);
  });

  test('une donnée manquante fait échouer la génération (GENERATION_ECHEC), pas un courrier à trous', async () => {
    const donnees = donneesAccuseReception(1) as Record<string, unknown>;
    delete donnees.statut;
    await expect(genererDocx(modele, donnees)).rejects.toMatchObject({ code: 'GENERATION_ECHEC' });
    const sansNom = donneesAccuseReception(1);
    const erreur = await genererDocx(modele, { ...sansNom, usager: { prenom: 'Camille' } }).catch((e: unknown) => e);
    expect(estErreurEditique(erreur, 'GENERATION_ECHEC')).toBe(true);
    expect((erreur as Error).message).toContain('usager.nom');
  });

  test("un fichier qui n'est pas un DOCX est refusé (GENERATION_ECHEC)", async () => {
    await expect(genererDocx(Buffer.from('pas un docx'), {})).rejects.toMatchObject({ code: 'GENERATION_ECHEC' });
  });
});
