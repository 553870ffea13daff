import { echeance, etatDelai, type SituationDelai } from './delai';
import type { Delai } from './guide';
import type { DossierInstruction } from './dossier';
import type { OptionsCalendrier } from './calendrier';
import { unDossier } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';

const ouvres = (jours: number): Delai => ({ jours, ouvres: true });
const calendaires = (jours: number): Delai => ({ jours, ouvres: false });
const ALSACE: OptionsCalendrier = { alsaceMoselle: true };
const METROPOLE: OptionsCalendrier = {};

describe('echeance: the due day of a délai', () => {
  it.each<[string, string, Delai, string, OptionsCalendrier]>([
    ['calendar days, the day of the event not counted', '2026-03-02', calendaires(30), '2026-04-01', METROPOLE],
    ['calendar days across the year boundary', '2026-12-20', calendaires(15), '2027-01-04', METROPOLE],
    ['calendar days are not pushed past a weekend', '2026-03-02', calendaires(5), '2026-03-07', METROPOLE],
    ['calendar days in a leap year', '2028-02-01', calendaires(28), '2028-02-29', METROPOLE],
    ['zero days: the day itself', '2026-03-07', ouvres(0), '2026-03-07', METROPOLE],
    ['working days in a plain week', '2026-03-02', ouvres(5), '2026-03-09', METROPOLE],
    ['a Friday plus one working day is Monday', '2026-03-06', ouvres(1), '2026-03-09', METROPOLE],
    ['1er mai (a Friday in 2026) and the weekend', '2026-04-30', ouvres(1), '2026-05-04', METROPOLE],
    ['1er mai and 8 mai in one délai', '2026-04-30', ouvres(5), '2026-05-11', METROPOLE],
    ['Ascension (Thursday 14 May 2026)', '2026-05-13', ouvres(1), '2026-05-15', METROPOLE],
    ['lundi de Pentecôte (25 May 2026)', '2026-05-22', ouvres(1), '2026-05-26', METROPOLE],
    ['Ascension and Pentecôte in ten working days', '2026-05-13', ouvres(10), '2026-05-29', METROPOLE],
    ['14 juillet (a Tuesday in 2026)', '2026-07-13', ouvres(1), '2026-07-15', METROPOLE],
    ['Noël on a Friday, then the weekend', '2026-12-24', ouvres(1), '2026-12-28', METROPOLE],
    ['the Saint-Étienne is worked in metropolitan France', '2025-12-24', ouvres(1), '2025-12-26', METROPOLE],
    ['the Saint-Étienne is a holiday in Alsace-Moselle', '2025-12-24', ouvres(1), '2025-12-29', ALSACE],
    ['Vendredi saint is worked in metropolitan France', '2026-04-02', ouvres(1), '2026-04-03', METROPOLE],
    ['Vendredi saint then lundi de Pâques in Alsace-Moselle', '2026-04-02', ouvres(1), '2026-04-07', ALSACE],
    ['jour de l’an across the year boundary', '2026-12-31', ouvres(1), '2027-01-04', METROPOLE],
    ['lundi de Pâques the day after the switch to summer time', '2027-03-26', ouvres(1), '2027-03-30', METROPOLE],
    ['starting on a Saturday', '2026-03-07', ouvres(1), '2026-03-09', METROPOLE],
    ['starting on a holiday', '2026-05-01', ouvres(2), '2026-05-05', METROPOLE],
  ])('%s: %s + %j → %s', (_cas, debut, delai, attendu, options) => {
    expect(echeance(debut, delai, options)).toBe(attendu);
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses %d days (a bug in the caller)', (jours) => {
    expect(() => echeance('2026-03-02', { jours, ouvres: true })).toThrow(RangeError);
  });
});

describe('etatDelai: on time, nearly due, late', () => {
  const guide = unGuideRiche();
  // depot: 5 working days · instruction: 30 calendar days · commission: 10 working days · decision: none
  const depuis = (statut: string, instant: string, autres: Partial<DossierInstruction> = {}) =>
    auStatutRiche(statut, { entreeEtapeLe: new Date(instant), ...autres });
  const situation = (
    etat: SituationDelai['etat'],
    jours: number,
    etape: string,
    limite: string,
    enOuvres: boolean,
  ) => ({
    etat,
    jours,
    etape,
    echeance: limite,
    ouvres: enOuvres,
  });

  it.each<[string, DossierInstruction, string, SituationDelai | null, OptionsCalendrier]>([
    [
      'working days: 4 left',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-03T10:00:00Z',
      situation('dans_les_temps', 4, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'working days: 2 left is « bientôt »',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-05T10:00:00Z',
      situation('bientot', 2, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'on a Saturday, Monday is the only working day left',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-07T10:00:00Z',
      situation('bientot', 1, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'the due day itself: 0 left, not late yet',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-09T17:00:00Z',
      situation('bientot', 0, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'the day after: late by one working day',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-10T07:00:00Z',
      situation('en_retard', 1, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'late by four working days on the next Saturday',
      depuis('recu', '2026-03-02T08:00:00Z'),
      '2026-03-14T10:00:00Z',
      situation('en_retard', 4, 'depot', '2026-03-09', true),
      METROPOLE,
    ],
    [
      'late on the Saturday after a Friday due day counts one day',
      depuis('recu', '2026-02-27T08:00:00Z'),
      '2026-03-07T10:00:00Z',
      situation('en_retard', 1, 'depot', '2026-03-06', true),
      METROPOLE,
    ],
    [
      'calendar days: 3 left',
      depuis('en_instruction', '2026-03-02T08:00:00Z'),
      '2026-03-29T10:00:00Z',
      situation('dans_les_temps', 3, 'instruction', '2026-04-01', false),
      METROPOLE,
    ],
    [
      'calendar days: late by 2',
      depuis('en_instruction', '2026-03-02T08:00:00Z'),
      '2026-04-03T10:00:00Z',
      situation('en_retard', 2, 'instruction', '2026-04-01', false),
      METROPOLE,
    ],
    [
      'days are French days: entered at 00:30 in Paris, looked at 23:30 in Paris, across the switch to summer time',
      depuis('en_instruction', '2026-03-01T23:30:00Z'),
      '2026-03-31T21:30:00Z',
      situation('bientot', 1, 'instruction', '2026-04-01', false),
      METROPOLE,
    ],
    [
      'a side statut keeps the délai of the étape where the dossier stands',
      depuis('suspendu', '2026-03-02T08:00:00Z', { etape: 'instruction' }),
      '2026-03-10T10:00:00Z',
      situation('dans_les_temps', 22, 'instruction', '2026-04-01', false),
      METROPOLE,
    ],
    [
      'ten working days across Ascension and Pentecôte',
      depuis('attente_commission', '2026-05-13T08:00:00Z'),
      '2026-05-26T08:00:00Z',
      situation('dans_les_temps', 3, 'commission', '2026-05-29', true),
      METROPOLE,
    ],
    [
      'Alsace-Moselle: the Saint-Étienne pushes the due day',
      depuis('recu', '2025-12-19T08:00:00Z'),
      '2025-12-24T08:00:00Z',
      situation('bientot', 2, 'depot', '2025-12-30', true),
      ALSACE,
    ],
    ['an étape without délai', depuis('accepte', '2026-03-02T08:00:00Z'), '2026-06-01T00:00:00Z', null, METROPOLE],
    [
      'the décision reached by a skip has no délai',
      depuis('dispense_commission', '2026-03-02T08:00:00Z', { etape: 'decision' }),
      '2026-06-01T00:00:00Z',
      null,
      METROPOLE,
    ],
    [
      'a closed dossier is never late',
      depuis('refuse', '2026-01-02T08:00:00Z'),
      '2026-06-01T00:00:00Z',
      null,
      METROPOLE,
    ],
    [
      'a draft',
      unDossier({ entreeEtapeLe: new Date('2026-01-02T08:00:00Z') }),
      '2026-06-01T00:00:00Z',
      null,
      METROPOLE,
    ],
    ['a row from before délais', auStatutRiche('recu'), '2026-06-01T00:00:00Z', null, METROPOLE],
  ])('%s', (_cas, dossier, maintenant, attendu, options) => {
    expect(etatDelai(guide, dossier, new Date(maintenant), options)).toEqual(attendu);
  });
});
