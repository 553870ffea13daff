/** The portal ↔ CMS contract (types only), re-exported so pages import it from one place. */
export type * from '../../../extensions/usagers/contracts/portail';
