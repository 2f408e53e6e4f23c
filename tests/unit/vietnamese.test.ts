import { describe, expect, it } from 'vitest';
import { compareVi, firstNonLatinLetter, fold, latinSkeleton, nfc, slugify, sortVi } from '../../src/domain/vietnamese.ts';

const NFD = (s: string): string => s.normalize('NFD');

describe('nfc', () => {
  it('composes NFD input', () => {
    const out = nfc(NFD('Hữu Lũng'));
    expect(out).toBe('Hữu Lũng');
    expect(out.length).toBe(8);
  });

  it('collapses whitespace runs including NBSP and trims', () => {
    expect(nfc('  Ủy\u00a0ban   nhân\t\tdân \n huyện  ')).toBe('Ủy ban nhân dân huyện');
  });

  it('returns an empty string for blank input', () => {
    expect(nfc(' \u00a0\n ')).toBe('');
  });
});

describe('fold', () => {
  it('removes tones, vowel marks and maps đ/Đ to d', () => {
    expect(fold('Điển Hình Tiên Tiến')).toBe('dien hinh tien tien');
    expect(fold('ăâêôơư ĂÂÊÔƠƯ đĐ')).toBe('aaeoou aaeoou dd');
    expect(fold('Phong trào "Thi đua quyết thắng"')).toBe('phong trao "thi dua quyet thang"');
  });

  it('gives the same result for NFC and NFD input', () => {
    expect(fold(NFD('Người tốt, việc tốt'))).toBe('nguoi tot, viec tot');
    expect(fold(NFD('Đồng Nai'))).toBe(fold('Đồng Nai'));
  });

  it('keeps digits, punctuation and whitespace', () => {
    expect(fold('Số 01/PĐ-UBND  (2024)')).toBe('so 01/pd-ubnd  (2024)');
  });
});

describe('slugify', () => {
  it.each([
    ['Hữu Lũng', 'huu-lung'],
    ['01/PD-UBND', '01-pd-ubnd'],
    ['Đồng Nai', 'dong-nai'],
    ['  Thi đua "Dân vận khéo" – giai đoạn 2021 - 2025 ', 'thi-dua-dan-van-kheo-giai-doan-2021-2025'],
    ['71/2021/NQ-HĐND', '71-2021-nq-hdnd'],
    ['Xã Quyết Thắng!!!', 'xa-quyet-thang'],
    ['---', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('is the same for NFD input', () => {
    expect(slugify(NFD('Bùi Quốc Khánh'))).toBe('bui-quoc-khanh');
  });
});

describe('compareVi', () => {
  it('follows the Vietnamese alphabet a < ă < â < b and d < đ', () => {
    expect(compareVi('an', 'ăn')).toBeLessThan(0);
    expect(compareVi('ăn', 'ân')).toBeLessThan(0);
    expect(compareVi('ân', 'bê')).toBeLessThan(0);
    expect(compareVi('dê', 'đê')).toBeLessThan(0);
    expect(compareVi('Đỗ Văn Nam', 'Dương Thị Lan')).toBeGreaterThan(0);
  });

  it('sorts Đ before G (code-point order would put it after Z)', () => {
    expect(compareVi('Đỗ', 'Giang')).toBeLessThan(0);
    expect('Đỗ' < 'Giang').toBe(false);
  });

  it('treats NFC and NFD as equal', () => {
    expect(compareVi(NFD('Nguyễn Văn Ánh'), 'Nguyễn Văn Ánh')).toBe(0);
  });

  it('compares numbers numerically', () => {
    expect(compareVi('Tổ dân phố 2', 'Tổ dân phố 10')).toBeLessThan(0);
  });
});

describe('sortVi', () => {
  const people = [
    { name: 'Đỗ Thị Hoa' },
    { name: 'Nguyễn Văn An' },
    { name: 'Dương Văn Minh' },
    { name: NFD('Bùi Quốc Khánh') },
    { name: 'Bế Văn Hùng' },
    { name: 'Âu Thị Mai' },
    { name: 'Ánh Dương' },
  ];

  it('sorts real names in Vietnamese order', () => {
    expect(sortVi(people, (p) => p.name).map((p) => nfc(p.name))).toEqual([
      'Ánh Dương',
      'Âu Thị Mai',
      'Bế Văn Hùng',
      'Bùi Quốc Khánh',
      'Dương Văn Minh',
      'Đỗ Thị Hoa',
      'Nguyễn Văn An',
    ]);
  });

  it('returns a new array and leaves the input untouched', () => {
    const before = people.map((p) => p.name);
    const sorted = sortVi(people, (p) => p.name);
    expect(sorted).not.toBe(people);
    expect(people.map((p) => p.name)).toEqual(before);
  });

  it('is stable for equal keys', () => {
    const items = [
      { id: 1, k: 'Hà Nội' },
      { id: 2, k: 'Bắc Giang' },
      { id: 3, k: NFD('Hà Nội') },
    ];
    expect(sortVi(items, (i) => i.k).map((i) => i.id)).toEqual([2, 1, 3]);
  });

  it('handles an empty list', () => {
    expect(sortVi([] as string[], (s) => s)).toEqual([]);
  });
});

describe('look-alike and invisible characters', () => {
  it('nfc drops format characters (zero-width space, soft hyphen, BOM)', () => {
    expect(nfc('56/CT\u200B-UBND\u00AD\uFEFF')).toBe('56/CT-UBND');
    expect(nfc('\u00A0\u200B\u200B\u00A0')).toBe('');
  });

  it('slugify makes Cyrillic and full-width look-alikes Latin, so two spellings are one id', () => {
    expect(slugify('Văn bản mоt')).toBe(slugify('Văn bản mot')); // Cyrillic о
    expect(slugify('ＣＴ 56')).toBe('ct-56');
  });

  it('finds a letter of another script', () => {
    expect(firstNonLatinLetter('01/СТ-UBND')).toBe('С');
    expect(firstNonLatinLetter('01/PĐ-UBND')).toBeUndefined();
    expect(latinSkeleton('Α1')).toBe('A1'); // Greek capital alpha
  });
});
