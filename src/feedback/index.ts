import ForumIcon from '@mui/icons-material/Forum';
import { FeedbackCreate } from './FeedbackCreate';
import { FeedbackEdit } from './FeedbackEdit';
import { FeedbackList } from './FeedbackList';

export default { list: FeedbackList, create: FeedbackCreate, edit: FeedbackEdit, icon: ForumIcon };
