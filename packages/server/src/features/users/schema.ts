import { z } from 'zod';
import { ROLES } from '../../access/access-table.ts';
import { PASSWORD_MAX } from '../auth/passwords.ts';

/** An email address, trimmed and lower-cased. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }));

/** A password as typed; strength is checked by passwordProblem() so the message can name the field. */
export const PasswordSchema = z.string().min(1, 'is required').max(PASSWORD_MAX);

/** A person's or clinic's display name. */
export const NameSchema = z.string().trim().min(1, 'is required').max(200);

/** A role of the access table. */
export const RoleSchema = z.enum(ROLES);

/** A staff account as the API shows it (never the password hash). */
export const UserReply = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  /** Whether the account has a confirmed TOTP second factor. */
  totp: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserReply = z.infer<typeof UserReply>;

/** PATCH /api/users/:id: change role and/or disable or enable, carrying the version read. */
export const UserPatchBody = z.strictObject({
  version: z.number().int().min(1),
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
});

/** POST /api/invites. */
export const InviteBody = z.strictObject({ email: EmailSchema, role: RoleSchema });

/** A pending invite as the owner sees it (never the token). */
export const InviteReply = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** The :id path parameter. */
export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });
