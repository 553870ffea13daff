/**
 * Group commit for the job runner: the calls made while a statement is being prepared are served by ONE statement
 * (claiming rows, marking them delivered). With a worker running many jobs at once, this turns two queries per
 * action into two per group of actions. Each caller still waits for ITS row to be written: a job is complete only
 * once its row is, so a worker killed in between loses nothing (the job is run again, with the same key).
 */
export function regrouper<R>(
  executer: (ids: number[]) => Promise<Map<number, R> | void>,
  taille = 200,
): (id: number) => Promise<R | undefined> {
  let attente: { id: number; ok: (r: R | undefined) => void; ko: (e: unknown) => void }[] = [];
  let prevu = false;

  async function vider() {
    prevu = false;
    const lot = attente.slice(0, taille);
    attente = attente.slice(taille);
    if (attente.length > 0) planifier();
    try {
      const resultats = await executer([...new Set(lot.map((a) => a.id))]);
      for (const a of lot) a.ok(resultats ? resultats.get(a.id) : undefined);
    } catch (erreur) {
      for (const a of lot) a.ko(erreur);
    }
  }

  function planifier() {
    if (prevu) return;
    prevu = true;
    // setImmediate: the jobs whose previous step ended in the same turn of the event loop join the group.
    setImmediate(() => void vider());
  }

  return (id) =>
    new Promise((ok, ko) => {
      attente.push({ id, ok, ko });
      planifier();
    });
}
