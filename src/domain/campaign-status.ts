/** Whether a campaign is running on a given day: its period covers the day. */
import type { Campaign } from './schema/index.ts';
import { dateRange } from './dates.ts';

export function campaignIsActive(campaign: Pick<Campaign, 'period'>, today: string): boolean {
  const { from, to } = campaign.period ?? {};
  if (!from && !to) return false;
  return (!from || dateRange(from).start <= today) && (!to || dateRange(to).end >= today);
}
