import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_NUMBER_IN_TEXT,
  documentNumberKey,
  kindFromDocumentNumber,
  normalizeDocumentNumber,
  parseDocumentNumber,
} from '../../src/domain/document-number.ts';
import { nfc } from '../../src/domain/vietnamese.ts';

const NFD = (s: string): string => s.normalize('NFD');

describe('normalizeDocumentNumber', () => {
  it.each([
    ['Số: 01 /PD-UBND', '01/PD-UBND'],
    ['Số 01/CT-UBND', '01/CT-UBND'],
    ['So: 1/KH-HĐTĐKT', '1/KH-HĐTĐKT'],
    ['SỐ:2983/UBND-VP', '2983/UBND-VP'],
    ['71/2021/NQ-HĐND', '71/2021/NQ-HĐND'],
    ['34-CT/TW', '34-CT/TW'],
    ['03 – HD/HU', '03-HD/HU'],
    ['06—CT/TU', '06-CT/TU'],
    ['01/pđ‐ubnd', '01/PĐ-UBND'],
    ['  16/KH-UBND. ', '16/KH-UBND'],
    ['657 / BC - UBND', '657/BC-UBND'],
    ['Số:\u00a005-CT/TW', '05-CT/TW'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeDocumentNumber(raw)).toBe(expected);
  });

  it('keeps the official mixed case of TTg', () => {
    expect(normalizeDocumentNumber('19/CT-TTg')).toBe('19/CT-TTg');
    expect(normalizeDocumentNumber('19/ct-ttg')).toBe('19/CT-TTg');
  });

  it('keeps unusual but numbered shapes that parseDocumentNumber rejects', () => {
    expect(normalizeDocumentNumber('12a/QĐ-UBND')).toBe('12A/QĐ-UBND');
    expect(parseDocumentNumber('12a/QĐ-UBND')).toBeNull();
  });

  it('composes NFD input', () => {
    const out = normalizeDocumentNumber(NFD('Số: 71/2021/NQ-HĐND'));
    expect(out).toBe('71/2021/NQ-HĐND');
    expect(out).toBe(out?.normalize('NFC'));
  });

  it.each([['Số: /PĐTĐ-BDT'], ['/PĐTĐ-BDT'], [''], ['Số:'], ['2021 - 2025'], ['03/11/1946'], ['10/2024'], ['Chỉ thị']])(
    '%j → null',
    (raw) => {
      expect(normalizeDocumentNumber(raw)).toBeNull();
    },
  );
});

describe('parseDocumentNumber', () => {
  it('parses state numbers', () => {
    expect(parseDocumentNumber('01/CT-UBND')).toEqual({
      seq: 1,
      year: null,
      typeCode: 'CT',
      issuerCode: 'UBND',
      style: 'state',
    });
    expect(parseDocumentNumber('71/2021/NQ-HĐND')).toEqual({
      seq: 71,
      year: 2021,
      typeCode: 'NQ',
      issuerCode: 'HĐND',
      style: 'state',
    });
    expect(parseDocumentNumber('1/KH-HĐTĐKT')).toEqual({
      seq: 1,
      year: null,
      typeCode: 'KH',
      issuerCode: 'HĐTĐKT',
      style: 'state',
    });
    expect(parseDocumentNumber('19/CT-TTg')).toEqual({
      seq: 19,
      year: null,
      typeCode: 'CT',
      issuerCode: 'TTg',
      style: 'state',
    });
  });

  it('keeps multi-part issuer codes', () => {
    expect(parseDocumentNumber('Số: 12/KH-UBND-VX')).toEqual({
      seq: 12,
      year: null,
      typeCode: 'KH',
      issuerCode: 'UBND-VX',
      style: 'state',
    });
  });

  it('parses party numbers', () => {
    expect(parseDocumentNumber('34-CT/TW')).toEqual({
      seq: 34,
      year: null,
      typeCode: 'CT',
      issuerCode: 'TW',
      style: 'party',
    });
    expect(parseDocumentNumber('06-CT/TU')).toEqual({
      seq: 6,
      year: null,
      typeCode: 'CT',
      issuerCode: 'TU',
      style: 'party',
    });
    expect(parseDocumentNumber('03-HD/HU')).toMatchObject({
      seq: 3,
      typeCode: 'HD',
      issuerCode: 'HU',
      style: 'party',
    });
    expect(parseDocumentNumber('28-TT/TU')).toMatchObject({
      seq: 28,
      typeCode: 'TT',
      issuerCode: 'TU',
      style: 'party',
    });
  });

  it('parses unit (công văn) numbers', () => {
    expect(parseDocumentNumber('2983/UBND-VP')).toEqual({
      seq: 2983,
      year: null,
      typeCode: null,
      issuerCode: 'UBND-VP',
      style: 'unit',
    });
    expect(parseDocumentNumber('45/UBND')).toEqual({
      seq: 45,
      year: null,
      typeCode: null,
      issuerCode: 'UBND',
      style: 'unit',
    });
  });

  it('accepts raw input with label, spaces and NFD', () => {
    expect(parseDocumentNumber(NFD('Số: 01 /PĐ-UBND'))).toEqual({
      seq: 1,
      year: null,
      typeCode: 'PĐ',
      issuerCode: 'UBND',
      style: 'state',
    });
  });

  it.each([['Số: /PĐTĐ-BDT'], [''], ['abc'], ['1/2'], ['10/2024'], ['03/11/1946'], ['0/CT-UBND'], ['01/CT']])('%j → null', (n) => {
    expect(parseDocumentNumber(n)).toBeNull();
  });
});

describe('documentNumberKey', () => {
  it('matches spelling variants of the same number', () => {
    const key = documentNumberKey('01/PD-UBND');
    expect(key).toBe('1/PD-UBND');
    expect(documentNumberKey('1/PD-UBND')).toBe(key);
    expect(documentNumberKey('01/PĐ-UBND')).toBe(key);
    expect(documentNumberKey('Số: 001 / pđ – ubnd')).toBe(key);
    expect(documentNumberKey(NFD('Số: 01/PĐ-UBND'))).toBe(key);
  });

  it('folds Đ inside issuer codes', () => {
    expect(documentNumberKey('71/2021/NQ-HĐND')).toBe('71/2021/NQ-HDND');
    expect(documentNumberKey('1/KH-HĐTĐKT')).toBe('1/KH-HDTDKT');
  });

  it('keeps the party/state separator layout distinct', () => {
    expect(documentNumberKey('34-CT/TW')).toBe('34-CT/TW');
    expect(documentNumberKey('34/CT-TW')).toBe('34/CT-TW');
    expect(documentNumberKey('34-CT/TW')).not.toBe(documentNumberKey('34/CT-TW'));
  });

  it('distinguishes different numbers and issuers', () => {
    expect(documentNumberKey('01/CT-UBND')).not.toBe(documentNumberKey('10/CT-UBND'));
    expect(documentNumberKey('01/CT-UBND')).not.toBe(documentNumberKey('01/CT-HĐND'));
  });

  it('is case-insensitive for mixed-case codes', () => {
    expect(documentNumberKey('19/CT-TTg')).toBe('19/CT-TTG');
  });

  it('gives unnumbered and unusual numbers their own key instead of a shared empty one', () => {
    expect(documentNumberKey('Số: /PĐTĐ-BDT')).toBe('/PDTD-BDT');
    expect(documentNumberKey('Số: /PĐTĐ-BDT')).not.toBe(documentNumberKey('/KH-BDT'));
    expect(documentNumberKey('012a/QĐ-UBND')).toBe('12A/QD-UBND');
  });

  it('is empty only for blank input', () => {
    expect(documentNumberKey('')).toBe('');
    expect(documentNumberKey('  Số:  ')).toBe('');
  });
});

describe('kindFromDocumentNumber', () => {
  it.each([
    ['01/PD-UBND', 'phát động'],
    ['01/PĐ-UBND', 'phát động'],
    ['02/PĐTĐ-UBND', 'phát động'],
    ['01/CT-UBND', 'chỉ thị'],
    ['34-CT/TW', 'chỉ thị'],
    ['03-HD/HU', 'hướng dẫn'],
    ['16/KH-UBND', 'kế hoạch'],
    ['657/BC-UBND', 'báo cáo'],
    ['71/2021/NQ-HĐND', 'nghị quyết'],
    ['125/QĐ-UBND', 'quyết định'],
    ['2983/UBND-VP', 'công văn'],
  ])('%s → %s', (n, kind) => {
    expect(kindFromDocumentNumber(n)).toBe(kind);
  });

  it('is null for unknown party type codes and non-numbers', () => {
    expect(kindFromDocumentNumber('28-TT/TU')).toBeNull();
    expect(kindFromDocumentNumber('Số: /PĐTĐ-BDT')).toBeNull();
    expect(kindFromDocumentNumber('hello')).toBeNull();
  });
});

describe('DOCUMENT_NUMBER_IN_TEXT', () => {
  const find = (text: string): string[] => [...nfc(text).matchAll(DOCUMENT_NUMBER_IN_TEXT)].map((m) => m[0]);

  it('is global', () => {
    expect(DOCUMENT_NUMBER_IN_TEXT.flags).toContain('g');
  });

  it('finds every kind of number in prose', () => {
    const text =
      'Căn cứ Nghị quyết số 71/2021/NQ-HĐND; thực hiện Chỉ thị số 34-CT/TW, Kế hoạch số 16/KH-UBND ' +
      'và Báo cáo số 657/BC-UBND. Theo Chỉ thị số 19/CT-TTg, Chỉ thị 05-CT/TW, Thông tri 28-TT/TU, ' +
      'Số: 01/PD-UBND và công văn số 2983/UBND-VP.';
    expect(find(text)).toEqual([
      '71/2021/NQ-HĐND',
      '34-CT/TW',
      '16/KH-UBND',
      '657/BC-UBND',
      '19/CT-TTg',
      '05-CT/TW',
      '28-TT/TU',
      '01/PD-UBND',
      '2983/UBND-VP',
    ]);
  });

  it('ignores year spans, dates, month/year and fractions', () => {
    expect(find('giai đoạn 2021 - 2025, ngày 03/11/1946, tháng 10/2024, đạt 1/2 chỉ tiêu')).toEqual([]);
    expect(find('Năm 2021-2025')).toEqual([]);
  });

  it('works on NFD prose after nfc()', () => {
    expect(find(NFD('Thực hiện Nghị quyết số 71/2021/NQ-HĐND của Hội đồng nhân dân tỉnh'))).toEqual(['71/2021/NQ-HĐND']);
  });

  it('finds numbers right after a "Số:" label and before punctuation', () => {
    expect(find('Số:01/CT-UBND, (1/KH-HĐTĐKT)')).toEqual(['01/CT-UBND', '1/KH-HĐTĐKT']);
  });

  it('every match normalises and parses', () => {
    const text = 'các văn bản 71/2021/NQ-HĐND, 34-CT/TW, 2983/UBND-VP và 19/CT-TTg';
    for (const m of find(text)) {
      expect(normalizeDocumentNumber(m)).toBe(m);
      expect(parseDocumentNumber(m)).not.toBeNull();
    }
  });
});

describe('documentNumberKey and look-alikes', () => {
  it('gives one key to a number typed with Cyrillic letters or a zero-width space', () => {
    const key = documentNumberKey('56/CT-UBND');
    expect(documentNumberKey('56/СТ-UBND')).toBe(key);
    expect(documentNumberKey('56/CT\u200B-UBND')).toBe(key);
    expect(documentNumberKey('５６/ＣＴ-UBND')).toBe(key);
  });
});
