/**
 * The three platforms compared, in the order every list shows them: the one platform list. Its own zod-free
 * module, so that the browser's engine can read it without bundling the knowledge schemas (classic zod, ~20 KB).
 */
export const PLATFORM_IDS = ['adv', 'lv', 'aav'] as const;

/** The platforms' short names, as every page, report and teaching view writes them. */
export const PLATFORM_SHORT: Record<(typeof PLATFORM_IDS)[number], string> = { adv: 'AdV', lv: 'LV', aav: 'AAV' };
