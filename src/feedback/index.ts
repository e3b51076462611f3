import ForumIcon from '@mui/icons-material/Forum';
import { FeedbackCreate } from './FeedbackCreate';
import { FeedbackEdit } from './FeedbackEdit';
import { FeedbackList } from './FeedbackList';
import type { Feedback } from '@/domain/types';

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (f: Feedback) => `${f.stakeholder} · ${f.date}`;

export default { list: FeedbackList, create: FeedbackCreate, edit: FeedbackEdit, icon: ForumIcon, recordRepresentation };
