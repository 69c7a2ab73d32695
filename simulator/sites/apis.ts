import { SIDO, findSigungu } from '../../common/regions';
import { esc, html, notFound, page, xml, xmlEsc, xmlItem } from '../html';
import type { SiteDef, SiteRequest, SiteResponse } from '../types';
import type { SimPolicy } from '../world/types';
import { publishedTitle } from '../world/titles';
import { supportConditions, trgterIndvdl } from '../world/conditions';
import { memo } from '../memo';

/**
 * The machine-readable sources: open APIs in the data.go.kr style (XML
 * envelope, serviceKey, pageNo/numOfRows), a JSON API that answers in CP949,
 * a CSV download in CP949 and the 복지로 / 보조금24 service APIs.
 */

const SEOUL = SIDO.find((s) => s.code === '11')!;

function serviceKeyError(): SiteResponse {
  // What data.go.kr answers to a missing or unknown key: HTTP 200 with an error envelope.
  return xml(
    `<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>`,
  );
}

function intParam(value: string | null, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function envelope(items: string[], pageNo: number, numOfRows: number, totalCount: number): string {
  return `<response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header><body><items>${items.join('')}</items><numOfRows>${numOfRows}</numOfRows><pageNo>${pageNo}</pageNo><totalCount>${totalCount}</totalCount></body></response>`;
}

/** 어린이집 정보공개 Open API: XML by 시군구 code (`arcode`), with intermittent 500s. */
export const childcareOpenApi: SiteDef = {
  id: 'childcare-openapi',
  encoding: 'utf-8',
  validators: 'none',
  failFirstRate: 0.15,
  route(req) {
    if (req.path === '/api/childcare/arcodeList') {
      if (!req.query.get('serviceKey')) return serviceKeyError();
      return xml(envelope(SEOUL.sigungu.map((g) => xmlItem('item', { arcode: g.code, sigunname: g.name, sidoname: SEOUL.name })), 1, SEOUL.sigungu.length, SEOUL.sigungu.length));
    }
    if (req.path !== '/api/childcare/centerList') return notFound(req);
    if (!req.query.get('serviceKey')) return serviceKeyError();
    const arcode = (req.query.get('arcode') ?? '').slice(0, 5);
    const gu = SEOUL.sigungu.find((g) => g.code === arcode);
    if (!gu) {
      return xml(`<response><header><resultCode>10</resultCode><resultMsg>INVALID_REQUEST_PARAMETER_ERROR(arcode)</resultMsg></header></response>`);
    }
    const numOfRows = intParam(req.query.get('numOfRows'), 10, 1, 1000);
    const pageNo = intParam(req.query.get('pageNo'), 1, 1, 100_000);
    const rows = memo(req.world, `openapi:${gu.code}`, () => req.world.childcare.filter((c) => c.sigungu === gu.name).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
    const items = rows.slice((pageNo - 1) * numOfRows, pageNo * numOfRows).map((c) => {
      const f = c.fields;
      return xmlItem('item', {
        sidoname: SEOUL.name,
        sigunname: c.sigungu,
        stcode: c.code,
        crname: f['어린이집명'],
        crtypename: f['어린이집유형'],
        crstatusname: f['운영현황'],
        zipcode: f['우편번호'],
        craddr: f['상세주소'],
        crtelno: f['전화번호'],
        crfaxno: f['팩스번호'],
        crhome: f['홈페이지주소'],
        nrtrroomcnt: f['보육실수'],
        plgrdco: f['놀이터수'],
        cctvinstlcnt: f['CCTV총설치수'],
        chcrtescnt: f['보육교직원수'],
        crcapat: f['정원'],
        crchcnt: f['현원'],
        la: f['위도'],
        lo: f['경도'],
        crcargbname: f['통학차량운영여부'],
        crcnfmdt: f['인가일자'],
        crspec: f['제공서비스'],
        datastdrdt: f['데이터기준일자'],
      });
    });
    return xml(envelope(items, pageNo, numOfRows, rows.length));
  },
};

/** 유치원알리미 Open API: JSON, but encoded in CP949 and sent with no charset. */
export const kinderOpenApi: SiteDef = {
  id: 'kinder-openapi',
  encoding: 'cp949',
  validators: 'etag',
  route(req) {
    if (req.path !== '/api/notice/basicInfo.do') return notFound(req);
    if (!req.query.get('key')) return { kind: 'json', body: JSON.stringify({ status: 'FAIL', message: '인증키가 유효하지 않습니다.' }) };
    const sidoCode = (req.query.get('sidoCode') ?? '').slice(0, 2);
    const sggCode = (req.query.get('sggCode') ?? '').slice(0, 5);
    // The bundled items are all 동대문구 (11230); other districts answer an empty list, as the real API does for a district without data.
    const items = sidoCode === '11' && sggCode === '11230' ? req.world.kindergartens : [];
    return { kind: 'json', body: JSON.stringify({ status: 'SUCCESS', kinderInfo: items }) };
  },
};

const POSTPARTUM_HEADER = [
  '개방자치단체코드', '관리번호', '인허가일자', '인허가취소일자', '영업상태코드', '영업상태명', '상세영업상태코드', '상세영업상태명', '폐업일자', '휴업시작일자', '휴업종료일자', '재개업일자', '전화번호', '소재지면적', '소재지우편번호', '지번주소', '도로명주소', '도로명우편번호', '사업장명', '최종수정일자', '데이터갱신구분', '데이터갱신일자', '업태구분명', '좌표정보(X)', '좌표정보(Y)', '임산부정원수', '영유아정원수', '임산부실면적', '영유아실면적', '모유수유실면적', '급식시설면적', '세탁실면적', '목욕실면적', '조리원화장실면적', '사무실면적', '간호사수', '간호조무사수', '영양사수', '취사부수', '미화원수', '기타인원수', '건물층수', '지상층수', '지하층수',
];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** LOCALDATA 산후조리업: a download page, the CSV in CP949, and a stale link that serves an HTML error page as the "file". */
export const postpartumLocaldata: SiteDef = {
  id: 'postpartum-localdata',
  encoding: 'utf-8',
  validators: 'last-modified',
  route(req) {
    switch (req.path) {
      case '/':
      case '/data/list.do':
        return html(
          page(req, {
            title: '인허가 데이터 내려받기',
            body: `<table class="tbl_list"><thead><tr><th>업종</th><th>파일</th><th>기준일</th></tr></thead><tbody>
<tr><td>산후조리업</td><td><a href="/download/postpartum.csv" class="btn_down">CSV 내려받기</a></td><td>${esc(req.world.postpartum.length ? '2025-02-19' : '')}</td></tr>
<tr><td>산후조리업 (2019년 이전 자료)</td><td><a href="/download/postpartum_2019.csv" class="btn_down">CSV 내려받기</a></td><td>2019-08-01</td></tr>
</tbody></table>`,
          }),
        );
      case '/download/postpartum.csv': {
        const lines = [POSTPARTUM_HEADER.join(',')];
        for (const row of req.world.postpartum) lines.push(POSTPARTUM_HEADER.map((h) => csvCell(row.fields[h] ?? '')).join(','));
        return {
          kind: 'csv',
          encoding: 'cp949',
          body: `${lines.join('\r\n')}\r\n`,
          headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="postpartum.csv"` },
        };
      }
      case '/download/postpartum_2019.csv':
        // The file is gone; the server still answers 200 "with the file", which is an HTML error page.
        return {
          kind: 'html',
          noValidators: true,
          headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="postpartum_2019.csv"` },
          body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>오류</title></head><body><h1>파일을 찾을 수 없습니다.</h1><p>요청하신 파일이 존재하지 않거나 삭제되었습니다.</p></body></html>`,
        };
      default:
        return notFound(req);
    }
  },
};

function publishedBy(req: SiteRequest, siteId: string): { policy: SimPolicy; key: string }[] {
  return memo(req.world, `published:${siteId}`, () =>
    req.world.policies
      .filter((p) => p.publishers.includes(siteId))
      .map((policy) => ({ policy, key: policy.keys[siteId] ?? policy.key }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  );
}

/** 복지로 wantedList / wantedDtl: its own XML envelope, 429 with Retry-After when called too fast. */
export const bokjiroApi: SiteDef = {
  id: 'bokjiro-api',
  encoding: 'utf-8',
  validators: 'none',
  rateLimit: { perSecond: 20, retryAfterS: 1 },
  route(req) {
    if (req.path === '/openapi/rest/wantedList') {
      if (!req.query.get('serviceKey')) return serviceKeyError();
      const all = publishedBy(req, 'bokjiro-api');
      const numOfRows = intParam(req.query.get('numOfRows'), 10, 1, 500);
      const pageNo = intParam(req.query.get('pageNo'), 1, 1, 100_000);
      const items = all.slice((pageNo - 1) * numOfRows, pageNo * numOfRows).map(({ policy: p, key }) =>
        xmlItem('servList', {
          servId: key,
          servNm: publishedTitle(p, 'bokjiro-api'),
          jurMnofNm: p.agency,
          jurOrgNm: p.agency,
          servDgst: p.benefit.slice(0, 120),
          servDtlLink: `${req.baseUrl}/openapi/rest/wantedDtl?servId=${key}`,
          lifeArray: p.lifeStages.join(', '),
          trgterIndvdlArray: trgterIndvdl(p),
          intrsThemaArray: p.category,
          sprtCycNm: p.supportType === '현금' ? '월' : '1회성',
          srvPvsnNm: p.supportType,
          rprsCtadr: p.contact,
          svcfrstRegTs: p.updatedOn.replace(/-/g, ''),
        }),
      );
      return xml(`<wantedList><totalCount>${all.length}</totalCount><pageNo>${pageNo}</pageNo><numOfRows>${numOfRows}</numOfRows><resultCode>0</resultCode><resultMessage>SUCCESS</resultMessage>${items.join('')}</wantedList>`);
    }
    if (req.path === '/openapi/rest/wantedDtl') {
      if (!req.query.get('serviceKey')) return serviceKeyError();
      const id = (req.query.get('servId') ?? '').slice(0, 40);
      const found = publishedBy(req, 'bokjiro-api').find((x) => x.key === id);
      if (!found) return xml(`<wantedDtl><resultCode>30</resultCode><resultMessage>NODATA_ERROR</resultMessage></wantedDtl>`);
      const p = found.policy;
      return xml(
        `<wantedDtl><resultCode>0</resultCode><resultMessage>SUCCESS</resultMessage>${Object.entries({
          servId: found.key,
          servNm: publishedTitle(p, 'bokjiro-api'),
          jurMnofNm: p.agency,
          tgtrDtlCn: p.target,
          slctCritCn: p.ages ?? '',
          alwServCn: p.benefit,
          sprtAmtCn: p.amount ?? '',
          aplyPrdCn: p.period,
          srvPvsnNm: p.supportType,
          lifeArray: p.lifeStages.join(', '),
          trgterIndvdlArray: trgterIndvdl(p),
          lglBssCn: p.legalBasis ?? '',
          rprsCtadr: p.contact,
          svcfrstRegTs: p.updatedOn.replace(/-/g, ''),
        })
          .map(([k, v]) => `<${k}>${xmlEsc(v)}</${k}>`)
          .join('')}<applmetList><servSeDetailNm>${xmlEsc(p.howToApply)}</servSeDetailNm></applmetList></wantedDtl>`,
      );
    }
    return notFound(req);
  },
};

/** 보조금24 (odcloud) serviceList: JSON with Korean keys, page/perPage. */
export const gov24SubsidyApi: SiteDef = {
  id: 'gov24-subsidy-api',
  encoding: 'utf-8',
  validators: 'none',
  route(req) {
    if (req.path !== '/api/gov24/v3/serviceList' && req.path !== '/api/gov24/v3/supportConditions') return notFound(req);
    if (!req.query.get('serviceKey')) return { kind: 'json', status: 401, body: JSON.stringify({ code: -4, msg: '등록되지 않은 인증키 입니다.' }) };
    const all = publishedBy(req, 'gov24-subsidy-api');
    const perPage = intParam(req.query.get('perPage'), 10, 1, 500);
    const pageNo = intParam(req.query.get('page'), 1, 1, 100_000);
    if (req.path === '/api/gov24/v3/supportConditions') {
      // The portal's own endpoint: one row per service, a column per JA code ("Y" or null; JA0110/JA0111 integers).
      const rows = all.slice((pageNo - 1) * perPage, pageNo * perPage).map(({ policy: p, key }) => ({ 서비스ID: key, 서비스명: publishedTitle(p, 'gov24-subsidy-api'), ...supportConditions(p) }));
      return { kind: 'json', body: JSON.stringify({ currentCount: rows.length, data: rows, matchCount: all.length, page: pageNo, perPage, totalCount: all.length }) };
    }
    const data = all.slice((pageNo - 1) * perPage, pageNo * perPage).map(({ policy: p, key }) => ({
      서비스ID: key,
      서비스명: publishedTitle(p, 'gov24-subsidy-api'),
      서비스목적요약: p.benefit.slice(0, 80),
      지원대상: p.target,
      선정기준: p.ages ?? '',
      지원내용: p.benefit + (p.amount ? `\n지원금액: ${p.amount}` : ''),
      신청방법: p.howToApply,
      신청기한: p.period,
      소관기관명: p.agency,
      소관기관유형: p.level === '중앙' ? '중앙행정기관' : '지방자치단체',
      소관기관코드: p.sigungu ? (findSigungu('서울특별시', p.sigungu)?.code ?? '') : '',
      전화문의: p.contact,
      지원유형: p.supportType,
      서비스분야: p.category,
      사용자구분: '개인',
      생애주기: p.lifeStages.join('||'),
      법령: p.legalBasis ?? '',
      수정일시: `${p.updatedOn.replace(/-/g, '')}000000`,
      상세조회URL: `https://www.gov.kr/portal/rcvfvrSvc/dtlEx/${key}`,
      // The service's supportConditions row (the same columns as /supportConditions), joined onto the list row so one
      // crawl reads both: the declarative adapters build a record from one item, and the portal keys both by 서비스ID.
      지원조건: supportConditions(p),
    }));
    return { kind: 'json', body: JSON.stringify({ currentCount: data.length, data, matchCount: all.length, page: pageNo, perPage, totalCount: all.length }) };
  },
};
