import { createHash } from 'node:crypto';
import { SEONGDONG_DONGS } from '../../subgraphs/welfare/dongs';
import { int, pick, rng } from '../world/random';

/**
 * The simulated 주민정보 (resident registry) of 성동구: a deterministic
 * population per seed, and what happens to it as ticks pass — some people
 * die (사망말소), some move out of the district (전출). The welfare subgraph
 * checks recommendations against it the way the real system checks against
 * the 관내 주민요약정보 link (seed document 004, "관내 주민요약정보 연계완료").
 *
 * Every number here is fictitious: resident registration numbers are made
 * up from the seed with a back digit of 9 or 0 (for people born before 1900
 * / in 2000s never issued with these front digits), so none can be a real one.
 */


const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '남궁', '선우'];
const GIVEN = ['민준', '서연', '도윤', '지우', '하준', '영자', '순자', '옥순', '철수', '영희', '길동', '말순', '춘자', '정호', '미숙', '상철', '은', '별', '봄'];

export interface RegistryPerson {
  /** The registry's own opaque reference (what it answers lookups with; not a number of ours). */
  ref: string;
  /** 주민등록번호 (fictitious): YYMMDD-NNNNNNN. */
  identityKey: string;
  name: string;
  birthDate: string;
  /** 세대 번호: people of one household share it. */
  householdKey: string;
  dong: string;
  /** Tick from which the person is deceased (never, if absent). */
  diesAt?: number;
  /** Tick from which the person has moved out of the district. */
  movesOutAt?: number;
}

export type RegistryStatus = 'RESIDENT' | 'DECEASED' | 'MOVED_OUT' | 'NOT_FOUND';

export interface RegistryAnswer {
  ref: string | null;
  status: RegistryStatus;
  /** The tick the status changed (deceased / moved out), when it did. */
  sinceTick?: number;
  dong?: string;
}

const cache = new Map<string, RegistryPerson[]>();

/** The population of `seed`: `size` people in households of 1–4. */
export function registryPeople(seed: number, size = 3000): RegistryPerson[] {
  const key = `${seed}:${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const random = rng('registry', seed);
  const people: RegistryPerson[] = [];
  let household = 0;
  while (people.length < size) {
    household++;
    const dong = pick(random, SEONGDONG_DONGS);
    const householdKey = `H${String(seed).padStart(3, '0')}-${String(household).padStart(6, '0')}`;
    const members = int(random, 1, 4);
    for (let m = 0; m < members && people.length < size; m++) {
      const i = people.length;
      const year = int(random, 1930, 1999);
      const month = int(random, 1, 12);
      const day = int(random, 1, 28);
      const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const back = `${year < 1950 ? 9 : 0}${String(int(random, 0, 999_999)).padStart(6, '0')}`;
      const identityKey = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}-${back}`;
      const fate = random();
      people.push({
        ref: createHash('sha256').update(`registry-ref\u0000${seed}\u0000${i}`).digest('hex').slice(0, 20),
        identityKey,
        name: pick(random, FAMILY) + pick(random, GIVEN),
        birthDate,
        householdKey,
        dong,
        // About 3% already deceased at tick 0, 3% die later; the same for move-outs.
        ...(fate < 0.06 ? { diesAt: fate < 0.03 ? 0 : int(random, 1, 20) } : {}),
        ...(fate >= 0.06 && fate < 0.12 ? { movesOutAt: fate < 0.09 ? 0 : int(random, 1, 20) } : {}),
      });
    }
  }
  cache.set(key, people);
  return people;
}

/** What the registry says of one person at `tick`. */
export function statusAt(person: RegistryPerson, tick: number): RegistryAnswer {
  if (person.diesAt !== undefined && person.diesAt <= tick) return { ref: person.ref, status: 'DECEASED', sinceTick: person.diesAt, dong: person.dong };
  if (person.movesOutAt !== undefined && person.movesOutAt <= tick) return { ref: person.ref, status: 'MOVED_OUT', sinceTick: person.movesOutAt, dong: person.dong };
  return { ref: person.ref, status: 'RESIDENT', dong: person.dong };
}

/** Lookups by identity key and by ref over one population. */
export function registryIndex(seed: number, size?: number) {
  const people = registryPeople(seed, size);
  const byKey = new Map(people.map((p) => [p.identityKey.replace(/\D/g, ''), p]));
  const byRef = new Map(people.map((p) => [p.ref, p]));
  return {
    people,
    lookup(identityKey: string, tick: number): RegistryAnswer {
      const person = byKey.get(identityKey.replace(/\D/g, ''));
      return person ? statusAt(person, tick) : { ref: null, status: 'NOT_FOUND' };
    },
    byRef(ref: string, tick: number): RegistryAnswer {
      const person = byRef.get(ref);
      return person ? statusAt(person, tick) : { ref, status: 'NOT_FOUND' };
    },
  };
}
