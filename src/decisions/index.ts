import GavelIcon from '@mui/icons-material/Gavel';
import { lazyView } from '@/layout/lazyView';
import type { Decision } from '@/domain/types';

const DecisionCreate = lazyView(() => import('./DecisionCreate'), 'DecisionCreate');
const DecisionList = lazyView(() => import('./DecisionList'), 'DecisionList');
const DecisionShow = lazyView(() => import('./DecisionShow'), 'DecisionShow');

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (d: Decision) => `${d.decision} · ${d.date}`;

export default { list: DecisionList, show: DecisionShow, create: DecisionCreate, icon: GavelIcon, recordRepresentation };
