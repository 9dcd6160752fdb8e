import dayjs, { type Dayjs } from 'dayjs';
import { dateString } from '../forms/dates.ts';
import type {
  DrugType,
  PersonCreateInput,
  PersonDetail,
  PersonStatus,
  PersonUpdateInput,
  RehabEpisodeKind,
} from '@taobo/contracts';

export interface EpisodeValues {
  kind?: RehabEpisodeKind;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  place?: string;
}

/** What the antd form holds (dates as dayjs, empty selects as null). */
export interface PersonFormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  status?: PersonStatus;
  orgUnitId?: string | null;
  gridId?: string | null;
  householdOrgUnitId?: string | null;
  householdAddress?: string;
  residenceOrgUnitId?: string | null;
  residenceAddress?: string;
  drugTypes?: DrugType[];
  firstFoundDate?: Dayjs | null;
  rehabEpisodes?: EpisodeValues[];
  policeId?: string | null;
  gridWorkerId?: string | null;
  socialWorkerId?: string | null;
}

export { dateString };

/** Fields the server only ever shows masked: on edit they start empty and are sent only when retyped. */
export const SENSITIVE = ['idNumber', 'phone', 'householdAddress', 'residenceAddress'] as const;

const text = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

type Payload = { [K in keyof PersonCreateInput]?: PersonCreateInput[K] | null };

/** Form values → the API's shape, every key present (null = empty) so two payloads can be compared key by key. */
export function toPayload(v: PersonFormValues): Payload {
  return {
    name: v.name?.trim() ?? '',
    idNumber: text(v.idNumber)?.toUpperCase() ?? null,
    phone: text(v.phone),
    status: v.status ?? null,
    orgUnitId: v.orgUnitId ?? null,
    gridId: v.gridId ?? null,
    householdOrgUnitId: v.householdOrgUnitId ?? null,
    householdAddress: text(v.householdAddress),
    residenceOrgUnitId: v.residenceOrgUnitId ?? null,
    residenceAddress: text(v.residenceAddress),
    drugTypes: v.drugTypes ?? [],
    firstFoundDate: dateString(v.firstFoundDate),
    rehabEpisodes: (v.rehabEpisodes ?? []).map((e) => ({
      kind: e.kind as RehabEpisodeKind,
      startDate: dateString(e.startDate) ?? '',
      endDate: dateString(e.endDate),
      ...(text(e.place) ? { place: text(e.place) ?? undefined } : {}),
    })),
    policeId: v.policeId ?? null,
    gridWorkerId: v.gridWorkerId ?? null,
    socialWorkerId: v.socialWorkerId ?? null,
  };
}

/** For POST: leave out what is empty and let the server apply its defaults. */
export function createPayload(v: PersonFormValues): PersonCreateInput {
  const full = toPayload(v);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(full)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as PersonCreateInput;
}

/** For PATCH: only what changed; a masked field only when the user typed a new value. */
export function updatePayload(
  initial: PersonFormValues,
  current: PersonFormValues,
): Partial<PersonUpdateInput> {
  const before = toPayload(initial);
  const after = toPayload(current);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Payload)[]) {
    if ((SENSITIVE as readonly string[]).includes(key)) {
      if (after[key] !== null) out[key] = after[key];
      continue;
    }
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  // The status follows the measures: the server refuses it in a PATCH.
  delete out.status;
  return out as Partial<PersonUpdateInput>;
}

export function fromDetail(p: PersonDetail): PersonFormValues {
  return {
    name: p.name,
    idNumber: '',
    phone: '',
    status: p.status,
    orgUnitId: p.orgUnit.id,
    gridId: p.grid?.id ?? null,
    householdOrgUnitId: p.householdOrgUnit?.id ?? null,
    householdAddress: '',
    residenceOrgUnitId: p.residenceOrgUnit?.id ?? null,
    residenceAddress: '',
    drugTypes: p.drugTypes,
    firstFoundDate: p.firstFoundDate ? dayjs(p.firstFoundDate) : null,
    rehabEpisodes: p.rehabEpisodes.map((e) => ({
      kind: e.kind,
      startDate: dayjs(e.startDate),
      endDate: e.endDate ? dayjs(e.endDate) : null,
      place: e.place ?? '',
    })),
    policeId: p.team.police?.id ?? null,
    gridWorkerId: p.team.gridWorker?.id ?? null,
    socialWorkerId: p.team.socialWorker?.id ?? null,
  };
}

/** Drafts are JSON: dates travel as strings. */
export type PersonDraft = Omit<PersonFormValues, 'firstFoundDate' | 'rehabEpisodes'> & {
  firstFoundDate?: string | null;
  rehabEpisodes?: {
    kind?: RehabEpisodeKind;
    startDate?: string | null;
    endDate?: string | null;
    place?: string;
  }[];
};

export function toDraft(v: PersonFormValues): PersonDraft {
  return {
    ...v,
    firstFoundDate: dateString(v.firstFoundDate),
    rehabEpisodes: (v.rehabEpisodes ?? []).map((e) => ({
      ...e,
      startDate: dateString(e.startDate),
      endDate: dateString(e.endDate),
    })),
  };
}

export function fromDraft(d: PersonDraft): PersonFormValues {
  const day = (s: string | null | undefined) => (s ? dayjs(s) : null);
  return {
    ...d,
    firstFoundDate: day(d.firstFoundDate),
    rehabEpisodes: (d.rehabEpisodes ?? []).map((e) => ({
      ...e,
      startDate: day(e.startDate),
      endDate: day(e.endDate),
    })),
  };
}
