/**
 * Korean administrative regions: 17 시도 and their 시군구 (2025 names:
 * 강원특별자치도, 전북특별자치도, 대구 군위군). Used to validate region filters
 * (a typo must be an error, not "no results") and to read regions out of
 * addresses. Seoul's 시군구 carry their 5-digit 법정동 codes and centroids
 * (the median of geocoded centres in the bundled 어린이집.csv); outside Seoul
 * only names and 시도 codes are kept until a source with codes is bundled.
 */
export interface Sigungu {
  name: string;
  code: string | null;
  centroid: { lat: number; lng: number } | null;
}

export interface Sido {
  name: string;
  code: string;
  /** Short and former names that mean this 시도. */
  aliases: string[];
  sigungu: Sigungu[];
}

const names = (list: string): Sigungu[] => list.split(' ').map((name) => ({ name, code: null, centroid: null }));

const SEOUL: [string, string, number, number][] = [
  ['종로구', '11110', 37.5749, 126.9808], ['중구', '11140', 37.5616, 126.9993], ['용산구', '11170', 37.5361, 126.969],
  ['성동구', '11200', 37.5549, 127.0291], ['광진구', '11215', 37.5439, 127.0845], ['동대문구', '11230', 37.5766, 127.0605],
  ['중랑구', '11260', 37.6015, 127.0913], ['성북구', '11290', 37.6051, 127.0238], ['강북구', '11305', 37.6256, 127.0195],
  ['도봉구', '11320', 37.6577, 127.0411], ['노원구', '11350', 37.6477, 127.0648], ['은평구', '11380', 37.6064, 126.92],
  ['서대문구', '11410', 37.5761, 126.9371], ['마포구', '11440', 37.5539, 126.9249], ['양천구', '11470', 37.5229, 126.8547],
  ['강서구', '11500', 37.5555, 126.8422], ['구로구', '11530', 37.4952, 126.8607], ['금천구', '11545', 37.4597, 126.9016],
  ['영등포구', '11560', 37.5188, 126.9027], ['동작구', '11590', 37.497, 126.9475], ['관악구', '11620', 37.4802, 126.9421],
  ['서초구', '11650', 37.4883, 127.016], ['강남구', '11680', 37.4942, 127.0577], ['송파구', '11710', 37.5, 127.1198],
  ['강동구', '11740', 37.5501, 127.1436],
];

export const SIDO: readonly Sido[] = [
  { name: '서울특별시', code: '11', aliases: ['서울', '서울시'], sigungu: SEOUL.map(([name, code, lat, lng]) => ({ name, code, centroid: { lat, lng } })) },
  { name: '부산광역시', code: '26', aliases: ['부산', '부산시'], sigungu: names('중구 서구 동구 영도구 부산진구 동래구 남구 북구 해운대구 사하구 금정구 강서구 연제구 수영구 사상구 기장군') },
  { name: '대구광역시', code: '27', aliases: ['대구', '대구시'], sigungu: names('중구 동구 서구 남구 북구 수성구 달서구 달성군 군위군') },
  { name: '인천광역시', code: '28', aliases: ['인천', '인천시'], sigungu: names('중구 동구 미추홀구 연수구 남동구 부평구 계양구 서구 강화군 옹진군') },
  { name: '광주광역시', code: '29', aliases: ['광주', '광주시'], sigungu: names('동구 서구 남구 북구 광산구') },
  { name: '대전광역시', code: '30', aliases: ['대전', '대전시'], sigungu: names('동구 중구 서구 유성구 대덕구') },
  { name: '울산광역시', code: '31', aliases: ['울산', '울산시'], sigungu: names('중구 남구 동구 북구 울주군') },
  { name: '세종특별자치시', code: '36', aliases: ['세종', '세종시'], sigungu: names('세종시') },
  {
    name: '경기도', code: '41', aliases: ['경기'],
    sigungu: names('수원시 성남시 의정부시 안양시 부천시 광명시 평택시 동두천시 안산시 고양시 과천시 구리시 남양주시 오산시 시흥시 군포시 의왕시 하남시 용인시 파주시 이천시 안성시 김포시 화성시 광주시 양주시 포천시 여주시 연천군 가평군 양평군'),
  },
  { name: '충청북도', code: '43', aliases: ['충북'], sigungu: names('청주시 충주시 제천시 보은군 옥천군 영동군 증평군 진천군 괴산군 음성군 단양군') },
  { name: '충청남도', code: '44', aliases: ['충남'], sigungu: names('천안시 공주시 보령시 아산시 서산시 논산시 계룡시 당진시 금산군 부여군 서천군 청양군 홍성군 예산군 태안군') },
  {
    name: '전라남도', code: '46', aliases: ['전남'],
    sigungu: names('목포시 여수시 순천시 나주시 광양시 담양군 곡성군 구례군 고흥군 보성군 화순군 장흥군 강진군 해남군 영암군 무안군 함평군 영광군 장성군 완도군 진도군 신안군'),
  },
  {
    name: '경상북도', code: '47', aliases: ['경북'],
    sigungu: names('포항시 경주시 김천시 안동시 구미시 영주시 영천시 상주시 문경시 경산시 의성군 청송군 영양군 영덕군 청도군 고령군 성주군 칠곡군 예천군 봉화군 울진군 울릉군'),
  },
  { name: '경상남도', code: '48', aliases: ['경남'], sigungu: names('창원시 진주시 통영시 사천시 김해시 밀양시 거제시 양산시 의령군 함안군 창녕군 고성군 남해군 하동군 산청군 함양군 거창군 합천군') },
  { name: '제주특별자치도', code: '50', aliases: ['제주', '제주도'], sigungu: names('제주시 서귀포시') },
  { name: '강원특별자치도', code: '51', aliases: ['강원', '강원도'], sigungu: names('춘천시 원주시 강릉시 동해시 태백시 속초시 삼척시 홍천군 횡성군 영월군 평창군 정선군 철원군 화천군 양구군 인제군 고성군 양양군') },
  { name: '전북특별자치도', code: '52', aliases: ['전북', '전라북도'], sigungu: names('전주시 군산시 익산시 정읍시 남원시 김제시 완주군 진안군 무주군 장수군 임실군 순창군 고창군 부안군') },
];

const MAX_NAME = 40;
const bySidoName = new Map<string, Sido>();
for (const sido of SIDO) for (const key of [sido.name, ...sido.aliases]) bySidoName.set(key, sido);

/** 서울, 서울시, 서울특별시 → 서울특별시; 강원도 → 강원특별자치도. Null when unknown. */
export function findSido(name: string | null | undefined): Sido | null {
  if (!name) return null;
  return bySidoName.get(name.trim().slice(0, MAX_NAME)) ?? null;
}

/** A 시군구 of a 시도 by its name; a 시 given without its suffix (수원 → 수원시) is accepted. */
export function findSigungu(sido: string, name: string | null | undefined): Sigungu | null {
  const parent = findSido(sido);
  if (!parent || !name) return null;
  const wanted = name.trim().slice(0, MAX_NAME);
  return parent.sigungu.find((s) => s.name === wanted || s.name === `${wanted}시`) ?? null;
}

/** Reads 시도 and 시군구 from the start of an address (`서울특별시 강서구 …`, `서울 강서구 …`). */
export function regionFromAddress(address: string | null | undefined): { sido: string; sigungu: string | null; code: string | null } | null {
  if (!address) return null;
  const [first, second] = address.trim().slice(0, 200).split(/\s+/);
  const sido = findSido(first);
  if (!sido) return null;
  const sigungu = findSigungu(sido.name, second);
  return { sido: sido.name, sigungu: sigungu?.name ?? null, code: sigungu?.code ?? null };
}

/** The centroid of a 시군구 (approximate position for records without coordinates). */
export function centroidOf(sido: string, sigungu: string | null | undefined): { lat: number; lng: number } | null {
  return findSigungu(sido, sigungu)?.centroid ?? null;
}
