/**
 * Finding a state in a World by any of its codes: ISO alpha-3 ("POL"), COW number (290),
 * ISO numeric with a prefix ("iso:616"; bare numbers are COW codes, since the two systems
 * overlap: 840 is the USA in ISO and the Philippines in COW), or English name ("Poland").
 */
import type { StateRecord } from './state-record.js';
import type { World } from './world.js';

export function findState(world: World, query: string | number): StateRecord | undefined {
  const states = world.states;
  if (typeof query === 'number') return states.find((s) => s.cow === query);
  const q = query.trim();
  const iso = /^iso:(\d+)$/i.exec(q);
  if (iso) return states.find((s) => s.isoNumeric === Number(iso[1]));
  const cow = /^(?:cow:)?(\d+)$/i.exec(q);
  if (cow) return states.find((s) => s.cow === Number(cow[1]));
  if (/^[A-Za-z]{3}$/.test(q)) {
    const byCode = states.find((s) => s.iso3 === q.toUpperCase());
    if (byCode) return byCode;
  }
  const name = q.toLowerCase();
  return states.find((s) => s.name.toLowerCase() === name);
}

/** The index of a state in World.states and in every pairs matrix; -1 when absent. */
export function indexOf(world: World, iso3: string): number {
  return world.pairs.codes.indexOf(iso3);
}

/** The allies of the year (states with a U.S. defence commitment), in World order. */
export function alliesOf(world: World): StateRecord[] {
  return world.states.filter((s) => s.roles.ally);
}
