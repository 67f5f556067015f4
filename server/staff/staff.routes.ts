import { Hono } from 'hono';
import * as v from 'valibot';
import { IdParamSchema } from '@shared/ids.ts';
import {
  CreateCustomerSchema,
  CustomerCardSchema,
  CustomerSearchQuerySchema,
  TeamMemberSchema,
} from '@shared/staff/staff.schema.ts';
import { requireAction } from '../auth/auth.middleware.ts';
import { createCustomer, findCenterCustomerByPhone } from '../customers/customer.service.ts';
import { doc } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body, param, query } from '../http/validate.ts';
import { customerCard, findCenterCustomer, listTeam, searchCustomers } from './staff.service.ts';

export const staffRoutes = new Hono<AppEnv>()
  .get(
    '/customers',
    requireAction('customers.read'),
    doc({
      summary: 'Find customers by phone, plate or name',
      tags: ['staff'],
      response: v.array(CustomerCardSchema),
      access: 'staff',
    }),
    query(CustomerSearchQuerySchema),
    async (c) => c.json(await searchCustomers(c.var.db, c.var.staff.centerId, c.req.valid('query').q)),
  )
  .get(
    '/customers/:id',
    requireAction('customers.read'),
    doc({ summary: 'A customer with their vehicles', tags: ['staff'], response: CustomerCardSchema, access: 'staff' }),
    param(IdParamSchema),
    async (c) => {
      const customer = await findCenterCustomer(c.var.db, c.var.staff.centerId, c.req.valid('param').id);
      if (!customer) throw new AppError('not_found');
      return c.json(await customerCard(c.var.db, customer));
    },
  )
  .post(
    '/customers',
    requireAction('customers.create'),
    doc({
      summary: 'Register a customer',
      tags: ['staff'],
      response: CustomerCardSchema,
      access: 'staff',
      status: 201,
    }),
    body(CreateCustomerSchema),
    async (c) => {
      const input = c.req.valid('json');
      // Only this center's own customers conflict: a phone known to another center gets the same
      // answer as an unknown one (its own record here), so the answer reveals nothing about elsewhere.
      if (await findCenterCustomerByPhone(c.var.db, c.var.staff.centerId, input.phone))
        throw new AppError('conflict', 'This phone number is already registered.');
      const customer = await c.var.db.transaction((tx) =>
        createCustomer(tx, { ...input, centerId: c.var.staff.centerId }),
      );
      return c.json(await customerCard(c.var.db, customer), 201);
    },
  )
  .get(
    '/team',
    requireAction('team.read'),
    doc({
      summary: 'The center’s staff (manager only)',
      tags: ['staff'],
      response: v.array(TeamMemberSchema),
      access: 'staff',
    }),
    async (c) => c.json(await listTeam(c.var.db, c.var.staff.centerId)),
  );
