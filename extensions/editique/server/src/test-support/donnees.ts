/** Données d'un dossier pour le modèle de démonstration « Accusé de réception ». */
export function donneesAccuseReception(champs = 3) {
  return {
    usager: { prenom: 'Camille', nom: 'Durand-Lefèvre' },
    dossier: { numero: 'AIDE-2026-000123', dateDepot: '1985-03-01T09:30:00.000Z' },
    dispositif: { titre: 'Aide au permis de conduire' },
    statut: { libelle: 'Déposé' },
    collectivite: { nom: 'Département de la Drôme' },
    champs: Array.from({ length: champs }, (_, i) => ({
      libelle: `Information ${i + 1}`,
      valeur: `Valeur & <${i + 1}>`,
    })),
  };
}
