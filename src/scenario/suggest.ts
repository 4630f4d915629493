/**
 * "Did you mean …?": the known names closest to a misspelt one, by Levenshtein edit
 * distance (Levenshtein 1966), and failing that by a shared word ("peer_weight" → util_peer).
 */

/** Edits (insertions, deletions, substitutions) that turn a into b; case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase(), t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length]!;
}

const words = (s: string) => s.toLowerCase().split(/[_\s-]+/).filter((w) => w.length > 2);

/**
 * Up to `max` candidates close to `word`: those within a third of its length in edits (at
 * least 1, at most 3), nearest first; else those sharing a word of three letters or more,
 * scored by how rare the shared words are among the candidates (keeping those above half the best score).
 */
export function closest(word: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const near = candidates
    .map((c) => ({ c, d: editDistance(word, c) }))
    .filter((x) => x.d <= limit && x.c !== word)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .map((x) => x.c);
  if (near.length > 0) return near.slice(0, max);
  // Shared words, the rarer the better: "peer_weight" is nearer util_peer than the dozen *_weight names.
  const mine = new Set(words(word));
  const freq = new Map<string, number>();
  for (const c of candidates) for (const w of new Set(words(c))) freq.set(w, (freq.get(w) ?? 0) + 1);
  const scored = candidates
    .map((c) => ({ c, score: [...new Set(words(c))].filter((w) => mine.has(w)).reduce((t, w) => t + 1 / freq.get(w)!, 0) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score);
  const best = scored[0]?.score ?? 0;
  return scored.filter((x) => x.score > best / 2).map((x) => x.c).slice(0, max);
}

/** "; did you mean a or b?" or "" when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c.length === 0 ? '' : `; did you mean ${c.join(' or ')}?`;
}
