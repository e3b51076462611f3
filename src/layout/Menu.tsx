import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useTranslate, usePermissions } from 'react-admin';
import { canAccess } from '@/domain/permissions';
import type { Role } from '@/domain/types';

/** The menu, grouped by purpose; a group shows only when the role may open one of its items. */
const GROUPS: { label: string; resources: string[] }[] = [
  { label: 'app.menu.pilots', resources: ['pilots', 'kpis', 'measurements'] },
  { label: 'app.menu.people', resources: ['trainings', 'feedback'] },
  { label: 'app.menu.decisions', resources: ['scorecards', 'decisions'] },
  { label: 'app.menu.administration', resources: ['users', 'tokens', 'audit'] },
];

const visibleIn = (role: Role, resource: string) => canAccess({ id: 0, role }, resource, 'list');

export const Menu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { permissions } = usePermissions<Role>();
  if (!permissions) return <RaMenu />;
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText={translate('app.dashboard.title')} />
      <RaMenu.Item to="/compare" primaryText={translate('app.compare.title')} leftIcon={<CompareArrowsIcon />} />
      {GROUPS.filter((group) => group.resources.some((r) => visibleIn(permissions, r))).map((group) => [
        open ? (
          <ListSubheader key={group.label} component="div" sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
            {translate(group.label)}
          </ListSubheader>
        ) : null,
        ...group.resources.map((resource) => <RaMenu.ResourceItem key={resource} name={resource} />),
      ])}
    </RaMenu>
  );
};
