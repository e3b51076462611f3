import TimelineIcon from '@mui/icons-material/Timeline';
import { lazyView } from '@/layout/lazyView';
import type { Measurement } from '@/domain/types';

const MeasurementCreate = lazyView(() => import('./MeasurementCreate'), 'MeasurementCreate');
const MeasurementEdit = lazyView(() => import('./MeasurementEdit'), 'MeasurementEdit');
const MeasurementList = lazyView(() => import('./MeasurementList'), 'MeasurementList');

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (m: Measurement) => `${m.date} · ${m.value}`;

export default { list: MeasurementList, create: MeasurementCreate, edit: MeasurementEdit, icon: TimelineIcon, recordRepresentation };
