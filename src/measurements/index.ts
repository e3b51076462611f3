import TimelineIcon from '@mui/icons-material/Timeline';
import { MeasurementCreate } from './MeasurementCreate';
import { MeasurementEdit } from './MeasurementEdit';
import { MeasurementList } from './MeasurementList';
import type { Measurement } from '@/domain/types';

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (m: Measurement) => `${m.date} · ${m.value}`;

export default { list: MeasurementList, create: MeasurementCreate, edit: MeasurementEdit, icon: TimelineIcon, recordRepresentation };
