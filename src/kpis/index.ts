import InsightsIcon from '@mui/icons-material/Insights';
import { lazyView } from '@/layout/lazyView';

const KpiCreate = lazyView(() => import('./KpiCreate'), 'KpiCreate');
const KpiEdit = lazyView(() => import('./KpiEdit'), 'KpiEdit');
const KpiList = lazyView(() => import('./KpiList'), 'KpiList');

export default { list: KpiList, create: KpiCreate, edit: KpiEdit, icon: InsightsIcon, recordRepresentation: 'name' };
