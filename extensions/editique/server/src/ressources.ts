import { config } from './config';
import { creerExpediteur, type Expediteur } from './courriels/expediteur';
import { creerConvertisseurPdf, type ConvertisseurPdf } from './documents/convertisseur-pdf';

/**
 * Ressources longues du processus (un convertisseur LibreOffice, un transport SMTP), créées à la première
 * utilisation et libérées par `destroy` du plugin. Un cms qui ne génère rien ne crée ni profil ni connexion.
 */
let convertisseur: ConvertisseurPdf | undefined;
let expediteur: Expediteur | undefined;

export function obtenirConvertisseur(): ConvertisseurPdf {
  if (!convertisseur) {
    const c = config();
    convertisseur = creerConvertisseurPdf({
      soffice: c.soffice,
      dossierTravail: c.dossierTravail,
      delaiMaxMs: c.delaiConversionMs,
    });
  }
  return convertisseur;
}

export function obtenirExpediteur(): Expediteur {
  expediteur ??= creerExpediteur(config().smtp);
  return expediteur;
}

export async function libererRessources(): Promise<void> {
  const c = convertisseur;
  const e = expediteur;
  convertisseur = undefined;
  expediteur = undefined;
  e?.fermer();
  await c?.fermer();
}
