import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';
import fr from '../translations/fr.json';

/** French labels from translations/fr.json, namespaced by the plugin id; `valeurs` fill their ICU placeholders. */
export function useTraduction() {
  const { formatMessage } = useIntl();
  return (cle: keyof typeof fr, valeurs?: Record<string, string | number>) =>
    formatMessage({ id: `${PLUGIN_ID}.${cle}`, defaultMessage: fr[cle] }, valeurs);
}
