/** Polls until the check returns a value (not undefined/false) or the delay runs out. */
export async function attendre<T>(
  verifier: () => Promise<T | undefined | false>,
  message: string,
  delaiMs = 60_000,
): Promise<T> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    const valeur = await verifier();
    if (valeur !== undefined && valeur !== false) return valeur;
    if (Date.now() > fin) throw new Error(`Délai dépassé : ${message}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}
