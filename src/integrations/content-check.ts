/**
 * Build step 1: validate the content root before Astro syncs it. Astro would
 * report schema errors in English and only log dangling references; editors
 * get every problem at once, in Vietnamese, and the build stops.
 */
import type { AstroIntegration } from 'astro';
import { forgetBuildCheck } from '../content/build-check.ts';
import { checkContentForBuild } from '../content/check.ts';
import { formatProblem } from '../domain/problems.ts';
import type { Settings } from '../settings.ts';

export function contentCheck({ contentRoot: root, today }: Pick<Settings, 'contentRoot' | 'today'>): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        forgetBuildCheck();
        const { problems, entries } = await checkContentForBuild(root, today);
        if (problems.length === 0) {
          logger.info(`Nội dung hợp lệ: ${entries.length} mục trong ${root}`);
          return;
        }
        const lines = problems.map(formatProblem);
        const summary = `Nội dung có ${problems.length} lỗi; sửa các dòng trên rồi chạy lại (npm run check để kiểm tra nhanh).`;
        // In dev the editor keeps the server and sees the list; a build must not publish it.
        if (command === 'dev') {
          for (const line of lines) logger.error(line);
          logger.error(summary);
          return;
        }
        throw new Error(`${lines.join('\n')}\n${summary}`);
      },
    },
  };
}
