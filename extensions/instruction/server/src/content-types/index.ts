import { agentPerimetre, agentProfil, habilitation, profilMetier, secteur, territoire, typeTerritoire } from './droits';
import { demandeJustificatif } from './demandes';
import { message } from './messages';
import { dispositif, dossier, historique, journal, outbox, piece } from './schemas';

export default {
  dispositif: { schema: dispositif },
  dossier: { schema: dossier },
  historique: { schema: historique },
  outbox: { schema: outbox },
  piece: { schema: piece },
  'demande-justificatif': { schema: demandeJustificatif },
  message: { schema: message },
  habilitation: { schema: habilitation },
  journal: { schema: journal },
  'profil-metier': { schema: profilMetier },
  'agent-profil': { schema: agentProfil },
  'agent-perimetre': { schema: agentPerimetre },
  'type-territoire': { schema: typeTerritoire },
  territoire: { schema: territoire },
  secteur: { schema: secteur },
};
