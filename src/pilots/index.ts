import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { PilotCreate } from './PilotCreate';
import { PilotEdit } from './PilotEdit';
import { PilotList } from './PilotList';
import { PilotShow } from './PilotShow';

export default { list: PilotList, show: PilotShow, edit: PilotEdit, create: PilotCreate, icon: RocketLaunchIcon, recordRepresentation: 'name' };
