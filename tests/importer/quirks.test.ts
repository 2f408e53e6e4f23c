/**
 * Messy real-world input, as small inline documents: NFD, doubled and odd
 * spaces, letter-spaced agency names, unpadded numbers, flattened headers,
 * titles in capitals, page chrome, paragraphs split by page breaks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMdx, extractDirective } from '../../src/editor/importer/extract.ts';
import { CaseDictionary, joinLetterSpacing, normalizeText, sentenceCase } from '../../src/editor/importer/text.ts';
import { checkMdxSafety } from '../../src/domain/mdx-safety.ts';
import { CONTEXT, SEEDS } from './context.ts';

const BODY = `Để hoàn thành nhiệm vụ năm 2024, Chủ tịch UBND huyện Hữu Lũng phát động phong trào thi đua “Thi đua quyết thắng” tới toàn thể cán bộ, công chức trên địa bàn huyện Hữu Lũng.

1. Các cơ quan, đơn vị xây dựng kế hoạch thực hiện.`;

const TAIL = `Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Bùi Quốc Khánh`;

const doc = (header: string, title = 'CHỈ THỊ\nVề việc phát động thi đua năm 2024', body = BODY, tail = TAIL) =>
  [header, title, body, tail].filter(Boolean).join('\n\n');

const extract = (text: string) => extractDirective(text, CONTEXT);

describe('normalisation', () => {
  it('joins letter-spaced words and keeps ordinary text', () => {
    expect(normalizeText('T H Ủ  T Ư Ớ N G')).toBe('THỦ TƯỚNG');
    expect(normalizeText('U Ỷ  B A N  N H Â N  D Â N')).toBe('UỶ BAN NHÂN DÂN');
    expect(joinLetterSpacing('Điểm a, b và c')).toBe('Điểm a, b và c');
    expect(joinLetterSpacing('A B')).toBe('A B');
  });

  it('composes NFD, drops zero-width characters and NBSP, collapses spaces, converts CRLF', () => {
    const raw = 'Hữu\u00a0 Lũng,  ngày\u200b 19  tháng 3\r\nnăm 2024\u00a0\r\n\r\n\r\n\r\nHết'.normalize('NFD');
    expect(normalizeText(raw)).toBe('Hữu Lũng, ngày 19 tháng 3\nnăm 2024\n\nHết');
  });

  it('is idempotent', () => {
    const text = readFileSync(join(SEEDS, '001_f2015f1b0595cbc5.txt'), 'utf8');
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('header quirks', () => {
  it('reads NFD input exactly like NFC input', () => {
    const text = readFileSync(join(SEEDS, '004_25a8ec443bc39fc5.txt'), 'utf8');
    const nfd = extract(text.normalize('NFD'));
    const nfc = extract(text.normalize('NFC'));
    expect(nfd).toEqual(nfc);
    expect(nfd.frontmatter.place).toBe('Hữu Lũng');
    expect(nfd.frontmatter.issuer).toBe('ubnd-huyen-huu-lung');
  });

  it('reads doubled spaces, NBSP and CRLF', () => {
    const r = extract(
      doc(
        'ỦY  BAN  NHÂN  DÂN\r\nHUYỆN  HỮU  LŨNG\r\nSố:  12/CT-UBND\r\n\r\nHữu\u00a0Lũng,  ngày  19  tháng  3  năm  2024',
        'CHỈ  THỊ\r\nVề  việc  phát  động  thi  đua  năm  2024',
      ),
    );
    expect(r.frontmatter).toMatchObject({
      kind: 'chỉ thị',
      number: '12/CT-UBND',
      title: 'Về việc phát động thi đua năm 2024',
      issuer: 'ubnd-huyen-huu-lung',
      place: 'Hữu Lũng',
      issued: '2024-03-19',
    });
  });

  it('matches a letter-spaced agency name in the header', () => {
    const r = extract(doc('U Ỷ  B A N  N H Â N  D Â N\nH U Y Ệ N  H Ữ U  L Ũ N G\nSố: 12/CT-UBND\nHữu Lũng, ngày 19 tháng 3 năm 2024'));
    expect(r.frontmatter.issuer).toBe('ubnd-huyen-huu-lung');
    expect(r.missing).not.toContain('issuer');
  });

  it('keeps an unpadded number and takes the kind from its type code when no tên loại is printed', () => {
    const r = extract(
      doc(
        'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nHUYỆN HỮU LŨNG\nSố: 1/KH-HĐTĐKT\nV/v tổ chức thi đua chào mừng năm 2024\nHữu Lũng, ngày 02 tháng 01 năm 2024',
        '',
        'Hội đồng Thi đua - Khen thưởng huyện Hữu Lũng đề nghị các cơ quan, đơn vị tổ chức thi đua.',
      ),
    );
    expect(r.frontmatter.number).toBe('1/KH-HĐTĐKT');
    expect(r.frontmatter.kind).toBe('kế hoạch');
    expect(r.frontmatter.title).toBe('Về việc tổ chức thi đua chào mừng năm 2024');
    expect(r.frontmatter.issuer).toBe('hoi-dong-tdkt-huyen-huu-lung');
    expect(r.frontmatter.issued).toBe('2024-01-02');
    expect(r.notes.join('\n')).toMatch(/Tên loại lấy theo ký hiệu số 1\/KH-HĐTĐKT/u);
  });

  it('reads a "V/v" subject wrapped onto two lines, and a parent agency line above the issuer', () => {
    const r = extract(
      doc(
        'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nBAN DÂN TỘC\nSố: 15/BDT-VP\nV/v hưởng ứng phong trào thi đua\nnăm 2022 của tỉnh\nCao Bằng, ngày 10 tháng 3 năm 2022',
        '',
        'Ban Dân tộc đề nghị các phòng chuyên môn hưởng ứng.',
      ),
    );
    expect(r.frontmatter).toMatchObject({
      kind: 'công văn',
      number: '15/BDT-VP',
      title: 'Về việc hưởng ứng phong trào thi đua năm 2022 của tỉnh',
      issuer: 'ban-dan-toc-tinh-cao-bang',
      place: 'Cao Bằng',
      issued: '2022-03-10',
    });
    expect(r.body.startsWith('Ban Dân tộc đề nghị')).toBe(true);
  });

  it('splits a header flattened onto one line', () => {
    const r = extract(
      doc(
        'ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG Số: 01 /PD-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hữu Lũng, ngày 19 tháng 3 năm 2024',
        'PHÁT ĐỘNG\nPhong trào thi đua chào mừng năm 2024',
      ),
    );
    expect(r.frontmatter).toMatchObject({
      kind: 'phát động',
      number: '01/PD-UBND',
      title: 'Phong trào thi đua chào mừng năm 2024',
      issuer: 'ubnd-huyen-huu-lung',
      place: 'Hữu Lũng',
      issued: '2024-03-19',
    });
    expect(r.body).not.toMatch(/CỘNG HÒA|Hạnh phúc|Số:/u);
  });

  it('leaves a blank-day date as year-month and an unnumbered document as number: null', () => {
    const r = extract(doc('Số: /PĐTĐ-BDT\n\nCao Bằng, ngày   tháng 02 năm 2022', 'PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022'));
    expect(r.frontmatter.number).toBeNull();
    expect(r.frontmatter.issued).toBe('2022-02');
    expect(r.frontmatter.place).toBe('Cao Bằng');
    expect(r.frontmatter.kind).toBe('phát động');
    expect(r.frontmatter.title).toBe('Phong trào thi đua năm 2022');
    expect(r.missing).not.toContain('number');
    expect(r.missing).not.toContain('issued');
  });

  it('reports every field as missing for an empty document, without throwing', () => {
    const r = extract('');
    expect(r.frontmatter).toEqual({});
    expect(r.body).toBe('');
    expect(r.missing).toEqual([
      'kind',
      'number',
      'title',
      'issuer',
      'place',
      'issued',
      'effective',
      'expires',
      'signer',
      'theme',
      'period',
      'campaigns',
      'basis',
      'relations',
      'recipients',
      'targets',
      'fields',
    ]);
  });

  it('reports number, place and issued as missing when the document has no header', () => {
    const r = extract(doc(''));
    expect(r.frontmatter).not.toHaveProperty('number');
    expect(r.missing).toEqual(expect.arrayContaining(['number', 'place', 'issued']));
  });

  it('names an agency it cannot match instead of guessing', () => {
    const r = extract(
      doc(
        'ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\nSố: 05/CT-UBND',
        'CHỈ THỊ\nVề việc thi đua',
        'Chủ tịch UBND xã phát động thi đua trên địa bàn xã.',
      ),
    );
    expect(r.frontmatter).not.toHaveProperty('issuer');
    expect(r.missing).toContain('issuer');
    expect(r.notes.join('\n')).toContain('ỦY BAN NHÂN DÂN / XÃ TÂN THÀNH');
  });
});

describe('title', () => {
  it('de-capitalises a title printed in capitals, keeping proper nouns the text writes capitalised', () => {
    const r = extract(
      doc(
        'Số: 12/CT-UBND',
        'CHỈ THỊ\nVỀ VIỆC PHÁT ĐỘNG PHONG TRÀO THI ĐUA PHÒNG, CHỐNG DỊCH COVID-19 NĂM 2024\nTRÊN ĐỊA BÀN HUYỆN HỮU LŨNG',
        `${BODY}\n\nCác xã phòng, chống dịch COVID-19 hiệu quả.`,
      ),
    );
    expect(r.frontmatter.title).toBe(
      'Về việc phát động phong trào thi đua phòng, chống dịch COVID-19 năm 2024 trên địa bàn huyện Hữu Lũng',
    );
  });

  it('uses sentence case when the body gives no evidence of a proper noun', () => {
    expect(sentenceCase('KẾ HOẠCH TỔ CHỨC THI ĐUA', new CaseDictionary(''))).toBe('Kế hoạch tổ chức thi đua');
  });

  it('reads a bold title split over two lines', () => {
    const r = extract(
      doc('', 'CHỈ THỊ\n\n**Về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ\nphát triển kinh tế - xã hội năm 2023**'),
    );
    expect(r.frontmatter.title).toBe(
      'Về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023',
    );
  });
});

describe('body clean-up', () => {
  it('removes page chrome and rejoins the paragraph it split', () => {
    const body = [
      'Các cơ quan, đơn vị tập trung thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã',
      'Trang 2/3',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---',
      '- 2 -',
      'hội năm 2024.',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.body).toContain('nhiệm vụ phát triển kinh tế - xã hội năm 2024.');
    expect(r.body).not.toMatch(/Trang 2|CỘNG HÒA|Hạnh phúc|^---$|- 2 -/mu);
  });

  it('rejoins a split paragraph only when it ends without punctuation and goes on in lower case', () => {
    const body = [
      'Phấn đấu hoàn thành các chỉ tiêu của năm 2024, tạo nền tảng cho giai',
      'đoạn tiếp theo.',
      'Kết thúc câu.',
      'sau đó viết thường vẫn là đoạn mới.',
      'Đoạn không có dấu chấm',
      'a) mục chữ cái không bị nối',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.body).toContain('tạo nền tảng cho giai đoạn tiếp theo.');
    expect(r.body).toContain('Kết thúc câu.\n\nsau đó viết thường');
    expect(r.body).toContain('Đoạn không có dấu chấm\n\na) mục chữ cái');
  });

  it('turns headings in every printed form into ## without bold', () => {
    const body = [
      'I. MỤC TIÊU',
      'Nội dung.',
      '**II. NỘI DUNG THI ĐUA**',
      'Nội dung.',
      '### **III. THỜI GIAN THI ĐUA:**',
      'Từ nay đến hết năm 2024.',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND\nHữu Lũng, ngày 19 tháng 3 năm 2024', undefined, body));
    expect(r.body).toContain('## I. MỤC TIÊU\n\nNội dung.\n\n## II. NỘI DUNG THI ĐUA\n\nNội dung.\n\n## III. THỜI GIAN THI ĐUA:');
    expect(r.frontmatter.period).toEqual({ from: '2024-03-19', to: '2024-12-31' });
  });

  it('escapes what MDX would execute, so the body always passes the safety check', () => {
    const body = [
      'Giá trị {x} và {{y}} trong văn bản; tỷ lệ a < b, thẻ <script>alert(1)</script> và <img src=x onerror=alert(1)>.',
      'import x from "y"',
      'export const a = 1',
      'Đơn vị m<sup>2</sup> và NV<sub>(M)</sub> giữ nguyên; đã thoát \\< sẵn.',
      'Liên kết [trang huyện](https://huulung.langson.gov.vn) giữ nguyên, còn [xấu](javascript:alert(1)), ![ảnh](  JaVaScRiPt:x), [mã](&#106;avascript:x) và [mã hóa](%6Aavascript:x) thì không.',
      '[ref]: javascript:alert(1)',
      '<sup onclick="alert(1)">1</sup> và <!-- chú thích -->',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(checkMdxSafety(r.body, 'x.mdx', 1)).toEqual([]);
    expect(r.body).toContain('Giá trị \\{x\\} và \\{\\{y\\}\\}');
    expect(r.body).toContain('a \\< b, thẻ \\<script>alert(1)\\</script>');
    expect(r.body).toContain('m<sup>2</sup> và NV<sub>(M)</sub>');
    expect(r.body).toContain('đã thoát \\< sẵn');
    expect(r.body).toContain('[trang huyện](https://huulung.langson.gov.vn)');
    expect(r.body).toContain('[xấu]\\(javascript:alert(1))');
    expect(escapeMdx('<br />')).toBe('<br />');
    expect(escapeMdx('a \\\\<b> {c}')).toBe('a \\\\\\<b> \\{c\\}');
    expect(checkMdxSafety(escapeMdx('a \\\\<b> \\\\{c}'), 'x.mdx', 1)).toEqual([]);
  });

  it('keeps every combination of hostile fragments MDX-safe', () => {
    const fragments = [
      '<',
      '{',
      '}',
      '</sup>',
      '<sup>',
      '<sub>x</sub>',
      '`code {x}`',
      '[a](javascript:x)',
      '<!--',
      '-->',
      'import a from "b"',
      'export b',
      '&#60;script&#62;',
      '\\',
      '<br />',
      '<br>',
      '| a | b |',
      '> trích',
      '<>',
      '{/* */}',
      '<GhiChu>',
      '<Foo />',
      '<sup>1</sup>',
    ];
    for (const a of fragments) {
      for (const b of fragments) {
        const r = extract(doc('Số: 12/CT-UBND', undefined, `${a} văn bản ${b}\n\n${b}\n${a}`));
        expect(checkMdxSafety(r.body, 'x.mdx', 1), `${a} … ${b}\n${r.body}`).toEqual([]);
      }
    }
  });

  it('moves footnote definitions to the end as [^n]', () => {
    const body =
      'Theo báo cáo<sup>1</sup>, kết quả tốt.\n\n<sup>1</sup> Báo cáo số 10/BC-UBND ngày 02/01/2024 của UBND huyện Hữu Lũng.\n\nĐoạn cuối.';
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.body).toBe(
      'Theo báo cáo[^1], kết quả tốt.\n\nĐoạn cuối.\n\n[^1]: Báo cáo số 10/BC-UBND ngày 02/01/2024 của UBND huyện Hữu Lũng.\n',
    );
    // The report a footnote cites is evidence, not basis (issue 17).
    expect(r.frontmatter.basis).toBeUndefined();
    expect(r.missing).toContain('basis');
  });
});

describe('signature and recipients', () => {
  it('reads KT. signers and skips "(Đã ký)"', () => {
    const r = extract(
      doc(
        'Số: 12/CT-UBND',
        undefined,
        BODY,
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An',
      ),
    );
    expect(r.frontmatter.signer).toEqual({ name: 'Nguyễn Văn An', position: 'Phó Chủ tịch', authority: 'KT.', onBehalfOf: 'Chủ tịch' });
  });

  it('finds a signature printed above "Nơi nhận"', () => {
    const r = extract(
      doc(
        'Số: 12/CT-UBND',
        undefined,
        `${BODY} Đề nghị thực hiện./.`,
        'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nBùi Quốc Khánh\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.',
      ),
    );
    expect(r.frontmatter.signer).toEqual({ name: 'Bùi Quốc Khánh', position: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân' });
    expect(r.frontmatter.recipients).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(r.body).not.toMatch(/ỦY BAN NHÂN DÂN|Bùi Quốc Khánh/u);
  });

  it('drops typist markers and unwraps <sub>', () => {
    const r = extract(
      doc(
        'Số: 12/CT-UBND',
        undefined,
        BODY,
        'Nơi nhận:\n - Sở Nội vụ;\n - Lưu: VT, NV<sub>(M)</sub>.\n- <Thọ>\n\nCHỦ TỊCH\n\nHuỳnh Tấn Thìn',
      ),
    );
    expect(r.frontmatter.recipients).toEqual(['Sở Nội vụ;', 'Lưu: VT, NV(M).']);
    expect(r.frontmatter.signer).toEqual({ name: 'Huỳnh Tấn Thìn', position: 'Chủ tịch' });
  });

  it('lists a missing signer when the copy has none', () => {
    const r = extract(doc('Số: 12/CT-UBND', undefined, BODY, ''));
    expect(r.missing).toContain('signer');
    expect(r.missing).toContain('recipients');
  });
});

describe('fields from the prose', () => {
  it('marks a campaign as launched only when the preamble itself launches it', () => {
    const r = extract(doc('Số: 12/CT-UBND', undefined, BODY));
    expect(r.frontmatter.campaigns).toEqual([{ campaign: 'thi-dua-quyet-thang', relation: 'phát động' }]);
    const later = extract(doc('Số: 12/CT-UBND', undefined, '1. Tiếp tục phát động phong trào thi đua “Thi đua quyết thắng”.'));
    expect(later.frontmatter.campaigns).toEqual([{ campaign: 'thi-dua-quyet-thang', relation: 'thực hiện' }]);
  });

  it('does not take quotes after "cuộc vận động", "chủ đề" or a cited title as campaigns', () => {
    const body =
      '1. Đẩy mạnh cuộc vận động “Toàn dân bảo vệ an ninh Tổ quốc” với chủ đề: “Thi đua quyết thắng”; thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về “Thi đua quyết thắng”.';
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.campaigns).toBeUndefined();
    expect(r.proposals.campaigns).toEqual([]);
  });

  it('reads period forms and never invents a start date', () => {
    const r = extract(doc('Số: 12/CT-UBND', undefined, 'UBND huyện Hữu Lũng phát động đợt thi đua từ nay đến hết 30/10/2024.'));
    expect(r.frontmatter.period).toEqual({ to: '2024-10-30' });
    expect(r.notes.join('\n')).toMatch(/period\.from để trống/u);
    const dated = extract(
      doc('Hữu Lũng, ngày 19 tháng 3 năm 2024', undefined, 'UBND huyện Hữu Lũng phát động đợt thi đua từ nay đến hết 30/10/2024.'),
    );
    expect(dated.frontmatter.period).toEqual({ from: '2024-03-19', to: '2024-10-30' });
  });

  it('deduplicates cited documents by number and fills gaps from later mentions', () => {
    const body =
      '1. Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị.\n\n2. Theo Chỉ thị số 34-CT/TW ngày 07/4/2014 về tiếp tục đổi mới công tác thi đua, khen thưởng.';
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.basis).toEqual([
      {
        kind: 'chỉ thị',
        number: '34-CT/TW',
        date: '2014-04-07',
        issuer: 'Bộ Chính trị',
        title: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
      },
    ]);
  });

  it('reads targets with values and units from list items', () => {
    const body = [
      'Chỉ tiêu năm 2024, cụ thể:',
      '- Chỉ tiêu giá trị thu nhập bình quân đầu người/năm: 31.410.000 đồng/năm.\n- Chỉ tiêu giảm tỷ lệ hộ nghèo: 3,0%;\n- Thành lập mới hợp tác xã: 02 hợp tác xã.\n- Tổng vốn đầu tư toàn xã hội tăng 15%.\n- Tăng cường tuyên truyền: thường xuyên.',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.targets).toEqual([
      { indicator: 'Giá trị thu nhập bình quân đầu người/năm', value: 31410000, unit: 'đồng/năm' },
      { indicator: 'Giảm tỷ lệ hộ nghèo', value: 3, unit: '%' },
      { indicator: 'Thành lập mới hợp tác xã', value: 2, unit: 'hợp tác xã' },
      { indicator: 'Tổng vốn đầu tư toàn xã hội tăng', value: 15, unit: '%' },
    ]);
  });
});

describe('issue 17: tables, footnotes, furniture, Party documents, nested authority', () => {
  it('takes "từ ngày ký" as starting on the date issued', () => {
    const body = 'Thời gian thi đua: từ ngày ký đến hết ngày 31 tháng 12 năm 2024, UBND huyện Hữu Lũng phát động thi đua.';
    const r = extract(doc('Hữu Lũng, ngày 19 tháng 3 năm 2024', undefined, body));
    expect(r.frontmatter.period).toEqual({ from: '2024-03-19', to: '2024-12-31' });
  });

  it('reads the period from a paragraph labelled "Thời gian:" outside a section on it', () => {
    const r = extract(
      doc(
        'Hòa An, ngày 5 tháng 5 năm 2025',
        undefined,
        'Thời gian: từ ngày ký đến hết năm 2025.\n\nCác chi bộ thực hiện từ nay đến hết năm 2026.',
      ),
    );
    expect(r.frontmatter.period).toEqual({ from: '2025-05-05', to: '2025-12-31' });
  });

  it('keeps documents cited only in a footnote out of basis, and still cites those the body names', () => {
    const body = [
      'Thực hiện Kế hoạch số 16/KH-UBND ngày 12/01/2023 của UBND huyện Hữu Lũng, năm 2023 thu nhập đạt 40 triệu đồng<sup>1</sup>.',
      '<sup>1</sup> Báo cáo số 120/BC-UBND ngày 15/3/2024 của UBND huyện Hữu Lũng về kết quả năm 2023; Kế hoạch số 16/KH-UBND.',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.basis?.map((b) => b.number)).toEqual(['16/KH-UBND']);
    expect(r.body).toMatch(/\[\^1\]: Báo cáo số 120\/BC-UBND/u);
  });

  it("reads a PDF copy's superscript note markers as footnotes, and leaves other superscripts alone", () => {
    const body = [
      'Căn cứ kết quả năm 2024¹, UBND huyện Hữu Lũng phát động thi đua xây 300 m² nhà văn hóa.',
      '¹ Báo cáo số 120/BC-UBND ngày 15/3/2024 của UBND huyện Hữu Lũng.',
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.basis).toBeUndefined();
    expect(r.body).toBe(
      'Căn cứ kết quả năm 2024[^1], UBND huyện Hữu Lũng phát động thi đua xây 300 m² nhà văn hóa.\n\n[^1]: Báo cáo số 120/BC-UBND ngày 15/3/2024 của UBND huyện Hữu Lũng.\n',
    );
  });

  it('reads targets from a table: indicator, unit and value columns', () => {
    const body = [
      'Các chỉ tiêu chủ yếu năm 2025:',
      [
        '| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |',
        '| --- | --- | --- | --- |',
        '| 1 | Thu nhập bình quân đầu người | triệu đồng/năm | 52,5 |',
        '| 2 | Tỷ lệ hộ nghèo giảm | % | 3 |',
        '| 3 | Kết nạp đảng viên mới | đảng viên | 1.200 |',
        '| 4 | Xây dựng nông thôn mới | xã | Phấn đấu |',
      ].join('\n'),
    ].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.targets).toEqual([
      { indicator: 'Thu nhập bình quân đầu người', value: 52.5, unit: 'triệu đồng/năm' },
      { indicator: 'Tỷ lệ hộ nghèo giảm', value: 3, unit: '%' },
      { indicator: 'Kết nạp đảng viên mới', value: 1200, unit: 'đảng viên' },
    ]);
  });

  it('reads a two-column table whose value cell carries its unit', () => {
    const body = [
      '| Chỉ tiêu | Năm 2025 |',
      '| --- | --- |',
      '| Tỷ lệ trường đạt chuẩn quốc gia | 85% |',
      '| Doanh nghiệp thành lập mới | 60 doanh nghiệp |',
    ].join('\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.frontmatter.targets).toEqual([
      { indicator: 'Tỷ lệ trường đạt chuẩn quốc gia', value: 85, unit: '%' },
      { indicator: 'Doanh nghiệp thành lập mới', value: 60, unit: 'doanh nghiệp' },
    ]);
  });

  it('never takes page furniture as a field or keeps it in the body', () => {
    const furniture = [
      'Trang 1',
      'Tải về',
      'In trang',
      '1/5',
      'Trang 2/5',
      'Tải về In trang',
      'Tải về | In trang',
      'Page 3 of 5',
      'Lượt xem: 1.532',
      'Trang chủ › Văn bản chỉ đạo',
    ];
    for (const line of furniture) {
      const r = extract(doc(`${line}\n\nSố: 12/CT-UBND\n\n${line}`, undefined, `${BODY}\n\n${line}\n\n2. Các xã tổ chức thực hiện.`));
      expect(r.body, line).not.toContain(line);
      expect(JSON.stringify(r.frontmatter), line).not.toContain(line);
      expect(r.frontmatter.title, line).toBe('Về việc phát động thi đua năm 2024');
    }
  });

  it('drops a running header or footer repeated on every page', () => {
    const running = 'UBND huyện Hữu Lũng - Kế hoạch thi đua năm 2024';
    const body = [BODY, running, '2. Các xã tổ chức thực hiện.', running, '3. Các trường học tổ chức thực hiện.', running].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.body).not.toContain(running);
    expect(r.body).toContain('3. Các trường học tổ chức thực hiện.');
  });

  it('keeps a sentence the body says twice: only lines that end no sentence can be running lines', () => {
    const said = 'Các xã, thị trấn báo cáo kết quả về Phòng Nội vụ';
    const body = [BODY, `${said}.`, '2. Các xã tổ chức thực hiện.', `${said}.`].join('\n\n');
    const r = extract(doc('Số: 12/CT-UBND', undefined, body));
    expect(r.body.split(`${said}.`)).toHaveLength(3);
  });

  it('reads a Party document: "Số 03-HD/HU", the committee as issuer, T/M and Phó Bí thư', () => {
    const header = 'ĐẢNG BỘ TỈNH CAO BẰNG\nHUYỆN ỦY HÒA AN\n*\nSố 03-HD/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHòa An, ngày 10 tháng 3 năm 2025';
    const tail = 'Nơi nhận:\n- Các chi bộ, đảng bộ cơ sở;\n- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHoàng Thị Mai';
    const body =
      'Thực hiện Hướng dẫn số 05-HD/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy hướng dẫn như sau.\n\n1. Các chi bộ tổ chức thực hiện.';
    const r = extract(doc(header, 'HƯỚNG DẪN\nthi đua lập thành tích chào mừng đại hội đảng bộ các cấp', body, tail));
    expect(r.frontmatter).toMatchObject({
      kind: 'hướng dẫn',
      number: '03-HD/HU',
      issuer: 'huyen-uy-hoa-an',
      place: 'Hòa An',
      issued: '2025-03-10',
      signer: { name: 'Hoàng Thị Mai', position: 'Phó Bí thư', authority: 'TM.', onBehalfOf: 'Ban Thường vụ' },
    });
    expect(r.frontmatter.basis).toEqual([{ kind: 'hướng dẫn', number: '05-HD/TU', date: '2025-02-20', issuer: 'Ban Thường vụ Tỉnh ủy' }]);
  });

  it('reads a decree cited as "của Chính phủ quy định …": the issuer stops there and the clause is its title', () => {
    const body =
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;\n\n1. Các xã thực hiện.';
    const r = extract(doc('Số: 12/QĐ-UBND', undefined, body));
    expect(r.frontmatter.basis).toEqual([
      {
        number: '98/2023/NĐ-CP',
        date: '2023-12-31',
        issuer: 'Chính phủ',
        title: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ]);
  });

  it('reads "Bí thư" signing directly', () => {
    const tail = 'Nơi nhận:\n- Như trên;\n- Lưu VP.\n\nBÍ THƯ\n\nNông Văn Hải';
    const r = extract(doc('HUYỆN ỦY HÒA AN\nSố 12-CT/HU', undefined, BODY, tail));
    expect(r.frontmatter.signer).toEqual({ name: 'Nông Văn Hải', position: 'Bí thư' });
  });

  it('reads nested authority: TM. the body, KT. its head, the deputy signs', () => {
    const tail = 'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLương Văn Tâm';
    const r = extract(doc('Số: 12/QĐ-UBND', 'QUYẾT ĐỊNH\nVề việc khen thưởng', BODY, tail));
    expect(r.frontmatter.signer).toEqual({
      name: 'Lương Văn Tâm',
      position: 'Phó Chủ tịch',
      authority: 'TM.',
      onBehalfOf: 'Ủy ban nhân dân',
    });
    expect(r.notes.join('\n')).toMatch(/KT\. Chủ tịch/u);
  });
});
