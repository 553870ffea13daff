import JSZip from 'jszip';

/**
 * Modèle DOCX de démonstration « Accusé de réception », construit à la main avec jszip (aucun binaire dans le dépôt).
 *
 * Données attendues : usager.{prenom,nom}, dossier.{numero,dateDepot}, dispositif.titre, statut.libelle,
 * collectivite.nom, champs: [{ libelle, valeur }].
 *
 * Chaque commande `+++…+++` tient dans UN run (`<w:r>`) : docx-templates sait recoller des commandes coupées
 * entre runs, mais un modèle lisible reste plus simple à relire. La boucle du tableau suit la règle mesurée
 * (notes/stack-portal.md §3.1) : `FOR` et `END-FOR` ont chacun leur propre ligne (supprimées au rendu) et la
 * ligne entre les deux est répétée ; le tableau a une `<w:tblGrid>` (LibreOffice en tire la largeur des colonnes).
 */
export async function construireModeleAccuseReception(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', documentXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: DOCX_MIME });
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ENTETE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Espace insécable (guillemets français, « n° 12 »). */
const NBSP = '\u00a0';

const CONTENT_TYPES = `${ENTETE}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const RELS = `${ENTETE}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `${ENTETE}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const STYLES = `${ENTETE}<w:styles xmlns:w="${NS_W}">
  <w:docDefaults>
    <w:rPrDefault><w:rPr>
      <w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Liberation Sans" w:cs="Liberation Sans"/>
      <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/>
    </w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>
    <w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Expediteur"><w:name w:val="Expéditeur"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Tableau"><w:name w:val="Texte de tableau"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:after="0"/></w:pPr></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/>
    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
      <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="table" w:styleId="GrilleTableau"><w:name w:val="Table Grid"/><w:basedOn w:val="TableauNormal"/>
    <w:tblPr><w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
    </w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

function xml(texte: string): string {
  return texte.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Morceau {
  texte: string;
  gras?: boolean;
}

function run({ texte, gras }: Morceau): string {
  return `<w:r>${gras ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(texte)}</w:t></w:r>`;
}

function paragraphe(morceaux: Array<Morceau | string>, style?: string, alignement?: 'right' | 'both'): string {
  const pPr =
    style || alignement
      ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${alignement ? `<w:jc w:val="${alignement}"/>` : ''}</w:pPr>`
      : '';
  const runs = morceaux.map((m) => run(typeof m === 'string' ? { texte: m } : m)).join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

const LARGEURS = [3400, 5672]; // twips : 16 cm utiles sur A4 avec des marges de 2,5 cm

function cellule(largeur: number, contenu: Array<Morceau | string>, fond?: string): string {
  const tcPr = `<w:tcPr><w:tcW w:w="${largeur}" w:type="dxa"/>${fond ? `<w:shd w:val="clear" w:color="auto" w:fill="${fond}"/>` : ''}</w:tcPr>`;
  return `<w:tc>${tcPr}${paragraphe(contenu, 'Tableau')}</w:tc>`;
}

function ligne(contenus: Array<Array<Morceau | string>>, options: { entete?: boolean } = {}): string {
  const trPr = options.entete ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${trPr}${contenus.map((c, i) => cellule(LARGEURS[i] ?? 0, c, options.entete ? 'E7E7E7' : undefined)).join('')}</w:tr>`;
}

function tableauChamps(): string {
  const tblPr = `<w:tblPr><w:tblStyle w:val="GrilleTableau"/><w:tblW w:w="${LARGEURS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const grille = `<w:tblGrid>${LARGEURS.map((l) => `<w:gridCol w:w="${l}"/>`).join('')}</w:tblGrid>`;
  return [
    `<w:tbl>${tblPr}${grille}`,
    ligne([[{ texte: 'Information', gras: true }], [{ texte: 'Valeur déclarée', gras: true }]], { entete: true }),
    ligne([['+++FOR champ IN champs+++'], []]),
    ligne([['+++INS $champ.libelle+++'], ['+++INS $champ.valeur+++']]),
    ligne([['+++END-FOR champ+++'], []]),
    '</w:tbl>',
  ].join('');
}

function documentXml(): string {
  const corps = [
    paragraphe(['+++INS collectivite.nom+++'], 'Expediteur'),
    paragraphe(['Service instructeur'], 'Expediteur'),
    paragraphe([]),
    paragraphe(['+++INS usager.prenom+++', ' ', '+++INS usager.nom+++'], undefined, 'right'),
    paragraphe([]),
    paragraphe(['Accusé de réception'], 'Titre'),
    paragraphe([
      { texte: `Dossier n°${NBSP}`, gras: true },
      { texte: '+++INS dossier.numero+++', gras: true },
    ]),
    paragraphe([`Objet${NBSP}: `, `«${NBSP}`, '+++INS dispositif.titre+++', `${NBSP}»`]),
    paragraphe(['Madame, Monsieur,']),
    paragraphe(
      [
        `Nous accusons réception de votre demande au titre du dispositif «${NBSP}`,
        '+++INS dispositif.titre+++',
        `${NBSP}», déposée le `,
        '+++INS dateFr(dossier.dateDepot)+++',
        ` et enregistrée sous le numéro `,
        '+++INS dossier.numero+++',
        '.',
      ],
      undefined,
      'both',
    ),
    paragraphe([`Statut actuel de votre dossier${NBSP}: `, { texte: '+++INS statut.libelle+++', gras: true }, '.']),
    paragraphe([`Récapitulatif des informations transmises${NBSP}:`]),
    tableauChamps(),
    paragraphe([]),
    paragraphe(
      [
        'Le présent accusé de réception ne préjuge pas de la décision qui sera prise sur votre demande. ',
        "Vous serez informé(e) de chaque étape de l'instruction et pouvez suivre votre dossier depuis votre espace personnel.",
      ],
      undefined,
      'both',
    ),
    paragraphe(
      ["Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."],
      undefined,
      'both',
    ),
    paragraphe([]),
    paragraphe(['Le service instructeur'], undefined, 'right'),
    paragraphe(['+++INS collectivite.nom+++'], undefined, 'right'),
  ].join('\n    ');

  // A4 portrait (11906 × 16838 twips), marges de 2,5 cm (1417 twips).
  const section = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  return `${ENTETE}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}">
  <w:body>
    ${corps}
    ${section}
  </w:body>
</w:document>`;
}
