import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyView } from '@/layout/lazyView';

const ScorecardList = lazyView(() => import('./ScorecardList'), 'ScorecardList');

export default { list: ScorecardList, icon: AssessmentIcon };
