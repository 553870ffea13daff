import { Alert, Box, Typography } from '@strapi/design-system';
import { useTraduction } from '../utils/useTraduction';

export interface Compte {
  titre: string;
  problemes?: readonly string[];
  variante?: 'danger' | 'warning' | 'success' | 'default';
}

/** An alert with its list of French problems (422 answers), kept until closed; announced to screen readers by the Alert itself. */
export function Problemes({ compte, onClose }: { compte: Compte | null; onClose: () => void }) {
  const t = useTraduction();
  if (!compte) return null;
  return (
    // The design system's Alert already carries the live-region role: a second one would be announced twice.
    <Box paddingBottom={4}>
      <Alert
        variant={compte.variante ?? 'danger'}
        title={compte.titre}
        onClose={onClose}
        closeLabel={t('action.fermer')}
      >
        {compte.problemes && compte.problemes.length > 0 ? (
          <Box tag="ul" paddingTop={2} paddingLeft={4} style={{ listStyle: 'disc' }}>
            {compte.problemes.map((probleme, index) => (
              <li key={index}>
                <Typography>{probleme}</Typography>
              </li>
            ))}
          </Box>
        ) : null}
      </Alert>
    </Box>
  );
}
