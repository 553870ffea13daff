import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useTraduction } from '../pages/useTraduction';

/** A message of the dossier's conversation (GET /instruction/dossiers/:numero/messages). */
export interface Message {
  id: number;
  auteur: 'usager' | 'agent';
  auteurNom: string;
  corps: string;
  envoyeLe: string;
  luLe: string | null;
}

const FORMAT_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** « 28 novembre 2026 à 10:32 » in a <time> carrying the exact instant, for assistive technologies and copy. */
const Horodatage = ({ iso }: { iso: string }) => <time dateTime={iso}>{FORMAT_DATE.format(new Date(iso))}</time>;

/**
 * The thread, oldest first. Who wrote is said in words (« Usager » / « Agent » and the name), not only by the
 * side and colour of the bubble. The body is plain text: React escapes it, and `pre-wrap` keeps its line breaks.
 */
export const FilConversation = ({
  messages,
  nouveaux,
}: {
  messages: Message[];
  /** The citizen's messages unread when the page opened. */
  nouveaux: ReadonlySet<number> | null;
}) => {
  const t = useTraduction();
  return (
    <ol aria-label={t('conversation.fil')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {messages.map((m) => {
        const agent = m.auteur === 'agent';
        return (
          <li key={m.id} data-testid={`message-${m.id}`} data-auteur={m.auteur}>
            <Flex justifyContent={agent ? 'flex-end' : 'flex-start'} paddingTop={4}>
              <Box
                background={agent ? 'primary100' : 'neutral100'}
                borderColor={agent ? 'primary200' : 'neutral200'}
                borderStyle="solid"
                borderWidth="1px"
                hasRadius
                padding={4}
                maxWidth="85%"
              >
                <Flex gap={2} alignItems="center" wrap="wrap">
                  <Badge variant={agent ? 'primary' : 'secondary'}>{t(`conversation.auteur.${m.auteur}`)}</Badge>
                  {nouveaux?.has(m.id) && (
                    // Dark text on the warning tint: the "warning" variant's orange text is below 4.5:1 (axe).
                    <Badge textColor="neutral800" backgroundColor="warning200">
                      {t('conversation.nouveau')}
                    </Badge>
                  )}
                  <Typography fontWeight="bold" tag="span">
                    {m.auteurNom}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600" tag="span">
                    <Horodatage iso={m.envoyeLe} />
                  </Typography>
                </Flex>
                <Box paddingTop={2}>
                  <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {m.corps}
                  </Typography>
                </Box>
                {agent && (
                  <Box paddingTop={2}>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {m.luLe ? (
                        <>
                          {t('conversation.luLe')} <Horodatage iso={m.luLe} />
                        </>
                      ) : (
                        t('conversation.nonLu')
                      )}
                    </Typography>
                  </Box>
                )}
              </Box>
            </Flex>
          </li>
        );
      })}
    </ol>
  );
};
