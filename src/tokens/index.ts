import KeyIcon from '@mui/icons-material/Key';
import { lazyView } from '@/layout/lazyView';

const TokenCreate = lazyView(() => import('./TokenCreate'), 'TokenCreate');
const TokenList = lazyView(() => import('./TokenList'), 'TokenList');

export default { list: TokenList, create: TokenCreate, icon: KeyIcon, recordRepresentation: 'name' };
