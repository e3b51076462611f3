import KeyIcon from '@mui/icons-material/Key';
import { TokenCreate } from './TokenCreate';
import { TokenList } from './TokenList';

export default { list: TokenList, create: TokenCreate, icon: KeyIcon, recordRepresentation: 'name' };
