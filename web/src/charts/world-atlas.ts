/**
 * Country outlines: Natural Earth 1:110m via world-atlas 2.0.2 (public domain), bundled so the
 * map works offline. Features carry ISO 3166 numeric ids; Kosovo has none and is matched by
 * name to Ballast's XKX.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import type { StateRecord } from '../../../src/data/state-record.js';

export type Country = Feature<Geometry, { name: string }> & { id?: string };

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const COUNTRIES: readonly Country[] = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];

export const ATLAS_SOURCE = 'Natural Earth 1:110m via world-atlas 2.0.2';

/** The outline of a state of the roster, or undefined when the atlas has none. */
export function countryOf(s: Pick<StateRecord, 'iso3' | 'isoNumeric'>): Country | undefined {
  if (s.iso3 === 'XKX') return COUNTRIES.find((c) => c.properties.name === 'Kosovo');
  if (s.isoNumeric === null) return undefined;
  const id = String(s.isoNumeric).padStart(3, '0');
  return COUNTRIES.find((c) => c.id === id);
}
