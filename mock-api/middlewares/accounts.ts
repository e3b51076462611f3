/**
 * Takes the `password` of an account out of the body before anything stores it: required for a
 * new account, a reset for an existing one; hashed here, stored with the account by the
 * persistence step. Never stored or echoed in clear.
 */
import type { RequestHandler } from 'express';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { contextOf, targetOf } from '../context';

export const takePassword: RequestHandler = (req, res, next) => {
  const { resource, existing } = targetOf(res);
  if (resource !== 'users' || !['POST', 'PUT', 'PATCH'].includes(req.method)) return next();
  const body = req.body as Record<string, unknown>;
  const password = body.password;
  delete body.password;
  if (password === undefined && existing) return next();
  const problem = password === undefined ? 'Required' : passwordProblem(password);
  if (problem) {
    // Reported with the other fields' errors by the validation step.
    contextOf(res).fieldErrors = { password: problem };
    return next();
  }
  hashPassword(password as string).then(
    (hash) => {
      contextOf(res).passwordHash = hash;
      next();
    },
    next,
  );
};
