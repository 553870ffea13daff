/** The portal's clock: the domain takes time as a parameter, pages and submissions read it here. */

/** Today's date in Paris (where the administration's days begin and end), as YYYY-MM-DD. */
export function aujourdhui(maintenant: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD whatever the ICU data of the Node build.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(maintenant);
}
