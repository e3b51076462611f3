import InsightsIcon from '@mui/icons-material/Insights';
import { KpiCreate } from './KpiCreate';
import { KpiEdit } from './KpiEdit';
import { KpiList } from './KpiList';

export default { list: KpiList, create: KpiCreate, edit: KpiEdit, icon: InsightsIcon, recordRepresentation: 'name' };
