import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlEntries } from '../../src/domain/frontmatter.ts';

const data = (text: string) => {
  const parsed = parseYaml(text, 2);
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
};

describe('frontmatter YAML', () => {
  it('reads decimal numbers only: hex, octal and binary stay text', () => {
    expect(data('a: 100\nb: -3\nc: 62.5\nd: 1e3\ne: 012\nf: +.5')).toEqual({ a: 100, b: -3, c: 62.5, d: 1000, e: 12, f: 0.5 });
    expect(data('a: 0x64\nb: 0o14\nc: 0b11\nd: .inf\ne: 1_000\nf: 62,5')).toEqual({
      a: '0x64',
      b: '0o14',
      c: '0b11',
      d: '.inf',
      e: '1_000',
      f: '62,5',
    });
  });

  it('keeps YAML 1.2 core nulls, booleans and dates as text', () => {
    expect(data("a:\nb: ~\nc: null\nd: true\ne: False\nf: yes\ng: 2024-03-19\nh: '5'")).toEqual({
      a: null,
      b: null,
      c: null,
      d: true,
      e: false,
      f: 'yes',
      g: '2024-03-19',
      h: '5',
    });
  });

  it('refuses aliases, once per file, at the first one', () => {
    const parsed = parseYaml('a: &x hai\nb: [*x, *x, *x]\nc: *x\n', 2);
    expect(parsed).toEqual({
      problems: [expect.objectContaining({ line: 3, path: ['b', 0], found: 'bí danh YAML "*x" (và 3 chỗ khác)' })],
    });
  });

  it('accepts "&" and "*" inside text', () => {
    expect(data('a: Nông nghiệp & PTNT\nb: "*quan trọng*"')).toEqual({ a: 'Nông nghiệp & PTNT', b: '*quan trọng*' });
  });

  it('names a key written twice and the line of its first use', () => {
    expect(parseYaml('a: 1\nb:\n  c: 1\n  c: 2\n', 2)).toEqual({
      problems: [{ line: 5, path: ['b', 'c'], expected: 'mỗi trường ghi một lần', found: 'trường "c" lặp lại (lần đầu ở dòng 4)' }],
    });
  });

  it('gives the file line of a syntax error', () => {
    const parsed = parseYaml('a: 1\nb: [1, 2\n', 2);
    expect('problems' in parsed && parsed.problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect('problems' in parsed && parsed.problems[0]!.found).toMatch(/^lỗi cú pháp/);
  });
});

describe('agencies.yaml entries', () => {
  it('keeps the first of an entry written twice, and every other entry', () => {
    const { entries, problems, readable } = parseYamlEntries('a:\n  name: Một\nb:\n  name: Hai\na:\n  name: Ba\n');
    expect(readable).toBe(true);
    expect([...entries]).toEqual([
      ['a', { name: 'Một' }],
      ['b', { name: 'Hai' }],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 5, path: ['a'] })]);
  });

  it('sets an aliased entry aside', () => {
    const { entries, problems } = parseYamlEntries('a: &x\n  name: Một\nb: *x\n');
    expect([...entries.keys()]).toEqual(['a']);
    expect(problems).toEqual([expect.objectContaining({ line: 3, path: ['b'] })]);
  });

  it('is unreadable as a whole after a syntax error', () => {
    expect(parseYamlEntries('a: [\n').readable).toBe(false);
  });
});
