import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { PilotCreate } from './PilotCreate';
import { PilotEdit } from './PilotEdit';
import { PilotList } from './PilotList';
import { PilotShow } from './PilotShow';

/** The one-page report, a page of its own (no menu) for printing. */
export { PilotReport } from './PilotReport';

export default { list: PilotList, show: PilotShow, edit: PilotEdit, create: PilotCreate, icon: RocketLaunchIcon, recordRepresentation: 'name' };
