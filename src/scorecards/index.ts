import AssessmentIcon from '@mui/icons-material/Assessment';
import { ScorecardList } from './ScorecardList';

export default { list: ScorecardList, icon: AssessmentIcon };
