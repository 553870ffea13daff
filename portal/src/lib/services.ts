/** Process-wide singletons (sessions, CMS client, rate limiter), created on first use from the configuration. */
import { CmsClient } from './cms';
import { config } from './config';
import { LimiteurDebit } from './limite';
import { MemoireSessionStore, Sessions } from './session';

let sessions: Sessions | undefined;
let cms: CmsClient | undefined;
let limiteur: LimiteurDebit | undefined;

export function services(): { sessions: Sessions; cms: CmsClient; limiteur: LimiteurDebit } {
  if (!sessions || !cms || !limiteur) {
    const c = config();
    const store = new MemoireSessionStore();
    sessions = new Sessions(store, c.SESSION_SECRET);
    cms = new CmsClient(c.CMS_URL, c.CMS_TIMEOUT_MS);
    limiteur = new LimiteurDebit(undefined, c.RATE_LIMIT_MULTIPLIER);
    const menage = setInterval(() => {
      store.purger();
      limiteur?.purger();
    }, 60_000);
    menage.unref();
  }
  return { sessions, cms, limiteur };
}
