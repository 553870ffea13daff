import type { ReactNode } from 'react';
import { Box } from '@strapi/design-system';

/** A tree element's header: a button selecting it for the side panel, highlighted while selected. */
export function BoutonSelection({
  selectionne,
  onSelect,
  titre,
  children,
}: {
  selectionne: boolean;
  onSelect: () => void;
  /** Shown on hover: the technical name. */
  titre?: string;
  children: ReactNode;
}) {
  return (
    <Box
      tag="button"
      type="button"
      title={titre}
      aria-pressed={selectionne}
      onClick={onSelect}
      background={selectionne ? 'primary100' : 'transparent'}
      borderColor={selectionne ? 'primary600' : 'transparent'}
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={1}
      flex="1"
      minWidth={0}
      textAlign="left"
      cursor="pointer"
    >
      {children}
    </Box>
  );
}
