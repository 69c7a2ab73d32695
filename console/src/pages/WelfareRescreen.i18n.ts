import { defineDict } from '../i18n';

export const rescreenDict = defineDict({
  ko: {
    heading: '재확인 및 확정',
    intro: '마감된 복지사업의 추천 대상자를 재확인하고 포함/제외를 결정한 뒤 최종 명단을 확정합니다. 이름은 가려져 있습니다.',
    programme: '복지사업', choose: '사업을 고르세요', flaggedOnly: '중복 추천만 보기', loading: '불러오는 중…', empty: '추천이 없습니다.',
    caption: '추천 대상자', selectAll: '전체 선택', select: '{name} ({org}, {dong}) 선택',
    name: '이름', organisation: '추천 기관', dong: '동', outcome: '점검 결과', decision: '결정',
    clean: '정상', duplicate: '중복 (먼저 추천: {org})', concentration: '편중 경고 {count}회',
    RESIDENT: '거주', DECEASED: '사망', MOVED_OUT: '전출', NOT_FOUND: '주민정보 없음',
    INCLUDE: '포함', EXCLUDE: '제외', undecided: '미결정',
    reason: '결정 사유 (필수)', include: '선택 항목 포함', exclude: '선택 항목 제외', decided: '{count}건을 {decision}(으)로 결정했습니다.',
    noneSelected: '먼저 추천을 선택하세요.', reasonRequired: '사유를 입력하세요.',
    recheck: '주민정보 일괄 재확인', rechecked: '{checked}건을 재확인했습니다. 바뀐 건: {count}건', changedCaption: '재확인으로 바뀐 추천',
    confirmReason: '확정 사유 (필수)', confirm: '최종 명단 확정', confirmed: '최종 명단을 확정했습니다 ({at}).',
    confirmFailed: '확정하지 못했습니다: {ko} (English: {en})',
  },
  en: {
    heading: 'Re-screening and confirmation',
    intro: 'Re-screen the recommendations of a closed programme, include or exclude them, then confirm the final list. Names are masked.',
    programme: 'Programme', choose: 'Choose a programme', flaggedOnly: 'Duplicates only', loading: 'Loading…', empty: 'No recommendations.',
    caption: 'Recommendations', selectAll: 'Select all', select: 'Select {name} ({org}, {dong})',
    name: 'Name', organisation: 'Recommended by', dong: 'Dong', outcome: 'Checks', decision: 'Decision',
    clean: 'Clean', duplicate: 'Duplicate (first: {org})', concentration: 'Concentration warning ×{count}',
    RESIDENT: 'Resident', DECEASED: 'Deceased', MOVED_OUT: 'Moved out', NOT_FOUND: 'Not in registry',
    INCLUDE: 'Include', EXCLUDE: 'Exclude', undecided: 'Undecided',
    reason: 'Reason (required)', include: 'Include selected', exclude: 'Exclude selected', decided: '{count} decided: {decision}.',
    noneSelected: 'Select recommendations first.', reasonRequired: 'Enter a reason.',
    recheck: 'Re-check the registry', rechecked: '{checked} re-checked; {count} changed', changedCaption: 'Changed by the re-check',
    confirmReason: 'Confirmation reason (required)', confirm: 'Confirm the final list', confirmed: 'Final list confirmed ({at}).',
    confirmFailed: 'Could not confirm: {ko} (English: {en})',
  },
});
