import { entreGuillemets, messagesChamp } from './messages';
import type { Champ } from './modele';
import { lisible } from './testing/modeles';

describe('entreGuillemets', () => {
  it('puts no-break spaces inside French guillemets, so they never end up alone on a line', () => {
    expect(entreGuillemets('Nom')).toBe('«\u00A0Nom\u00A0»');
  });
});

describe('messagesChamp.requis', () => {
  it.each<[Champ['type'], string]>([
    ['texte', 'Renseignez « Libellé ».'],
    ['date', 'Renseignez « Libellé ».'],
    ['montant', 'Renseignez « Libellé ».'],
    ['liste', 'Choisissez une option pour « Libellé ».'],
    ['justificatif', 'Joignez au moins un document pour « Libellé ».'],
  ])('%s', (type, attendu) => {
    const champ = {
      code: 'c',
      libelle: 'Libellé',
      requis: true,
      type,
      options: [],
      formats: [],
      tailleMax: 1,
    } as Champ;
    expect(lisible(messagesChamp.requis(champ))).toBe(attendu);
  });
});
