export { buildApp, type AppOptions } from './app.ts';
export { loadConfig, type Config } from './config.ts';
export { AppError, type ErrorCode, type FieldIssue } from './errors.ts';
export { startServer, systemDeps, type RunningServer } from './start-server.ts';
export { openStore } from './store/open-store.ts';
export { openSqliteStore } from './store/sqlite/sqlite-store.ts';
export { openPostgresStore } from './store/postgres/postgres-store.ts';
export { latestSchemaVersion } from './store/migrations.ts';
export type { ClinicStore, Clinic, StoreDeps, DatabaseEngine } from './store/store.ts';
export { MYOMAP_VERSION } from './version.ts';
export {
  adminAddUser,
  adminDisableUser,
  adminListUsers,
  adminResetPassword,
  adminVerifyAudit,
} from './features/users/admin.ts';
export { ROLES, ACCESS_TABLE, type Role, type Action } from './access/access-table.ts';
