import { defineDict } from '../i18n';

export const statsDict = defineDict({
  ko: {
    heading: '복지사업 통계',
    intro: '내 기관이 볼 수 있는 범위의 실시간 통계입니다 (건수만, 개인정보 없음).',
    programme: '복지사업', all: '전체 사업', from: '시작일', until: '종료일', loading: '불러오는 중…',
    totals: '전체', byProgramme: '사업별', byDong: '동별', bySponsor: '후원자별', byOrganisation: '추천 기관별', byResourceType: '자원 종류별', byMonth: '월별',
    byRecipient: '대상자별 (1인당 추천 수)', perPerson: '1인당 추천 수', people: '인원',
    key: '구분', recommendations: '추천', clean: '정상', duplicatesFlagged: '중복 방지', ineligibleBlocked: '부적격 차단', concentrationWarnings: '편중 경고', finalList: '최종 명단',
    chartHeading: '월별 추이', chartNote: '그래프와 같은 수치가 아래 표에 있습니다.', csv: 'CSV 내려받기', section: '표',
  },
  en: {
    heading: 'Welfare statistics',
    intro: 'Live statistics in your organisation’s scope (counts only, no personal data).',
    programme: 'Programme', all: 'All programmes', from: 'From', until: 'Until', loading: 'Loading…',
    totals: 'Totals', byProgramme: 'By programme', byDong: 'By dong', bySponsor: 'By sponsor', byOrganisation: 'By recommending organisation', byResourceType: 'By resource type', byMonth: 'By month',
    byRecipient: 'By recipient (recommendations per person)', perPerson: 'Recommendations per person', people: 'People',
    key: 'Key', recommendations: 'Recommended', clean: 'Clean', duplicatesFlagged: 'Duplicates prevented', ineligibleBlocked: 'Ineligible blocked', concentrationWarnings: 'Concentration warnings', finalList: 'Final list',
    chartHeading: 'By month', chartNote: 'The table below holds the figures of the chart.', csv: 'Download CSV', section: 'Table',
  },
});
