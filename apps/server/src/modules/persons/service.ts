import {
  type AuditEvent,
  type PersonCreateInput,
  type PersonDetail,
  type PersonList,
  type PersonListItem,
  type PersonListQuery,
  type PersonUpdateInput,
  type RehabEpisode,
  type Role,
  type SensitiveField,
} from '@taobo/contracts';
import { ageOn, looksLikePinyin, maskAddress } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { NewPerson, PersonRow } from './tables.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { cleanImage, sniff, type FileStore } from '../../platform/files.ts';
import { refreshExemptions } from '../measures/exemptions.ts';
import type { OrgService } from '../org/service.ts';
import { personColumns } from './columns.ts';
import { createDuplicateChecks, type DuplicateCheck } from './duplicates.ts';
import type { PersonRepo, PersonSearch } from './repo.ts';

/** A person's photo: JPEG, PNG or WebP by content, at most 2 MB, encrypted at rest. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

interface Deps {
  files: FileStore;
  repo: PersonRepo;
  org: OrgService;
  audit: AuditLog;
  cipher: FieldCipher;
  clock: Clock;
}

const MANAGING_LEVELS = new Set(['township', 'village', 'grid']);
const TEAM_ROLES: Record<'policeId' | 'gridWorkerId' | 'socialWorkerId', { role: Role; label: string }> = {
  policeId: { role: 'police', label: '社区民警' },
  gridWorkerId: { role: 'grid_worker', label: '网格员' },
  socialWorkerId: { role: 'social_worker', label: '禁毒社工' },
};

export function createPersonService(deps: Deps) {
  const { repo, org, audit, cipher, clock, files } = deps;
  const duplicates = createDuplicateChecks({ repo, audit, clock, org });

  /** Reads what the search box holds: a full ID number, its last 4, a phone, pinyin, or a name. */
  function parseSearch(q: string | undefined): PersonSearch | undefined {
    const s = q?.trim();
    if (!s) return undefined;
    if (/^\d{17}[\dXx]$/.test(s))
      return { kind: 'idNumber', bidx: cipher.blindIndex('idNumber', s.toUpperCase()) };
    if (/^\d{3}[\dXx]$/.test(s)) return { kind: 'idLast4', last4: s.toUpperCase() };
    if (/^1[3-9]\d{9}$/.test(s)) return { kind: 'phone', bidx: cipher.blindIndex('phone', s) };
    if (looksLikePinyin(s)) return { kind: 'pinyin', prefix: s.toLowerCase().replace(/\s+/g, '') };
    return { kind: 'name', text: s };
  }

  /**
   * What the audit log keeps of a search (who searched what), never an ID number or phone number
   * in plaintext: a full ID number or phone as its blind index (the persons table's own, so an
   * auditor can tell whose it was), the last 4 of an ID as a keyed hash, and inside any other
   * term every run of 4 or more digits as a keyed hash. Names and pinyin are kept as typed.
   */
  function auditedSearch(s: PersonSearch): Record<string, string> {
    const keyed = (label: string, v: string) => cipher.blindIndex(label, v).toString('hex');
    switch (s.kind) {
      case 'idNumber':
      case 'phone':
        return { kind: s.kind, blindIndex: s.bidx.toString('hex') };
      case 'idLast4':
        return { kind: s.kind, hash: keyed('search.idLast4', s.last4) };
      case 'pinyin':
        return { kind: s.kind, text: s.prefix };
      case 'name':
        return {
          kind: s.kind,
          text: s.text.replace(/\d{4,}[Xx]?/g, (run) => `#${keyed('search.digits', run.toUpperCase())}`),
        };
    }
  }

  /**
   * Checks where a person is placed and who is on their team, against the actor's jurisdiction
   * (scoped at write time, so a record can never be filed outside the writer's subtree).
   */
  async function placement(actor: Actor, input: Partial<PersonCreateInput>, current?: PersonRow) {
    const orgUnitId = input.orgUnitId ?? current!.org_unit_id;
    const unit = await org.find(orgUnitId);
    if (!unit || !MANAGING_LEVELS.has(unit.level))
      throw invalid('orgUnitId', '管辖单位应为乡镇（街道）或其下的村（社区）、网格');
    if (!isWithin(unit.path, actor.orgPath)) throw invalid('orgUnitId', '所选管辖单位不在您的管辖范围内');
    const [, countyId, townshipId] = unit.path.split('/');
    const townshipPath = unit.path.split('/').slice(0, 3).join('/');

    let gridId = input.gridId !== undefined ? input.gridId : (current?.grid_id ?? null);
    if (unit.level === 'grid' && !gridId) gridId = unit.id;
    let scopePath = unit.path;
    if (gridId) {
      const grid = await org.find(gridId);
      if (!grid || grid.level !== 'grid') throw invalid('gridId', '所选网格不存在');
      if (!isWithin(grid.path, townshipPath)) throw invalid('gridId', '网格应属于管辖乡镇（街道）');
      if (unit.level === 'grid' && grid.id !== unit.id) throw invalid('gridId', '网格应与管辖单位一致');
      if (unit.level === 'village' && !isWithin(grid.path, unit.path))
        throw invalid('gridId', '网格应属于所选村（社区）');
      scopePath = grid.path;
    }

    for (const key of ['householdOrgUnitId', 'residenceOrgUnitId'] as const) {
      const id = input[key];
      if (id && !(await org.find(id))) throw invalid(key, '所选地区不存在');
    }

    const team: Partial<Record<keyof typeof TEAM_ROLES, string | null>> = {};
    const teamIds = (Object.keys(TEAM_ROLES) as (keyof typeof TEAM_ROLES)[]).filter((k) => input[k]);
    const staff = await repo.staffByIds(teamIds.map((k) => input[k]!));
    for (const key of teamIds) {
      const member = staff.find((s) => s.id === input[key]);
      const { role, label } = TEAM_ROLES[key];
      if (!member || member.role !== role) throw invalid(key, `所选人员不是${label}`);
      if (!isWithin(member.org_path, `${unit.path.split('/')[0]}/${countyId}`))
        throw invalid(key, `${label}应属于本县（区）`);
    }
    for (const key of Object.keys(TEAM_ROLES) as (keyof typeof TEAM_ROLES)[]) {
      if (input[key] !== undefined) team[key] = input[key] ?? null;
    }
    return { unit, countyId: countyId!, townshipId: townshipId!, gridId, scopePath, team };
  }

  /** Is the ID number on another file? Audited; named only when the actor may see that file. */
  async function checkIdNumber(actor: Actor, idNumber: string, on: 'create' | 'update', subjectId?: string) {
    const existingId = await repo.personWithIdNumber(cipher.blindIndex('idNumber', idNumber), subjectId);
    await duplicates.settle(actor, {
      field: 'idNumber',
      on,
      subjectId: subjectId ?? null,
      existingId,
      named: duplicateIdNumber,
    });
  }

  /**
   * Two concurrent writes of one ID number: the unique index decides, and the loser gets the
   * answer a check would have given it.
   */
  const onDuplicate =
    (actor: Actor, idNumber: string | undefined, on: 'create' | 'update', subjectId?: string) =>
    async (e: unknown): Promise<never> => {
      if (idNumber !== undefined && isIdNumberConflict(e))
        await checkIdNumber(actor, idNumber, on, subjectId);
      throw e;
    };

  /** 周岁 on today's business date (0 under a clock set before the birth). */
  function ageToday(birthDate: string): number {
    const today = businessDate(clock.now());
    return birthDate <= today ? ageOn(birthDate, today) : 0;
  }

  function toListItem(r: {
    id: string;
    name: string;
    gender: 'male' | 'female';
    birth_date: string;
    id_number_masked: string;
    phone_masked: string;
    org_unit_id: string;
    org_name: string;
    grid_id: string | null;
    grid_name: string | null;
    status: string;
    drug_types: string[];
    updated_at: Date;
  }): PersonListItem {
    return {
      id: r.id,
      name: r.name,
      gender: r.gender,
      // The one place a person's identity is put in an answer: the masked ID keeps its last 4,
      // so the birth date stays out (mask.ts); the age takes its place.
      age: ageToday(r.birth_date),
      idNumber: r.id_number_masked,
      phone: r.phone_masked,
      orgUnit: { id: r.org_unit_id, name: r.org_name },
      grid: r.grid_id ? { id: r.grid_id, name: r.grid_name ?? r.grid_id } : null,
      status: r.status as PersonListItem['status'],
      drugTypes: r.drug_types as PersonListItem['drugTypes'],
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }

  async function toDetail(p: PersonRow): Promise<PersonDetail> {
    const unitIds = [p.org_unit_id, p.grid_id, p.household_org_unit_id, p.residence_org_unit_id].filter(
      (x): x is string => !!x,
    );
    const [units, staff] = await Promise.all([
      org.findMany(unitIds),
      repo.staffByIds([p.police_id, p.grid_worker_id, p.social_worker_id].filter((x): x is string => !!x)),
    ]);
    const unitRef = (id: string | null) => {
      const u = id ? units.find((x) => x.id === id) : undefined;
      return u ? { id: u.id, name: u.name } : null;
    };
    const staffRef = (id: string | null) => {
      const s = id ? staff.find((x) => x.id === id) : undefined;
      return s ? { id: s.id, name: s.display_name } : null;
    };
    const orgUnit = units.find((u) => u.id === p.org_unit_id)!;
    const decryptMasked = (field: string, v: Buffer | null) =>
      v ? maskAddress(cipher.decrypt(field, v)) : null;
    return {
      ...toListItem({
        ...p,
        org_name: orgUnit.name,
        grid_name: p.grid_id ? (unitRef(p.grid_id)?.name ?? null) : null,
        updated_at: new Date(p.updated_at),
      }),
      householdOrgUnit: unitRef(p.household_org_unit_id),
      householdAddress: decryptMasked('householdAddress', p.household_address_enc),
      residenceOrgUnit: unitRef(p.residence_org_unit_id),
      residenceAddress: decryptMasked('residenceAddress', p.residence_address_enc),
      firstFoundDate: p.first_found_date,
      rehabEpisodes: p.rehab_episodes as RehabEpisode[],
      team: {
        police: staffRef(p.police_id),
        gridWorker: staffRef(p.grid_worker_id),
        socialWorker: staffRef(p.social_worker_id),
      },
      hasPhoto: p.photo_key !== null,
      orgPath: (await org.ancestors(orgUnit.path)).map((a) => ({ id: a.id, name: a.name })),
      createdAt: new Date(p.created_at).toISOString(),
    };
  }

  return {
    /**
     * The person's file, if the actor's jurisdiction covers it; for other modules, which check
     * their own permission first (a measure, a violation, the app account).
     */
    findScoped: (actor: Actor, id: string): Promise<PersonRow | undefined> => repo.findScoped(actor, id),

    /**
     * A duplicate check of another module (a phone at activation): audited, and answered by what
     * the caller may see (`duplicates.ts`). `actor` null: the person themself, from `ip`.
     */
    settleDuplicate: (actor: Actor | null, check: DuplicateCheck, ip?: string | null): Promise<void> =>
      duplicates.settle(actor, check, ip),

    /**
     * Who signs the agreement (条例 第十六条), unmasked, for the printed agreement: the caller has
     * checked the actor's scope and records the print in the audit log.
     */
    async agreementParty(id: string) {
      const p = await repo.findById(id);
      return {
        name: p.name,
        gender: p.gender,
        birthDate: p.birth_date,
        idNumber: cipher.decrypt('idNumber', p.id_number_enc),
        phone: cipher.decrypt('phone', p.phone_enc),
        residenceAddress: p.residence_address_enc
          ? cipher.decrypt('residenceAddress', p.residence_address_enc)
          : null,
      };
    },

    async list(actor: Actor, query: PersonListQuery): Promise<PersonList> {
      requirePermission(actor, 'person:read');
      let unitPath: string | undefined;
      if (query.orgUnitId) {
        const unit = await org.find(query.orgUnitId);
        if (!unit) return { items: [], total: 0 };
        unitPath = unit.path;
      }
      const search = parseSearch(query.q);
      const { items, total } = await repo.list(
        actor,
        { search, unitPath, status: query.status, drugType: query.drugType, gender: query.gender },
        query.page,
        query.pageSize,
      );
      // A search is aimed at someone (an ID, a phone, a name), and even one that finds nothing is
      // worth knowing of: each is audited, with its filters and how many it found. Browsing the
      // list without a term is not (it is the daily work list of one's own area, masked), which
      // keeps the busiest read free of an audit write.
      if (search) {
        await repo.transaction((_r, trx) =>
          audit.record(trx, {
            ...auditActor(actor),
            action: 'person.search',
            targetType: 'person',
            targetId: null,
            details: {
              search: auditedSearch(search),
              filters: {
                orgUnitId: query.orgUnitId,
                status: query.status,
                drugType: query.drugType,
                gender: query.gender,
              },
              page: query.page,
              total,
            },
          }),
        );
      }
      return { items: items.map(toListItem), total };
    },

    /** Opening a file is an audited view. */
    async detail(actor: Actor, id: string): Promise<PersonDetail> {
      requirePermission(actor, 'person:read');
      const person = await repo.transaction(async (r, trx) => {
        const p = await r.findScoped(actor, id);
        if (!p) throw notFound('人员档案');
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'person.view',
          targetType: 'person',
          targetId: id,
        });
        return p;
      });
      return toDetail(person);
    },

    async create(actor: Actor, input: PersonCreateInput): Promise<PersonDetail> {
      requirePermission(actor, 'person:create');
      const place = await placement(actor, input);
      await checkIdNumber(actor, input.idNumber, 'create');
      const now = clock.now();
      const row = await repo
        .transaction(async (r, trx) => {
          const inserted = await r.insert({
            ...(personColumns(cipher, input) as NewPerson),
            status: input.status ?? 'pending_report',
            org_unit_id: place.unit.id,
            grid_id: place.gridId,
            scope_path: place.scopePath,
            county_id: place.countyId,
            police_id: place.team.policeId ?? null,
            grid_worker_id: place.team.gridWorkerId ?? null,
            social_worker_id: place.team.socialWorkerId ?? null,
            created_at: now,
            updated_at: now,
            created_by: actor.id,
            updated_by: actor.id,
          });
          await audit.record(trx, {
            ...auditActor(actor),
            action: 'person.create',
            targetType: 'person',
            targetId: inserted.id,
            details: { orgUnitId: place.unit.id },
          });
          return inserted;
        })
        .catch(onDuplicate(actor, input.idNumber, 'create'));
      return toDetail(row);
    },

    async update(actor: Actor, id: string, patch: PersonUpdateInput): Promise<PersonDetail> {
      requirePermission(actor, 'person:update');
      const current = await repo.findScoped(actor, id);
      if (!current) throw notFound('人员档案');
      const place = await placement(actor, patch, current);
      if (patch.idNumber !== undefined) await checkIdNumber(actor, patch.idNumber, 'update', id);
      const fields = Object.keys(patch).filter((k) => patch[k as keyof PersonUpdateInput] !== undefined);
      const row = await repo
        .transaction(async (r, trx) => {
          const updated = await r.update(id, {
            ...personColumns(cipher, patch),
            org_unit_id: place.unit.id,
            grid_id: place.gridId,
            scope_path: place.scopePath,
            county_id: place.countyId,
            ...(place.team.policeId !== undefined && { police_id: place.team.policeId }),
            ...(place.team.gridWorkerId !== undefined && { grid_worker_id: place.team.gridWorkerId }),
            ...(place.team.socialWorkerId !== undefined && { social_worker_id: place.team.socialWorkerId }),
            updated_at: clock.now(),
            updated_by: actor.id,
          });
          // 禁毒法 第三十九条: gender and birth date come from the ID number; live measures' flags follow.
          await refreshExemptions(trx, updated, clock.now(), actor.id);
          // Which fields changed, never their values.
          await audit.record(trx, {
            ...auditActor(actor),
            action: 'person.update',
            targetType: 'person',
            targetId: id,
            details: { fields },
          });
          return updated;
        })
        .catch(onDuplicate(actor, patch.idNumber, 'update', id));
      return toDetail(row);
    },

    /** Shows one unmasked value: an explicit action with a reason, audited. */
    async reveal(actor: Actor, id: string, field: SensitiveField, reason: string): Promise<string | null> {
      requirePermission(actor, 'person:reveal');
      return repo.transaction(async (r, trx) => {
        const p = await r.findScoped(actor, id);
        if (!p) throw notFound('人员档案');
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'person.reveal',
          targetType: 'person',
          targetId: id,
          reason,
          details: { field },
        });
        const enc = {
          idNumber: p.id_number_enc,
          phone: p.phone_enc,
          householdAddress: p.household_address_enc,
          residenceAddress: p.residence_address_enc,
        }[field];
        return enc ? cipher.decrypt(field, enc) : null;
      });
    },

    async setPhoto(actor: Actor, id: string, bytes: Buffer): Promise<PersonDetail> {
      requirePermission(actor, 'person:update');
      if (!(await repo.findScoped(actor, id))) throw notFound('人员档案');
      const mime = await sniff(bytes, PHOTO_TYPES, PHOTO_MAX_BYTES);
      // Re-encoded: no EXIF or GPS of the camera is kept.
      const clean = await cleanImage(bytes, mime);
      const key = `photos/${id}`;
      await files.put(key, cipher.encrypt('photo', clean));
      const row = await repo.transaction(async (r, trx) => {
        const updated = await r.update(id, {
          photo_key: key,
          photo_type: mime,
          updated_at: clock.now(),
          updated_by: actor.id,
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'person.update',
          targetType: 'person',
          targetId: id,
          details: { fields: ['photo'] },
        });
        return updated;
      });
      return toDetail(row);
    },

    /** The photo is part of the file: the caller must have the person in scope; each view is audited. */
    async photo(actor: Actor, id: string): Promise<{ bytes: Buffer; type: string }> {
      requirePermission(actor, 'person:read');
      const p = await repo.findScoped(actor, id);
      if (!p?.photo_key || !p.photo_type) throw notFound('照片');
      const enc = await files.get(p.photo_key);
      if (!enc) throw notFound('照片');
      await repo.transaction((_r, trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'person.photo_view',
          targetType: 'person',
          targetId: id,
        }),
      );
      return { bytes: cipher.decryptBytes('photo', enc), type: p.photo_type };
    },

    async auditTrail(
      actor: Actor,
      id: string,
      page: number,
      pageSize: number,
    ): Promise<{ items: AuditEvent[]; total: number }> {
      requirePermission(actor, 'person:audit');
      if (!(await repo.findScoped(actor, id))) throw notFound('人员档案');
      const { items, total } = await repo.auditTrail(id, page, pageSize);
      return {
        total,
        items: items.map((e) => ({
          id: String(e.id),
          at: new Date(e.at).toISOString(),
          actorId: e.actor_id,
          actorName: e.actor_name,
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
          ip: e.ip,
          reason: e.reason,
          details: e.details,
        })),
      };
    },
  };
}
export type PersonService = ReturnType<typeof createPersonService>;

const duplicateIdNumber = () =>
  new DomainError('DUPLICATE_ID_NUMBER', '该身份证号已有档案，请勿重复建档', [
    { path: 'idNumber', message: '该身份证号已有档案' },
  ]);

function isIdNumberConflict(e: unknown): boolean {
  return (
    (e as { code?: string }).code === '23505' &&
    String((e as { constraint?: string }).constraint).includes('id_number')
  );
}
