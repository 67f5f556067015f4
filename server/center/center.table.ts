import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../db/columns.ts';
import type { OpeningHours } from '@shared/center/center.schema.ts';

export const centers = pgTable('center', {
  id: idColumn(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  address: text('address').notNull(),
  addressEn: text('address_en').notNull(),
  phone: text('phone').notNull(),
  timeZone: text('time_zone').notNull(),
  bays: integer('bays').notNull(),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
  createdAt: createdAtColumn(),
});

export const serviceTypes = pgTable('service_type', {
  id: idColumn(),
  centerId: uuid('center_id')
    .notNull()
    .references(() => centers.id),
  code: text('code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  priceFromFen: integer('price_from_fen').notNull(),
});
