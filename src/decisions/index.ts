import GavelIcon from '@mui/icons-material/Gavel';
import { DecisionCreate } from './DecisionCreate';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';
import type { Decision } from '@/domain/types';

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (d: Decision) => `${d.decision} · ${d.date}`;

export default { list: DecisionList, show: DecisionShow, create: DecisionCreate, icon: GavelIcon, recordRepresentation };
