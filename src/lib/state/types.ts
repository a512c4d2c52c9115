// Types the screens need from storage, passed through the state layer so screens never import storage.
export type { Backup, BackupPreview, RestoreMode } from '$lib/storage/backup';
export type { StorageStatus } from '$lib/storage/persistence';
export type { ReminderCapabilities } from '$lib/reminders/capabilities';
