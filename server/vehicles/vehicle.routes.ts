import { Hono } from 'hono';
import { IdParamSchema } from '@shared/ids.ts';
import { CreateVehicleSchema, VehicleListSchema, VehicleSchema } from '@shared/vehicles/vehicle.schema.ts';
import { requireAction, requireCustomer } from '../auth/auth.middleware.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body, param } from '../http/validate.ts';
import { findCenterCustomer } from '../staff/staff.service.ts';
import { createVehicle, findOwnedVehicle, listVehicles } from './vehicle.service.ts';

export const vehicleRoutes = new Hono<AppEnv>()
  .get(
    '/',
    requireCustomer,
    doc({ summary: "The customer's vehicles", tags: ['vehicles'], response: VehicleListSchema, access: 'customer' }),
    async (c) =>
      c.json(await c.var.deps.reads.get(c.var.customerId, 'vehicles', () => listVehicles(c.var.db, c.var.customerId))),
  )
  .get(
    '/:id',
    requireCustomer,
    doc({ summary: 'One of the customer’s vehicles', tags: ['vehicles'], response: VehicleSchema, access: 'customer' }),
    param(IdParamSchema),
    async (c) => {
      const vehicle = await findOwnedVehicle(c.var.db, c.var.customerId, c.req.valid('param').id);
      if (!vehicle) throw new AppError('not_found');
      return c.json(vehicle);
    },
  );

export const staffVehicleRoutes = new Hono<AppEnv>().post(
  '/',
  requireAction('vehicles.create'),
  doc({
    summary: 'Register a customer’s vehicle',
    tags: ['staff'],
    response: VehicleSchema,
    access: 'staff',
    status: 201,
  }),
  body(CreateVehicleSchema),
  async (c) => {
    const input = c.req.valid('json');
    if (!(await findCenterCustomer(c.var.db, c.var.staff.centerId, input.customerId)))
      throw new AppError('not_found', 'No such customer.');
    try {
      return c.json(await c.var.db.transaction((tx) => createVehicle(tx, input)), 201);
    } catch (e) {
      if (String((e as { cause?: { code?: string } })?.cause?.code ?? (e as { code?: string }).code) === '23505') {
        throw new AppError('conflict', 'A vehicle with this plate or VIN is already registered.');
      }
      throw e;
    }
  },
);
