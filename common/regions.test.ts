import { centroidOf, findSido, findSigungu, regionFromAddress, SIDO } from './regions';

describe('regions', () => {
  it('knows all 17 시도 and accepts short and former names', () => {
    expect(SIDO).toHaveLength(17);
    expect(findSido('서울')?.name).toBe('서울특별시');
    expect(findSido('서울시')?.name).toBe('서울특별시');
    expect(findSido('강원도')?.name).toBe('강원특별자치도');
    expect(findSido('전라북도')?.name).toBe('전북특별자치도');
    expect(findSido('서울특별도')).toBeNull();
  });

  it('finds 시군구 within their 시도 only, with Seoul codes', () => {
    expect(findSigungu('서울특별시', '강서구')).toMatchObject({ name: '강서구', code: '11500' });
    expect(findSigungu('부산', '강서구')).toMatchObject({ name: '강서구' });
    expect(findSigungu('서울특별시', '해운대구')).toBeNull();
    expect(findSigungu('경기도', '수원')).toMatchObject({ name: '수원시' });
    expect(SIDO[0]!.sigungu).toHaveLength(25);
  });

  it('reads regions from addresses and gives Seoul centroids', () => {
    expect(regionFromAddress('서울특별시 동대문구 이문로35길 12')).toEqual({ sido: '서울특별시', sigungu: '동대문구', code: '11230' });
    expect(regionFromAddress('서울 강서구 공항대로 1')).toEqual({ sido: '서울특별시', sigungu: '강서구', code: '11500' });
    expect(regionFromAddress('어딘가 123')).toBeNull();
    const c = centroidOf('서울특별시', '강서구')!;
    expect(c.lat).toBeCloseTo(37.56, 1);
  });
});
