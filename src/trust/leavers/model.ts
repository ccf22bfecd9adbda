// What a leaver holds, as the API and the web app show it (no I/O here).
import { z } from 'zod';
import { idTextSchema } from '../../core/ids';
import { REASSIGN_ROLES, REASSIGN_STATUSES, reassignmentSchema } from '../model';

export const reassignmentQuerySchema = z.object({
  status: z.enum(REASSIGN_STATUSES).optional(),
  personId: idTextSchema.optional(),
  unitId: idTextSchema.optional(),
});
export type ReassignmentQuery = z.infer<typeof reassignmentQuerySchema>;

export const leaverSchema = z.object({
  person: z.object({
    id: z.number().int(),
    name: z.string(),
    status: z.string(),
    leftOn: z.string().nullable(),
  }),
  /** Presences the person owns, deputises, holds the credentials of, or whose secrets they last wrote. */
  presences: z.array(
    z.object({
      id: z.number().int(),
      presence: z.string(),
      platform: z.string(),
      unitId: z.number().int().nullable(),
      unit: z.string().nullable(),
      roles: z.array(z.enum(REASSIGN_ROLES)),
    }),
  ),
  reassignments: z.array(reassignmentSchema),
});
export type Leaver = z.infer<typeof leaverSchema>;
