import robotsParser from 'robots-parser';

export interface Robots {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user agent in ms (0 when none). */
  crawlDelayMs(): number;
}

const MAX_ROBOTS = 512 * 1024;
const MAX_CRAWL_DELAY_MS = 60_000;

/** robots.txt text → rules for our user agent. An empty or missing file allows everything. */
export function parseRobots(url: string, body: string, userAgent: string): Robots {
  const robots = robotsParser(url, body.slice(0, MAX_ROBOTS));
  const agent = userAgent.split('/')[0] ?? userAgent;
  return {
    isAllowed: (target) => robots.isAllowed(target, agent) !== false,
    crawlDelayMs: () => Math.min(MAX_CRAWL_DELAY_MS, Math.max(0, (robots.getCrawlDelay(agent) ?? 0) * 1000)),
  };
}

export const ALLOW_ALL: Robots = { isAllowed: () => true, crawlDelayMs: () => 0 };
