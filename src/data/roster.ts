/**
 * The roster: the states Ballast follows, found by any of their codes or names
 * (ISO alpha-3, ISO numeric, COW number, name or alias).
 */
import type { RosterState } from './facts.js';

function normalise(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export class Roster {
  private readonly iso = new Map<string, RosterState>();
  private readonly cowMain = new Map<number, RosterState>();
  private readonly cowAlias = new Map<number, RosterState>();
  private readonly names = new Map<string, RosterState>();

  constructor(readonly states: readonly RosterState[], extraNames: ReadonlyMap<string, string> = new Map()) {
    for (const s of states) {
      this.iso.set(s.iso3, s);
      this.cowMain.set(s.cow, s);
      for (const a of s.cowAliases ?? []) this.cowAlias.set(a, s);
      for (const n of [s.iso3, s.name, s.sipriName, ...(s.aliases ?? [])]) if (n) this.names.set(normalise(n), s);
    }
    for (const [name, iso3] of extraNames) {
      const s = this.iso.get(iso3);
      if (s && !this.names.has(normalise(name))) this.names.set(normalise(name), s);
    }
  }

  byIso3(code: string): RosterState | undefined {
    return this.iso.get(code.toUpperCase());
  }

  /** By COW number: the state's main code or, failing that, a predecessor alias. */
  byCowWithAliases(cow: number): RosterState | undefined {
    return this.cowMain.get(cow) ?? this.cowAlias.get(cow);
  }

  byName(name: string): RosterState | undefined {
    return this.names.get(normalise(name));
  }

  /** By ISO3, then name; the way importers identify a row. */
  resolve(codeOrName: string): RosterState | undefined {
    const t = codeOrName.trim();
    return (/^[A-Za-z]{3}$/.test(t) ? this.byIso3(t) : undefined) ?? this.byName(t);
  }
}
