import SchoolIcon from '@mui/icons-material/School';
import { TrainingCreate } from './TrainingCreate';
import { TrainingEdit } from './TrainingEdit';
import { TrainingList } from './TrainingList';

export default { list: TrainingList, create: TrainingCreate, edit: TrainingEdit, icon: SchoolIcon, recordRepresentation: 'title' };
