/** The « Voir sur une carte » link of a located address (shared by the page and the address script: no dependency). */
import type { Adresse } from '@guichet/formulaires';

/** OpenStreetMap link centred on a located address, or null when its coordinates are unknown. */
export function lienCarte(adresse: Pick<Adresse, 'longitude' | 'latitude'> | null | undefined): string | null {
  const { longitude, latitude } = adresse ?? {};
  if (typeof longitude !== 'number' || typeof latitude !== 'number') return null;
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return null;
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
}
