// Re-exports every feature's tables for Drizzle (queries with relations) and drizzle-kit (migrations).
export * from '../auth/auth.table.ts';
export * from '../center/center.table.ts';
export * from '../customers/customer.table.ts';
export * from '../staff/staff.table.ts';
export * from '../sync/sync.table.ts';
export * from '../vehicles/vehicle.table.ts';
export * from '../health-record/finding.table.ts';
export * from '../health-record/visit.table.ts';
export * from '../health-record/share-link.table.ts';
export * from '../media/media.table.ts';
export * from '../notifications/notification.table.ts';
export * from '../booking/booking.table.ts';
export * from '../quotes/quote.table.ts';
export * from '../timeline/timeline.table.ts';
