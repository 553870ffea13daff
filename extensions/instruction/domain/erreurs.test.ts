import { erreurs } from './erreurs';
import { unDossier, unGuide } from './testing/builders';

describe('erreurs', () => {
  const dossier = unDossier();
  const [recu] = unGuide().etapes[0]?.statuts ?? [];

  it.each([
    ['dejaDepose', erreurs.dejaDepose(dossier).code, 'DEJA_DEPOSE'],
    ['deposeParAutreQueUsager', erreurs.deposeParAutreQueUsager(dossier).code, 'ACTEUR_NON_AUTORISE'],
    ['changementParUsager', erreurs.changementParUsager(dossier).code, 'ACTEUR_NON_AUTORISE'],
    ['nonDepose', erreurs.nonDepose(dossier).code, 'DOSSIER_NON_DEPOSE'],
    ['cloture', erreurs.cloture(dossier).code, 'DOSSIER_CLOTURE'],
    ['statutInconnu', erreurs.statutInconnu('x').code, 'STATUT_INCONNU'],
    ['statutCourantInconnu', erreurs.statutCourantInconnu(dossier).code, 'STATUT_INCONNU'],
    ['droitsInsuffisants', recu && erreurs.droitsInsuffisants(dossier, recu, ['decider']).code, 'DROITS_INSUFFISANTS'],
    ['reserveConnecteurs', recu && erreurs.reserveConnecteurs(dossier, recu).code, 'STATUT_RESERVE_CONNECTEURS'],
    ['correctionParAutreQuAgent', erreurs.correctionParAutreQuAgent(dossier).code, 'ACTEUR_NON_AUTORISE'],
    ['correctionSansDroit', erreurs.correctionSansDroit(dossier).code, 'DROITS_INSUFFISANTS'],
    ['motifObligatoire', erreurs.motifObligatoire(dossier).code, 'MOTIF_OBLIGATOIRE'],
    [
      'correctionSansChangement',
      recu && erreurs.correctionSansChangement(dossier, recu).code,
      'CORRECTION_SANS_CHANGEMENT',
    ],
    ['dossierEnDouble', erreurs.dossierEnDouble(dossier).code, 'DOSSIER_EN_DOUBLE'],
  ])('%s has the stable code %s', (_nom, code, attendu) => {
    expect(code).toBe(attendu);
  });

  it('names the dossier and the statuts by their libellés, with French guillemets', () => {
    if (!recu) throw new Error('guide de test incomplet');
    expect(erreurs.transitionNonAutorisee(dossier, recu, { ...recu, libelle: 'Accepté' })).toEqual({
      code: 'TRANSITION_NON_AUTORISEE',
      message:
        'Le dossier 2026-000042 ne peut pas passer du statut «\u00A0Reçu\u00A0» au statut «\u00A0Accepté\u00A0».',
    });
  });
});
