import {
  cleDeStockage,
  DUREE_INACTIVITE_MS,
  identifiantValide,
  MemoireSessionStore,
  nomCookieSession,
  optionsCookieSession,
  Sessions,
  type Session,
} from '../../src/lib/session';

const SECRET = 'un-secret-de-test-de-plus-de-32-caracteres';
const usager: Omit<Session, 'csrf'> = {
  sub: 'sub-1',
  prenom: 'Camille',
  nom: 'Martin',
  email: 'c@example.org',
  jwt: 'jwt',
  idToken: 'idt',
};

function horloge(depart = 1_000_000) {
  let maintenant = depart;
  return { maintenant: () => maintenant, avancer: (ms: number) => (maintenant += ms) };
}

describe('session cookie', () => {
  it('uses the __Host- prefix only behind https, with Secure', () => {
    expect(nomCookieSession(true)).toBe('__Host-guichet_session');
    expect(nomCookieSession(false)).toBe('guichet_session');
    expect(optionsCookieSession(true)).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    expect(optionsCookieSession(false).secure).toBe(false);
  });
});

describe('Sessions', () => {
  it('creates a session with a random 32-byte id and its own CSRF token', async () => {
    const sessions = new Sessions(new MemoireSessionStore(), SECRET);
    const a = await sessions.creer(usager);
    const b = await sessions.creer(usager);
    expect(Buffer.from(a.id, 'base64url')).toHaveLength(32);
    expect(identifiantValide(a.id)).toBe(true);
    expect(a.id).not.toBe(b.id);
    expect(a.session.csrf).not.toBe(b.session.csrf);
    expect(await sessions.charger(a.id)).toEqual(a.session);
  });

  it('keys the store by an HMAC of the id, never by the cookie value itself', async () => {
    const store = new MemoireSessionStore();
    const sessions = new Sessions(store, SECRET);
    const { id } = await sessions.creer(usager);
    expect(await store.get(id)).toBeUndefined();
    expect(await store.get(cleDeStockage(id, SECRET))).toBeDefined();
    expect(cleDeStockage(id, 'un-autre-secret-de-plus-de-32-caracteres')).not.toBe(cleDeStockage(id, SECRET));
  });

  it('expires after the idle timeout, and each use slides it', async () => {
    const h = horloge();
    const sessions = new Sessions(new MemoireSessionStore(h.maintenant), SECRET);
    const { id } = await sessions.creer(usager);
    h.avancer(DUREE_INACTIVITE_MS - 1);
    expect(await sessions.charger(id)).toBeDefined();
    h.avancer(DUREE_INACTIVITE_MS - 1);
    expect(await sessions.charger(id)).toBeDefined();
    h.avancer(DUREE_INACTIVITE_MS);
    expect(await sessions.charger(id)).toBeUndefined();
  });

  it('refuses malformed ids without a lookup, and forgets destroyed sessions', async () => {
    const store = new MemoireSessionStore();
    const get = jest.spyOn(store, 'get');
    const sessions = new Sessions(store, SECRET);
    for (const id of [undefined, '', 'court', 'x'.repeat(43) + '!', `${'a'.repeat(42)}=`]) {
      expect(await sessions.charger(id)).toBeUndefined();
    }
    expect(get).not.toHaveBeenCalled();
    const { id } = await sessions.creer(usager);
    await sessions.detruire(id);
    expect(await sessions.charger(id)).toBeUndefined();
  });

  it('returns copies: changing a loaded session does not change the store until it is saved', async () => {
    const sessions = new Sessions(new MemoireSessionStore(), SECRET);
    const { id } = await sessions.creer(usager);
    const chargee = await sessions.charger(id);
    chargee!.flash = { notice: { type: 'succes', message: 'ok' } };
    expect((await sessions.charger(id))?.flash).toBeUndefined();
    await sessions.enregistrer(id, chargee!);
    expect((await sessions.charger(id))?.flash?.notice?.message).toBe('ok');
  });
});

describe('MemoireSessionStore.purger', () => {
  it('drops expired entries only', async () => {
    const h = horloge();
    const store = new MemoireSessionStore(h.maintenant);
    await store.set('a', { ...usager, csrf: 'x' }, 1000);
    await store.set('b', { ...usager, csrf: 'y' }, 5000);
    h.avancer(2000);
    expect(store.purger()).toBe(1);
    expect(store.taille).toBe(1);
  });
});
