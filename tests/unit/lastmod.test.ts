import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/domain/graph.ts';
import { pageLastModified } from '../../src/domain/lastmod.ts';
import { testAgencies, testCampaign, testDirective } from '../support/entries.ts';

const agencies = testAgencies();
const replacing = (id: string, target: string, data: Record<string, unknown>) =>
  testDirective(id, { relations: [{ type: 'thay thế', directive: target }], ...data });

describe('the sitemap’s lastmod moves with what changes a page', () => {
  const directives = [
    testDirective('cu', { number: '01/QĐ-UBND', issued: '2023-03-19', effective: '2023-03-19' }),
    replacing('moi', 'cu', { number: '09/QĐ-UBND', issued: '2025-05-02', effective: '2025-06-01' }),
    testDirective('sua', { number: '11/QĐ-UBND', issued: '2024-02-10', effective: '2024-02-10' }),
    testDirective('sua-doi', {
      number: '12/QĐ-UBND',
      issued: '2024-08-20',
      relations: [{ type: 'sửa đổi', scope: 'một phần', part: 'Điều 2', directive: 'sua' }],
    }),
    testDirective('het-han', { number: '13/QĐ-UBND', issued: '2024-01-05', effective: '2024-01-05', expires: '2025-12-31' }),
  ];
  const campaigns = [
    testCampaign('pt', { period: { from: '2024-01', to: '2025-03-31' } }),
    testCampaign('pt-con', { parent: 'pt', period: { from: '2024-09-15' } }),
    testCampaign('pt-sap', { period: { from: '2027-01-01' } }),
  ];
  const graph = buildGraph({ directives, campaigns, figures: [], results: [], agencies });

  it('gives a replaced document the newer document’s day, once it acts', () => {
    // Issued 2025-05-02, acting from 2025-06-01: both change the old page ("Được thay thế bởi …", then its status).
    expect(pageLastModified(graph, '2025-05-20').get('/van-ban/cu/')).toBe('2025-05-02');
    expect(pageLastModified(graph, '2026-01-01').get('/van-ban/cu/')).toBe('2025-06-01');
  });

  it('gives an amended document its amendment’s date', () => {
    expect(pageLastModified(graph, '2026-01-01').get('/van-ban/sua/')).toBe('2024-08-20');
  });

  it('counts a document’s own expiry, and no day after today', () => {
    expect(pageLastModified(graph, '2026-01-01').get('/van-ban/het-han/')).toBe('2025-12-31');
    expect(pageLastModified(graph, '2025-06-30').get('/van-ban/het-han/')).toBe('2024-01-05');
  });

  it('gives a campaign its newest sub-campaign, and the day its period is over', () => {
    // The period ends 2025-03-31: from 2025-04-01 the page says "đã kết thúc".
    expect(pageLastModified(graph, '2026-01-01').get('/phong-trao/pt/')).toBe('2025-04-01');
    expect(pageLastModified(graph, '2025-01-01').get('/phong-trao/pt/')).toBe('2024-09-15');
    expect(pageLastModified(graph, '2026-01-01').has('/phong-trao/pt-sap/')).toBe(false);
  });
});
