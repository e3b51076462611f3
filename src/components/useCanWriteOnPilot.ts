import { useGetIdentity, usePermissions } from 'react-admin';
import { grantFor, type SecuredResource, type Verb } from '@/domain/permissions';
import type { Pilot, Role } from '@/domain/types';

/** Whether the signed-in user may `verb` records of `resource` that belong to `pilot` (the API decides for good). */
export function useCanWriteOnPilot(pilot: Pick<Pilot, 'ownerId'> | undefined, resource: SecuredResource, verb: Verb = 'create'): boolean {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  if (!permissions || !pilot) return false;
  const grant = grantFor(permissions, resource, verb);
  return grant === 'all' || (grant === 'own' && identity?.id === pilot.ownerId);
}
