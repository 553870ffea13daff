import { dispositif, dossier, habilitation, historique, journal, outbox, piece } from './schemas';

export default {
  dispositif: { schema: dispositif },
  dossier: { schema: dossier },
  historique: { schema: historique },
  outbox: { schema: outbox },
  piece: { schema: piece },
  habilitation: { schema: habilitation },
  journal: { schema: journal },
};
