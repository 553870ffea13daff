import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';
import fr from '../translations/fr.json';

export type CleTraduction = keyof typeof fr;
export type Traduire = (cle: CleTraduction, valeurs?: Record<string, string | number>) => string;

/** Labels from translations/{locale}.json, namespaced by the plugin id, French by default. Stable identity. */
export function useTraduction(): Traduire {
  const { formatMessage } = useIntl();
  return useCallback(
    (cle, valeurs) => formatMessage({ id: `${PLUGIN_ID}.${cle}`, defaultMessage: fr[cle] }, valeurs),
    [formatMessage],
  );
}
