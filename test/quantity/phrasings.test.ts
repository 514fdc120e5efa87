// The quantity grammar against phrasings (test/quantity/phrasings/*.json, one file a topic): value, unit,
// dimension, qualifier, interval.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { quantitiesOf } from '../../src/quantity/index.js';

interface Phrasing {
  text: string;
  surface: string | null;
  value?: number;
  unit?: string;
  dimension?: string;
  qualifier?: string;
  interval?: [number | null, number | null, boolean, boolean];
  attributive?: boolean;
  coarse?: boolean;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('quantity phrasings', () => {
  const dir = path.join(import.meta.dirname, 'phrasings');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { phrasings: Phrasing[] }).phrasings);
  it('has at least 150 phrasings', () => expect(rows.length).toBeGreaterThanOrEqual(150));
  it.each(rows.map((r, i) => [i, r.text, r] as const))('#%i %s', (_i, text, row) => {
    const mentions = quantitiesOf(new PolicyDocument(text, 'a.txt'));
    if (row.surface === null) {
      expect(mentions.map((m) => m.surface)).toEqual([]);
      return;
    }
    const m = mentions.find((x) => x.surface === row.surface);
    expect(m, `no mention "${row.surface}" in ${mentions.map((x) => x.surface).join(' | ')}`).toBeDefined();
    expect(close(m!.value, row.value!)).toBe(true);
    expect(m!.unit).toBe(row.unit);
    expect(m!.dimension).toBe(row.dimension);
    expect(m!.qualifier).toBe(row.qualifier);
    const [lo, hi, loOpen, hiOpen] = row.interval!;
    expect(lo === null ? m!.interval.lo === -Infinity : close(m!.interval.lo, lo)).toBe(true);
    expect(hi === null ? m!.interval.hi === Infinity : close(m!.interval.hi, hi)).toBe(true);
    expect([m!.interval.loOpen, m!.interval.hiOpen]).toEqual([loOpen, hiOpen]);
    if (row.coarse !== undefined) expect(m!.coarse).toBe(row.coarse);
  });
});
