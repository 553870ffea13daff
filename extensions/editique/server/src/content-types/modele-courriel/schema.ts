/** Modèle de courriel : sujet et corps en texte, espaces réservés `{{ chemin.vers.valeur }}` (voir domain/rendre-courriel). */
export default {
  kind: 'collectionType',
  collectionName: 'editique_modeles_courriels',
  info: {
    singularName: 'modele-courriel',
    pluralName: 'modeles-courriels',
    displayName: 'Modèle de courriel',
    description: 'Sujet et corps des courriels envoyés aux usagers',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    code: { type: 'string', required: true, unique: true, maxLength: 100 },
    sujet: { type: 'string', required: true, maxLength: 255 },
    corps: { type: 'text', required: true },
  },
} as const;
