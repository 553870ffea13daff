import { useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import {
  SERVICES_API_PARTICULIER,
  type ChampAdresse,
  type ChampApiParticulier,
  type ChampIban,
  type ChampJustificatif,
} from '../../../../../domain/modele';
import { SaisieCase, SaisieChoix, SaisieNombre, SaisieTexte } from '../../../components/saisies';
import { useTraduction, type CleTraduction } from '../../../utils/useTraduction';
import { texteOptionnel, type ProprietesReglages } from './types';

export function ReglagesAdresse({ champ, modifier }: ProprietesReglages<ChampAdresse>) {
  const t = useTraduction();
  return <SaisieCase libelle={t('reglage.carte')} valeur={champ.carte} onChange={(carte) => modifier({ carte })} />;
}

export function ReglagesIban({ champ, modifier }: ProprietesReglages<ChampIban>) {
  const t = useTraduction();
  return (
    <SaisieCase
      libelle={t('reglage.etranger')}
      valeur={champ.etranger}
      onChange={(etranger) => modifier({ etranger })}
    />
  );
}

export function ReglagesApiParticulier({ champ, modifier }: ProprietesReglages<ChampApiParticulier>) {
  const t = useTraduction();
  return (
    <SaisieChoix
      nom="service"
      libelle={t('reglage.service')}
      requis
      valeur={champ.service}
      onChange={(service) => {
        const choisi = SERVICES_API_PARTICULIER.find((s) => s === service);
        if (choisi) modifier({ service: choisi });
      }}
      options={SERVICES_API_PARTICULIER.map((s) => ({ valeur: s, libelle: t(`service.${s}`) }))}
    />
  );
}

/** Formats offered as checkboxes; any other MIME type can be typed. */
const FORMATS_COURANTS: ReadonlyArray<[string, CleTraduction]> = [
  ['application/pdf', 'format.pdf'],
  ['image/jpeg', 'format.jpeg'],
  ['image/png', 'format.png'],
  ['application/vnd.oasis.opendocument.text', 'format.odt'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'format.docx'],
];
const MO = 1024 * 1024;

export function ReglagesJustificatif({ champ, modifier }: ProprietesReglages<ChampJustificatif>) {
  const t = useTraduction();
  const courants = new Set(FORMATS_COURANTS.map(([mime]) => mime));
  // Typed text is kept as typed (a trailing comma must survive the keystroke); the model gets the parsed list.
  const [autres, setAutres] = useState(() => champ.formats.filter((f) => !courants.has(f)).join(', '));
  const basculer = (mime: string, coche: boolean) =>
    modifier({ formats: coche ? [...champ.formats, mime] : champ.formats.filter((f) => f !== mime) });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <SaisieTexte
        nom="typeDocument"
        libelle={t('reglage.typeDocument')}
        aide={t('reglage.typeDocumentAide')}
        valeur={champ.typeDocument ?? ''}
        onChange={(typeDocument) => modifier({ typeDocument: texteOptionnel(typeDocument) })}
      />
      <Flex tag="fieldset" direction="column" alignItems="flex-start" gap={2}>
        <Typography tag="legend" variant="pi" fontWeight="bold">
          {t('reglage.formats')}
        </Typography>
        {FORMATS_COURANTS.map(([mime, cle]) => (
          <SaisieCase
            key={mime}
            libelle={t(cle)}
            valeur={champ.formats.includes(mime)}
            onChange={(c) => basculer(mime, c)}
          />
        ))}
      </Flex>
      <SaisieTexte
        nom="autresFormats"
        libelle={t('reglage.autresFormats')}
        aide={t('reglage.autresFormatsAide')}
        valeur={autres}
        onChange={(texte) => {
          setAutres(texte);
          modifier({
            formats: [
              ...champ.formats.filter((f) => courants.has(f)),
              ...texte
                .split(',')
                .map((f) => f.trim())
                .filter((f) => f !== ''),
            ],
          });
        }}
      />
      <SaisieNombre
        nom="tailleMax"
        libelle={t('reglage.tailleMax')}
        requis
        pas={0.5}
        valeur={Math.round((champ.tailleMax / MO) * 100) / 100}
        onChange={(mo) => modifier({ tailleMax: Math.round((mo ?? 0) * MO) })}
      />
    </Flex>
  );
}
