import SchoolIcon from '@mui/icons-material/School';
import { lazyView } from '@/layout/lazyView';

const TrainingCreate = lazyView(() => import('./TrainingCreate'), 'TrainingCreate');
const TrainingEdit = lazyView(() => import('./TrainingEdit'), 'TrainingEdit');
const TrainingList = lazyView(() => import('./TrainingList'), 'TrainingList');

export default { list: TrainingList, create: TrainingCreate, edit: TrainingEdit, icon: SchoolIcon, recordRepresentation: 'title' };
