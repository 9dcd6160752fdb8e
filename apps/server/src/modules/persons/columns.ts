import type { PersonCreateInput } from '@taobo/contracts';
import { maskIdNumber, maskPhone, nameSearchKeys, parseIdNumber } from '@taobo/domain';
import type { NewPerson } from './tables.ts';
import type { FieldCipher } from '../../platform/crypto.ts';

/** The columns a set of input fields turns into: derived keys, ciphertexts, blind indexes, masks. */
export function personColumns(cipher: FieldCipher, input: Partial<PersonCreateInput>): Partial<NewPerson> {
  const out: Partial<NewPerson> = {};
  if (input.name !== undefined) {
    const keys = nameSearchKeys(input.name);
    Object.assign(out, { name: input.name, name_pinyin: keys.full, name_initials: keys.initials });
  }
  if (input.idNumber !== undefined) {
    const id = parseIdNumber(input.idNumber);
    Object.assign(out, {
      id_number_enc: cipher.encrypt('idNumber', input.idNumber),
      id_number_bidx: cipher.blindIndex('idNumber', input.idNumber),
      id_number_masked: maskIdNumber(input.idNumber),
      id_last4: input.idNumber.slice(-4),
      gender: id.gender,
      birth_date: id.birthDate,
    });
  }
  if (input.phone !== undefined) {
    Object.assign(out, {
      phone_enc: cipher.encrypt('phone', input.phone),
      phone_bidx: cipher.blindIndex('phone', input.phone),
      phone_masked: maskPhone(input.phone),
    });
  }
  for (const [key, column] of [
    ['householdAddress', 'household_address_enc'],
    ['residenceAddress', 'residence_address_enc'],
  ] as const) {
    const v = input[key];
    if (v !== undefined) out[column] = v ? cipher.encrypt(key, v) : null;
  }
  if (input.householdOrgUnitId !== undefined) out.household_org_unit_id = input.householdOrgUnitId ?? null;
  if (input.residenceOrgUnitId !== undefined) out.residence_org_unit_id = input.residenceOrgUnitId ?? null;
  if (input.drugTypes !== undefined) out.drug_types = input.drugTypes;
  if (input.firstFoundDate !== undefined) out.first_found_date = input.firstFoundDate ?? null;
  if (input.rehabEpisodes !== undefined) out.rehab_episodes = JSON.stringify(input.rehabEpisodes);
  if (input.status !== undefined) out.status = input.status;
  return out;
}
