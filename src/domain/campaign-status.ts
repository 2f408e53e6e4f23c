/**
 * Where a campaign stands on a given day, from its period alone: the one
 * derivation behind "Phong trào đang diễn ra" on the home page and the
 * status shown on campaign pages and lists. A campaign without any date has
 * none (undefined): nothing is guessed.
 */
import type { Campaign } from './schema/index.ts';
import { dateRange } from './dates.ts';
import type { CampaignStatus } from './vocabulary.ts';

export function campaignStatus(campaign: Pick<Campaign, 'period'>, today: string): CampaignStatus | undefined {
  const { from, to } = campaign.period ?? {};
  if (!from && !to) return undefined;
  if (from && today < dateRange(from).start) return 'sắp diễn ra';
  if (to && today > dateRange(to).end) return 'đã kết thúc';
  return 'đang diễn ra';
}

/** Under way on the day: what the home page lists as "Phong trào đang diễn ra". */
export function campaignIsActive(campaign: Pick<Campaign, 'period'>, today: string): boolean {
  return campaignStatus(campaign, today) === 'đang diễn ra';
}
