import { useEffect, useState } from 'react';
import { Box } from '@strapi/design-system';
import type { DestinataireCourriel } from '../../../../domain/action';
import { useTraduction } from '../useTraduction';
import { SaisieTexte } from './saisies';

const lues = (valeur: string): string[] =>
  valeur
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Other addresses of an email, one per line; the text is kept as typed so that an empty line can be typed. */
export function AutresAdresses({
  id,
  destinataires,
  onChange,
}: {
  id: string;
  destinataires: DestinataireCourriel[];
  onChange: (destinataires: DestinataireCourriel[]) => void;
}) {
  const t = useTraduction();
  const adresses = destinataires.flatMap((d) => (typeof d === 'object' ? [d.adresse] : []));
  const [texte, setTexte] = useState(adresses.join('\n'));
  const cle = adresses.join('\n');
  // An import or a type change replaces the addresses: show them unless they are what is being typed.
  useEffect(() => {
    if (lues(texte).join('\n') !== cle) setTexte(cle);
  }, [cle]);
  return (
    <Box>
      <SaisieTexte
        id={id}
        libelle={t('guides.action.autresAdresses')}
        aide={t('guides.action.autresAdressesAide')}
        multiligne
        valeur={texte}
        onChange={(valeur) => {
          setTexte(valeur);
          const fixes = destinataires.filter((d) => typeof d === 'string');
          onChange([...fixes, ...lues(valeur).map((adresse) => ({ adresse }))]);
        }}
      />
    </Box>
  );
}
