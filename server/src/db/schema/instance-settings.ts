/** Instance-wide settings the owner controls, one row per key (value is JSON text). */
export interface InstanceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}
