/** The calendar day in France (ages, date bounds, `@aujourdhui`): the day people see, not the UTC one. */
export function aujourdhuiEnFrance(maintenant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(maintenant);
}
