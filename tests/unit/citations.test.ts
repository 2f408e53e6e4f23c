import { describe, expect, it } from 'vitest';
import { citationsInText, type BodyCitation } from '../../src/domain/cited-in-text.ts';
import { agencySchema } from '../../src/domain/schema/index.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { renderBody } from '../../src/render/render-body.ts';
import { testDirective as directive } from '../support/entries.ts';

describe('citationsInText', () => {
  it('finds each number with the date written right after it, in either form, and the words of its clause', () => {
    const text =
      'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị; Kế hoạch số 01/KH-UBND, ngày 12 tháng 01 năm 2023 của UBND huyện An Lạc. Xem 15/QĐ-UBND.';
    expect(citationsInText(text).map(({ citation }) => citation)).toEqual([
      { number: '34-CT/TW', date: '2014-04-07', issuer: 'ngày 07/4/2014 của Bộ Chính trị' },
      { number: '01/KH-UBND', date: '2023-01-12', issuer: ', ngày 12 tháng 01 năm 2023 của UBND huyện An Lạc' },
      { number: '15/QĐ-UBND' },
    ]);
    const [first] = citationsInText(text);
    expect(text.slice(first!.start, first!.end)).toBe('34-CT/TW');
  });

  it('reads a date wrapped in Markdown marks, as the source writes it', () => {
    expect(citationsInText('Kế hoạch số **01/KH-UBND** ngày *12/01/2023*')[0]!.citation.date).toBe('2023-01-12');
  });

  it('takes no date from farther on, nor from the next number’s clause', () => {
    expect(citationsInText('Kế hoạch 01/KH-UBND về thi đua năm 2023, ban hành ngày 12/01/2023')[0]!.citation.date).toBeUndefined();
    expect(citationsInText('Số 01/KH-UBND và 02/KH-UBND ngày 12/01/2023')[0]!.citation).toEqual({ number: '01/KH-UBND', issuer: 'và' });
  });
});

describe('citations in a rendered body', () => {
  const href = (known: Record<string, string>) => (number: string) => known[number];

  it('links a number the resolver knows, and leaves the others as text', () => {
    const { html } = renderBody(
      'Theo Kế hoạch số 01/KH-UBND ngày 12/01/2023 và Chỉ thị 34-CT/TW.\n',
      href({ '01/KH-UBND': '/van-ban/ke-hoach/' }),
    );
    expect(html).toBe('<p>Theo Kế hoạch số <a href="/van-ban/ke-hoach/">01/KH-UBND</a> ngày 12/01/2023 và Chỉ thị 34-CT/TW.</p>');
  });

  it('never nests a link, nor links code', () => {
    const known = href({ '01/KH-UBND': '/van-ban/ke-hoach/' });
    const { html } = renderBody('[Kế hoạch 01/KH-UBND](/van-ban/khac/), `01/KH-UBND`, **01/KH-UBND**.\n', known);
    expect(html).toBe(
      '<p><a href="/van-ban/khac/">Kế hoạch 01/KH-UBND</a>, <code>01/KH-UBND</code>, <strong><a href="/van-ban/ke-hoach/">01/KH-UBND</a></strong>.</p>',
    );
  });

  it('escapes whatever the href and the text around the number hold: no markup comes of them', () => {
    const { html } = renderBody('a &lt;b&gt; "01/KH-UBND" &lt;script&gt;\n', () => '/van-ban/x/" onmouseover="alert(1)');
    expect(html).toBe('<p>a &#x3C;b> "<a href="/van-ban/x/&#x22; onmouseover=&#x22;alert(1)">01/KH-UBND</a>" &#x3C;script></p>');
  });
});

describe('body citations in the link graph', () => {
  const agency = (id: string, name: string) => ({ id, data: agencySchema.parse({ name, shortName: name, level: 'huyện' }) });
  const agencies = [agency('ubnd-a', 'UBND huyện An Lạc'), agency('ubnd-b', 'UBND huyện Bắc Hà')];
  const directives = [
    directive('ke-hoach-a', { kind: 'kế hoạch', number: '01/KH-UBND', issued: '2023-01-12' }),
    directive('ke-hoach-b', { kind: 'kế hoạch', number: '01/KH-UBND', issued: '2023-01-12', issuer: 'ubnd-b' }),
    directive('quyet-dinh', { kind: 'quyết định', number: '15/QĐ-UBND', issued: '2024-11-05' }),
    directive('phat-dong', { issued: '2024-03-19' }),
  ];
  /** The graph of these directives, where only one body cites. */
  const citing = (cites: BodyCitation[], by = 'phat-dong') =>
    buildGraph({ directives, campaigns: [], figures: [], results: [], agencies, bodyCitations: (id) => (id === by ? cites : []) });
  const graph = citing([
    { number: '15/QĐ-UBND' },
    { number: '01/KH-UBND', date: '2023-01-12', issuer: 'của UBND huyện Bắc Hà' },
    { number: '34-CT/TW', date: '2014-04-07' },
  ]);
  // quyet-dinh's own number, and one two issuers share with nothing written to tell them apart.
  const selfCiting = citing([{ number: '15/QĐ-UBND' }, { number: '01/KH-UBND' }], 'quyet-dinh');

  it('resolves a body’s numbers by the rule of basis: unique, disambiguated by issuer, external, ambiguous, self', () => {
    expect(graph.bodyCitationsOf('phat-dong').map((c) => c.entry?.id)).toEqual(['quyet-dinh', 'ke-hoach-b', undefined]);
    expect(selfCiting.bodyCitationsOf('quyet-dinh').map((c) => c.entry?.id)).toEqual([undefined, undefined]);
  });

  it('links a number in the body to what its mentions name, unless they name different directives', () => {
    expect(graph.bodyLink('phat-dong', '15/QĐ-UBND')?.id).toBe('quyet-dinh');
    expect(graph.bodyLink('phat-dong', '1/KH-UBND')?.id).toBe('ke-hoach-b');
    expect(graph.bodyLink('phat-dong', '34-CT/TW')).toBeUndefined();
    expect(selfCiting.bodyLink('quyet-dinh', '15/QĐ-UBND')).toBeUndefined();
    const both = citing([
      { number: '01/KH-UBND', issuer: 'UBND huyện An Lạc' },
      { number: '01/KH-UBND' },
      { number: '1/KH-UBND', issuer: 'UBND huyện Bắc Hà' },
    ]);
    expect(both.bodyCitationsOf('phat-dong').map((c) => c.entry?.id)).toEqual(['ke-hoach-a', undefined, 'ke-hoach-b']);
    expect(both.bodyLink('phat-dong', '01/KH-UBND')).toBeUndefined();
    const one = citing([{ number: '01/KH-UBND', issuer: 'UBND huyện An Lạc' }, { number: '01/KH-UBND' }]);
    expect(one.bodyLink('phat-dong', '1/kh-ubnd')?.id).toBe('ke-hoach-a');
  });

  it('lists the citing directive under the cited one’s "Văn bản dẫn chiếu", once', () => {
    expect(graph.citedBy('quyet-dinh').map((d) => d.id)).toEqual(['phat-dong']);
    expect(graph.citedBy('ke-hoach-b').map((d) => d.id)).toEqual(['phat-dong']);
    expect(graph.citedBy('ke-hoach-a')).toEqual([]);
    const twice = citing([{ number: '15/QĐ-UBND' }, { number: '15/QĐ-UBND' }]);
    expect(twice.citedBy('quyet-dinh').map((d) => d.id)).toEqual(['phat-dong']);
  });
});
