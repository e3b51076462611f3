import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { lazyView } from '@/layout/lazyView';

const PilotCreate = lazyView(() => import('./PilotCreate'), 'PilotCreate');
const PilotEdit = lazyView(() => import('./PilotEdit'), 'PilotEdit');
const PilotList = lazyView(() => import('./PilotList'), 'PilotList');
const PilotShow = lazyView(() => import('./PilotShow'), 'PilotShow');

export default { list: PilotList, show: PilotShow, edit: PilotEdit, create: PilotCreate, icon: RocketLaunchIcon, recordRepresentation: 'name' };
