import type { AuditTables } from '../platform/audit/tables.ts';
import type { AppointmentTables } from '../modules/appointments/tables.ts';
import type { AssistanceTables } from '../modules/assistance/tables.ts';
import type { AuthTables } from '../modules/auth/tables.ts';
import type { CalendarTables } from '../modules/calendar/tables.ts';
import type { CheckinTables } from '../modules/checkins/tables.ts';
import type { CounsellingTables } from '../modules/counselling/tables.ts';
import type { DrugTestTables } from '../modules/drugTests/tables.ts';
import type { LearningTables } from '../modules/learning/tables.ts';
import type { LeaveTables } from '../modules/leave/tables.ts';
import type { MeasureTables } from '../modules/measures/tables.ts';
import type { NotificationTables } from '../modules/notifications/tables.ts';
import type { OrgTables } from '../modules/org/tables.ts';
import type { PersonAuthTables } from '../modules/personAuth/tables.ts';
import type { PersonTables } from '../modules/persons/tables.ts';
import type { PolicyTables } from '../modules/policies/tables.ts';
import type { StaffTables } from '../modules/staff/tables.ts';
import type { SweepTables } from '../modules/sweep/tables.ts';
import type { TaskTables } from '../modules/tasks/tables.ts';
import type { UploadTables } from '../modules/uploads/tables.ts';
import type { ViolationTables } from '../modules/violations/tables.ts';

/** Row types of the tables, as Kysely sees them: each module keeps its own in `tables.ts`. Keep in step with db/migrations. */
export interface Database
  extends
    AppointmentTables,
    AssistanceTables,
    AuditTables,
    AuthTables,
    CalendarTables,
    CheckinTables,
    CounsellingTables,
    DrugTestTables,
    LearningTables,
    LeaveTables,
    MeasureTables,
    NotificationTables,
    OrgTables,
    PersonAuthTables,
    PersonTables,
    PolicyTables,
    StaffTables,
    SweepTables,
    TaskTables,
    UploadTables,
    ViolationTables {}
