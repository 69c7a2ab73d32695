import type { ComponentChildren } from 'preact';
import { defineDict, useLang, useT } from './i18n';

const dict = defineDict({
  ko: { curated: '수정됨', unpublished: '비공개', merged: '병합됨', withdrawn: '출처에서 내려감', reason: '사유 (필수)', reasonHint: '무엇을 확인했는지 적어 주세요. 감사 기록에 남습니다.' },
  en: { curated: 'curated', unpublished: 'unpublished', merged: 'merged', withdrawn: 'withdrawn by sources', reason: 'Reason (required)', reasonHint: 'Say what you checked; it goes into the audit log.' },
});

/** The state of a record as words (never colour alone). */
export function StateBadges({ record }: { record: { published: boolean; withdrawn: boolean; mergedInto: string | null; overrides?: unknown[]; curated?: boolean } }) {
  const t = useT(dict);
  const curated = record.curated ?? (record.overrides?.length ?? 0) > 0;
  return (
    <span class="badges">
      {curated && <span class="badge">{t('curated')}</span>}
      {record.mergedInto ? <span class="badge">{t('merged')}</span> : !record.published && <span class="badge">{t('unpublished')}</span>}
      {record.withdrawn && !record.mergedInto && <span class="badge">{t('withdrawn')}</span>}
    </span>
  );
}

/** A required reason, with the API's message under it when it refused the reason. */
export function ReasonField({ id, value, onInput, error }: { id: string; value: string; onInput(value: string): void; error?: string | null }) {
  const t = useT(dict);
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div class="field">
      <label for={id}>{t('reason')}</label>
      <input id={id} type="text" required maxLength={500} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)} />
      <span id={`${id}-hint`} class="muted">{t('reasonHint')}</span>
      {error && <span id={`${id}-error`} class="error">{error}</span>}
    </div>
  );
}

export function Status({ children, kind = 'notice' }: { children: ComponentChildren; kind?: 'notice' | 'error' }) {
  return kind === 'error' ? <p class="error" role="alert">{children}</p> : <p class="notice" role="status">{children}</p>;
}

/** An ISO timestamp in the reader's language, Seoul time. */
export function useDate(): (iso: string | null | undefined) => string {
  const { lang } = useLang();
  return (iso) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'short' }) : '—');
}
