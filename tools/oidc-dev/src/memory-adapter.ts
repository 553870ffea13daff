import type { Adapter, AdapterPayload } from 'oidc-provider';

// oidc-provider's built-in memory adapter works, but it prints "you MUST change it" on every start, which only
// confuses developers of a tool that is in-memory on purpose. This one is just as small, is private to one server
// (tests can run several servers side by side) and is dropped with it.

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** Models whose entries must disappear when their grant is revoked (logout, revocation). */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

export interface MemoryStore {
  entries: Map<string, Entry>;
  /** Secondary indexes oidc-provider looks up by: session uid and device user code → id. */
  byUid: Map<string, string>;
  byUserCode: Map<string, string>;
  /** grantId → keys of the tokens issued under it. */
  byGrant: Map<string, Set<string>>;
}

export function createMemoryStore(): MemoryStore {
  return { entries: new Map(), byUid: new Map(), byUserCode: new Map(), byGrant: new Map() };
}

class MemoryAdapter implements Adapter {
  readonly #model: string;
  readonly #store: MemoryStore;

  constructor(model: string, store: MemoryStore) {
    this.#model = model;
    this.#store = store;
  }

  #key(id: string): string {
    return `${this.#model}:${id}`;
  }

  #get(key: string): AdapterPayload | undefined {
    const entry = this.#store.entries.get(key);
    if (!entry) return undefined;
    // Expiry is checked on read instead of with timers, so a stopped server leaves nothing running.
    if (entry.expiresAt <= Date.now()) {
      this.#store.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.#key(id);
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
    this.#store.entries.set(key, { payload, expiresAt });
    if (this.#model === 'Session' && payload.uid) this.#store.byUid.set(payload.uid, id);
    if (payload.userCode) this.#store.byUserCode.set(payload.userCode, id);
    if (GRANTABLE.has(this.#model) && payload.grantId) {
      const members = this.#store.byGrant.get(payload.grantId) ?? new Set<string>();
      members.add(key);
      this.#store.byGrant.set(payload.grantId, members);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#get(this.#key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = this.#store.byUid.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const id = this.#store.byUserCode.get(userCode);
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id: string): Promise<void> {
    const payload = this.#get(this.#key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#store.entries.delete(this.#key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of this.#store.byGrant.get(grantId) ?? []) this.#store.entries.delete(key);
    this.#store.byGrant.delete(grantId);
  }
}

/**
 * Adapter factory for oidc-provider's `adapter` option. An arrow function on purpose: oidc-provider calls
 * non-constructable factories instead of `new`-ing them.
 */
export function memoryAdapterFactory(store: MemoryStore): (model: string) => Adapter {
  return (model) => new MemoryAdapter(model, store);
}
