import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventSchema, scenarioJsonSchema, scenarioSchema, validateScenario } from '../../src/scenario/index.js';

const doc = readFileSync('docs/SCENARIOS.md', 'utf8');

/** The text of a "### `name`" section, up to the next heading. */
function section(name: string): string {
  const start = doc.indexOf(`### \`${name}\``);
  if (start < 0) return '';
  const end = doc.slice(start + 4).search(/\n##/);
  return end < 0 ? doc.slice(start) : doc.slice(start, start + 4 + end);
}

describe('docs/SCENARIOS.md', () => {
  it('pastes the JSON Schema that scenarioJsonSchema() generates', () => {
    const block = doc.slice(doc.indexOf('## JSON Schema')).match(/```json\n([\s\S]*?)\n```/);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(scenarioJsonSchema());
  });

  it('has a section for every event type, listing each of its fields', () => {
    for (const option of eventSchema.options) {
      const type = option.shape.type.value;
      const text = section(type);
      expect(text, type).not.toBe('');
      for (const field of Object.keys(option.shape)) {
        if (['type', 'at', 'window', 'probability', 'note'].includes(field)) continue;
        expect(text, `${type}.${field}`).toContain(`| \`${field}\` |`);
      }
    }
    expect(EVENT_TYPES).toHaveLength(17);
  });

  it('lists every top-level and patron field', () => {
    for (const field of Object.keys(scenarioSchema.shape)) expect(doc, field).toContain(`| \`${field}\` |`);
    for (const field of Object.keys(scenarioSchema.shape.patron.unwrap().shape)) expect(section('patron'), field).toContain(`| \`${field}\` |`);
  });

  it('shows an example scenario that validates', () => {
    const example = doc.match(/```yaml\n([\s\S]*?)```/);
    const r = validateScenario(example![1]!, { file: 'my-scenario.yaml' });
    expect(r.ok ? [] : r.issues).toEqual([]);
  });
});
