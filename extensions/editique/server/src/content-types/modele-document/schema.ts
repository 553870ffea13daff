/** Modèle DOCX (docx-templates, commandes `+++…+++`). Stocké en base : cms et worker, sur des hôtes différents, lisent le même. */
export default {
  kind: 'collectionType',
  collectionName: 'editique_modeles_documents',
  info: {
    singularName: 'modele-document',
    pluralName: 'modeles-documents',
    displayName: 'Modèle de document',
    description: 'Modèle DOCX utilisé pour générer courriers et attestations (PDF)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    code: { type: 'string', required: true, unique: true, maxLength: 100 },
    libelle: { type: 'string', required: true, maxLength: 255 },
    // DOCX encodé en base64. Un modèle est du code exécuté au rendu : seuls les administrateurs le déposent.
    fichier: { type: 'text', private: true },
  },
} as const;
