import TimelineIcon from '@mui/icons-material/Timeline';
import { MeasurementCreate } from './MeasurementCreate';
import { MeasurementEdit } from './MeasurementEdit';
import { MeasurementList } from './MeasurementList';

export default { list: MeasurementList, create: MeasurementCreate, edit: MeasurementEdit, icon: TimelineIcon };
