import { describe, expect, it } from 'vitest';
import { batchSize } from '../../src/engine/run-files.js';

describe('batchSize', () => {
  it('keeps one file a task on small runs and grows to 16 on large ones', () => {
    expect(batchSize(60, 2)).toBe(1);
    expect(batchSize(140, 2)).toBe(2);
    expect(batchSize(5000, 2)).toBe(16);
    expect(batchSize(5000, 64)).toBe(2);
  });
});
