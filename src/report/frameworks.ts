import type { Lang } from '../core/model.js';
import type { FrameworkTable } from './schema.js';

/** What every format says of a framework's table: its share of controls passing, and the column names. */
export const FRAMEWORK_WORDS = {
  en: {
    share: (table: FrameworkTable) => `${table.summary.byStatus.PASS} of ${table.summary.total} controls pass`,
    control: 'Control',
    status: 'Status',
    decidedBy: 'Decided by',
    why: 'Why',
    manual: 'no check',
  },
  ja: {
    share: (table: FrameworkTable) => `${table.summary.total} 件中 ${table.summary.byStatus.PASS} 件のコントロールが合格`,
    control: 'コントロール',
    status: '状態',
    decidedBy: '判定するチェック',
    why: '理由',
    manual: 'チェックなし',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

/** A framework's title and its share of controls passing, as every format heads its table. */
export const frameworkHeadline = (table: FrameworkTable, lang: Lang) => `${table.title}: ${FRAMEWORK_WORDS[lang].share(table)}`;
