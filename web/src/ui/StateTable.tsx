/** The map as a table: every state, sortable by any metric, each name a button that opens its detail. */
import { useState } from 'react';
import type { StateRecord } from '../../../src/data/state-record.js';
import { WORLD_METRICS, roleOf, sortStates, type MetricId } from '../world-metrics.js';

export function StateTable({ states, selected, onSelect, year }: { states: readonly StateRecord[]; selected: string | null; onSelect: (iso3: string) => void; year: number }) {
  const [sort, setSort] = useState<{ by: MetricId | 'name'; descending: boolean }>({ by: 'defence', descending: true });
  const byMetric = WORLD_METRICS.find((m) => m.id === sort.by);
  const rows = byMetric ? sortStates(states, byMetric, sort.descending) : [...states].sort((a, b) => (sort.descending ? -1 : 1) * a.name.localeCompare(b.name));
  const header = (id: MetricId | 'name', label: string, numeric: boolean) => {
    const active = sort.by === id;
    return (
      <th key={id} scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" onClick={() => setSort({ by: id, descending: active ? !sort.descending : numeric })}>
          {label}{active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data" data-testid="state-table">
        <caption>All {states.length} states Ballast follows in {year} (sort by any column; open a state for its sources)</caption>
        <thead>
          <tr>
            {header('name', 'State', false)}
            {WORLD_METRICS.map((m) => header(m.id, m.id === 'role' ? 'Role' : `${m.label.replace('Composite Index of National Capability (CINC)', 'CINC')}${m.id === 'defence' ? ' (% GDP)' : ''}`, m.id !== 'role'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.iso3} className={s.iso3 === selected ? 'selected' : undefined}>
              <th scope="row"><button type="button" className="link" onClick={() => onSelect(s.iso3)} aria-pressed={s.iso3 === selected}>{s.name}</button></th>
              {WORLD_METRICS.map((m) => <td key={m.id} className={m.id === 'role' ? undefined : 'num'}>{m.id === 'role' ? roleOf(s) : m.text(s)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
