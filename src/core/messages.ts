import type { Lang } from './model.js';

/** What the commands say on stderr (progress, warnings, logs), in both languages. */
export const STDERR_TEXT = {
  en: {
    accountsAudited: (done: number) => `${done} account(s) audited`,
    emptyShard: (index: number, count: number) => `shard ${index}/${count} holds none of the accounts: its report is empty, and merge judges the whole`,
    evaluating: (count: number) => `evaluating ${count} checks…`,
    expired: (check: string, resource: string, expires: string) => `warning: the suppression of ${check} ${resource} expired on ${expires} and no longer applies`,
    stale: (check: string, resource: string) => `warning: the suppression of ${check} ${resource} matched nothing (stale: consider removing it)`,
    operations: (calls: number, list: string) => `operations sent: ${calls ? `${calls} calls: ${list}` : 'none'}`,
    wrote: (file: string, facts: number, errors: number, regions: number) => `wrote ${file}: ${facts} facts (${errors} could not be read), ${regions} regions`,
    written: (counts: string, gating: number, code: number, files: string) => `${counts}; ${gating} gating, exit ${code}; wrote ${files}`,
    noUnits: (reason: string) => `warning: the organization's units could not be read (${reason}): the reports carry no OU (grant what "aws-baseline policy --org" prints)`,
    baselineWritten: (file: string, findings: number) => `wrote the baseline ${file}: ${findings} known finding(s)`,
    pruned: (file: string, removed: number, left: number) => `pruned the baseline ${file}: ${removed} fixed finding(s) removed, ${left} left`,
    notListed: (after: number, reason: string) => `the organization's account list broke off after ${after} account(s) (${reason}): the accounts after them were neither listed nor audited, so the audit is incomplete; run it again`,
  },
  ja: {
    accountsAudited: (done: number) => `${done} アカウントを監査しました`,
    emptyShard: (index: number, count: number) => `シャード ${index}/${count} に該当するアカウントはありません。レポートは空で、全体は merge で判定されます`,
    evaluating: (count: number) => `${count} 件のチェックを評価しています…`,
    expired: (check: string, resource: string, expires: string) => `警告: ${check} ${resource} の抑制は ${expires} に期限切れとなり、適用されていません`,
    stale: (check: string, resource: string) => `警告: ${check} ${resource} の抑制はどの結果にも一致しませんでした(削除を検討してください)`,
    operations: (calls: number, list: string) => `送信した操作: ${calls ? `${calls} 回: ${list}` : 'なし'}`,
    wrote: (file: string, facts: number, errors: number, regions: number) => `${file} を書き出しました: ファクト ${facts} 件(読めなかったもの ${errors} 件)、${regions} リージョン`,
    written: (counts: string, gating: number, code: number, files: string) => `${counts}。判定対象 ${gating} 件、終了コード ${code}。${files} を書き出しました`,
    noUnits: (reason: string) => `警告: 組織単位を読めませんでした(${reason})。レポートに OU は含まれません(「aws-baseline policy --org」が出力する権限を付与してください)`,
    baselineWritten: (file: string, findings: number) => `ベースライン ${file} を書き出しました: 既知の指摘 ${findings} 件`,
    pruned: (file: string, removed: number, left: number) => `ベースライン ${file} を整理しました: 修正済みの指摘 ${removed} 件を削除、残り ${left} 件`,
    notListed: (after: number, reason: string) => `組織のアカウント一覧が ${after} アカウントの後で途切れました(${reason})。それ以降のアカウントは一覧も監査もされておらず、監査は不完全です。再実行してください`,
  },
} as const satisfies Record<Lang, Record<string, (...args: never[]) => string>>;

export const say = (lang: Lang) => STDERR_TEXT[lang];
