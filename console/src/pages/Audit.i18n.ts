import { defineDict } from '../i18n';

export const auditDict = defineDict({
  ko: {
    heading: '감사 기록',
    intro: '편집자가 한 모든 변경이 남습니다. 고치거나 지울 수 없습니다. 최신 것부터 보입니다.',
    filters: '감사 기록 거르기',
    recordId: '기록 ID',
    actor: '편집자 (sub)',
    action: '작업',
    anyAction: '모든 작업',
    since: '시작일',
    until: '종료일 (포함)',
    apply: '거르기',
    reset: '조건 지우기',
    csv: 'CSV 내려받기',
    csvHint: 'Excel에서 한글이 깨지지 않는 UTF-8 파일입니다. 지금 조건의 기록을 최대 10,000건 담습니다.',
    csvDone: 'CSV 파일을 만들었습니다 ({n}건).',
    loading: '불러오는 중…',
    empty: '조건에 맞는 기록이 없습니다.',
    more: '더 보기',
    at: '시각', who: '편집자', what: '작업', record: '기록', field: '필드', before: '이전 값', after: '새 값', reason: '사유',
    synonymTerm: '동의어: {term}',
    caption: '감사 기록 (최신순)',
  },
  en: {
    heading: 'Audit log',
    intro: 'Every change an editor made, kept for good: it cannot be edited or deleted. Newest first.',
    filters: 'Filter the audit log',
    recordId: 'Record ID',
    actor: 'Editor (sub)',
    action: 'Action',
    anyAction: 'Any action',
    since: 'From',
    until: 'To (inclusive)',
    apply: 'Filter',
    reset: 'Clear',
    csv: 'Download CSV',
    csvHint: 'UTF-8 that Excel reads with Korean intact. Up to 10,000 rows matching the filter.',
    csvDone: 'CSV file made ({n} rows).',
    loading: 'Loading…',
    empty: 'Nothing matches.',
    more: 'Show more',
    at: 'When', who: 'Editor', what: 'Action', record: 'Record', field: 'Field', before: 'Before', after: 'After', reason: 'Reason',
    synonymTerm: 'Synonym: {term}',
    caption: 'Audit log (newest first)',
  },
});

/** CurationAction values, in words. */
export const actionNames = defineDict({
  ko: {
    CURATE: '필드 수정', SET_PLAIN_SUMMARY: '쉬운 말 요약', SET_STAGES: '생애 단계', PUBLISH: '공개', UNPUBLISH: '비공개', MERGE: '병합', UNMERGE: '병합 해제',
    REVERT_OVERRIDE: '수정 되돌림', KEEP_OVERRIDE: '수정 유지', ADD_SYNONYM: '동의어 추가', REMOVE_SYNONYM: '동의어 삭제', REJECT_DUPLICATE: '중복 아님',
    ANOMALY_CONFIRM: '이상 징후 확인', ANOMALY_DISMISS: '이상 징후 기각', ANOMALY_PUBLISH: '이상 징후 공개',
  },
  en: {
    CURATE: 'Field edit', SET_PLAIN_SUMMARY: 'Plain summary', SET_STAGES: 'Life stages', PUBLISH: 'Publish', UNPUBLISH: 'Unpublish', MERGE: 'Merge', UNMERGE: 'Unmerge',
    REVERT_OVERRIDE: 'Revert', KEEP_OVERRIDE: 'Keep', ADD_SYNONYM: 'Add synonym', REMOVE_SYNONYM: 'Remove synonym', REJECT_DUPLICATE: 'Not a duplicate',
    ANOMALY_CONFIRM: 'Anomaly confirmed', ANOMALY_DISMISS: 'Anomaly dismissed', ANOMALY_PUBLISH: 'Anomaly published',
  },
});
