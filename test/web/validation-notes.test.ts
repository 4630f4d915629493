import { describe, expect, it } from 'vitest';
import { issuesByLine, placeNotes } from '../../web/src/validation-notes.js';

describe('issuesByLine(issues) and placeNotes(wanted, heights)', () => {
  it('groups issues by line, in line order, with issues without a line under 0', () => {
    const grouped = issuesByLine([{ code: 'a', message: 'x', line: 9 }, { code: 'b', message: 'y' }, { code: 'c', message: 'z', line: 2 }, { code: 'd', message: 'w', line: 9 }]);
    expect(grouped.map(([line, list]) => [line, list.map((i) => i.code)])).toEqual([[0, ['b']], [2, ['c']], [9, ['a', 'd']]]);
  });

  it('keeps each note at its line unless the note above still occupies it', () => {
    expect(placeNotes([6, 26, 106], [40, 20, 20])).toEqual([6, 48, 106]);
    expect(placeNotes([], [])).toEqual([]);
  });
});
