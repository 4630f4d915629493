/**
 * The choropleth: states of the roster filled by a metric, the rest grey, gray-zone states
 * outlined with a dashed stroke, and U.S. troops as circles at capitals (area ∝ troops).
 * Three views: the world (Equal Earth fitted to the roster), Europe (a conic equal-area projection
 * where the eastern flank and the Balkans are legible) and the Asia-Pacific. Keyboard users reach
 * every state through the table that goes with the map (StateTable); the map itself is a picture
 * of that table.
 */
import { useId, useMemo } from 'react';
import { geoConicEqualArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { StateRecord } from '../../../src/data/state-record.js';
import { isDeployment, type MapMeasure } from '../world-metrics.js';
import { COUNTRIES, countryOf, type Country } from './world-atlas.js';

export const MAP_VIEWS = [
  { id: 'world', label: 'World' },
  { id: 'europe', label: 'Europe' },
  { id: 'asia', label: 'Asia-Pacific' },
] as const;
export type MapView = (typeof MAP_VIEWS)[number]['id'];

/** A view's frame as a grid of points (a polygon's winding would matter on the sphere; points do not). */
const frame = (lon: [number, number], lat: [number, number]) => ({
  type: 'MultiPoint' as const,
  coordinates: [0, 0.25, 0.5, 0.75, 1].flatMap((a) => [0, 0.5, 1].map((b) => [lon[0] + a * (lon[1] - lon[0]), lat[0] + b * (lat[1] - lat[0])])),
});
/** Europe from Portugal to the Urals' foot and from Crete to the North Cape; the Asia-Pacific from Thailand to New Zealand. */
const VIEWS: Record<Exclude<MapView, 'world'>, { projection: () => GeoProjection; frame: ReturnType<typeof frame> }> = {
  europe: { projection: () => geoConicEqualArea().parallels([43, 62]).rotate([-15, 0]), frame: frame([-12, 42], [35, 70]) },
  asia: { projection: () => geoEqualEarth().rotate([-140, 0]), frame: frame([95, 180], [-46, 46]) },
};

export interface WorldMapProps {
  states: readonly StateRecord[];
  metric: MapMeasure;
  view?: MapView;
  selected?: string | null;
  onSelect?: (iso3: string) => void;
  troops?: boolean;
  width?: number;
  height?: number;
  testid?: string;
}

const MAX_TROOP_RADIUS = 16;
const TROOP_REFERENCE = 50_000;

/** Circle radius in px: area proportional to troops, 50,000 troops at MAX_TROOP_RADIUS. */
export function troopRadius(troops: number): number {
  return MAX_TROOP_RADIUS * Math.sqrt(Math.max(0, troops) / TROOP_REFERENCE);
}

export function WorldMap({ states, metric, view = 'world', selected = null, onSelect, troops = true, width = 960, height = 470, testid = 'world-map' }: WorldMapProps) {
  const patternId = `nodata-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const layers = useMemo(() => {
    const roster = states.map((s) => ({ s, c: countryOf(s) })).filter((x): x is { s: StateRecord; c: Country } => x.c !== undefined);
    const projection = view === 'world'
      ? geoEqualEarth().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'FeatureCollection', features: roster.map((x) => x.c) })
      : VIEWS[view].projection().fitExtent([[6, 6], [width - 6, height - 6]], VIEWS[view].frame);
    const path = geoPath(projection);
    const rosterIds = new Set(roster.map((x) => x.c));
    const background = COUNTRIES.filter((c) => !rosterIds.has(c)).map((c, i) => ({ key: `${c.id ?? c.properties.name}-${i}`, d: path(c) ?? '' }));
    const followed = roster.map(({ s, c }) => ({ s, d: path(c) ?? '' }));
    const circles = states
      .filter((s) => isDeployment(s) && s.capital.lat !== null && s.capital.lng !== null)
      .map((s) => ({ s, at: projection([s.capital.lng!, s.capital.lat!]) }))
      .filter((x): x is { s: StateRecord; at: [number, number] } => x.at !== null)
      .sort((a, b) => (b.s.usTroops.activeDuty ?? 0) - (a.s.usTroops.activeDuty ?? 0));
    return { background, followed, circles, sphere: path({ type: 'Sphere' }) ?? '' };
  }, [states, width, height, view]);

  const shown = layers.followed.length;
  return (
    <svg className="map" data-testid={testid} data-view={view} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img"
      aria-label={`Map${view === 'world' ? '' : ` of ${view === 'europe' ? 'Europe' : 'the Asia-Pacific'}`}: the ${shown} states Ballast follows, coloured by ${metric.label} (${metric.unit}); the table below lists the same values`}>
      <defs>
        <pattern id={patternId} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={5} height={5} fill="#f7f7f7" />
          <line x1={0} y1={0} x2={0} y2={5} stroke="#c8c8c8" strokeWidth={2} />
        </pattern>
      </defs>
      {view === 'world' ? <path d={layers.sphere} fill="#eef3f8" stroke="#c9d3de" /> : <rect width={width} height={height} fill="#eef3f8" />}
      <g>{layers.background.map((b) => <path key={b.key} className="country" d={b.d} fill="#e6e6e6" />)}</g>
      <g>
        {layers.followed.map(({ s, d }) => {
          const fill = metric.colour(s) ?? `url(#${patternId})`;
          const cls = ['country', 'roster', s.roles.grayZone ? 'gray-zone' : '', s.iso3 === selected ? 'selected' : ''].filter(Boolean).join(' ');
          return (
            <path key={s.iso3} className={cls} d={d} fill={fill} data-iso3={s.iso3} onClick={onSelect ? () => onSelect(s.iso3) : undefined}>
              <title>{`${s.name}: ${metric.text(s)}${metric.id === 'role' ? '' : ` (${metric.source(s)})`}`}</title>
            </path>
          );
        })}
      </g>
      {troops && (
        <g>
          {layers.circles.map(({ s, at }) => <circle key={s.iso3} data-iso3={s.iso3} className="troops" cx={at[0]} cy={at[1]} r={Math.max(1.5, troopRadius(s.usTroops.activeDuty ?? 0))} />)}
        </g>
      )}
    </svg>
  );
}
