/** The calendar day in France (ages, date bounds, `@aujourdhui`): the day people see, not the UTC one. */
export function aujourdhuiEnFrance(maintenant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(maintenant);
}

/**
 * The public holidays délais skip: metropolitan France, or Alsace-Moselle (Good Friday and 26 December added) when the
 * collectivité sets CALENDRIER_ALSACE_MOSELLE=true (départements 57, 67 and 68).
 */
export function optionsCalendrier(): { alsaceMoselle: boolean } {
  return { alsaceMoselle: process.env.CALENDRIER_ALSACE_MOSELLE === 'true' };
}
