import ForumIcon from '@mui/icons-material/Forum';
import { lazyView } from '@/layout/lazyView';
import type { Feedback } from '@/domain/types';

const FeedbackCreate = lazyView(() => import('./FeedbackCreate'), 'FeedbackCreate');
const FeedbackEdit = lazyView(() => import('./FeedbackEdit'), 'FeedbackEdit');
const FeedbackList = lazyView(() => import('./FeedbackList'), 'FeedbackList');

/** How a record is named where it is referred to (the activity screen, the conflict dialog). */
const recordRepresentation = (f: Feedback) => `${f.stakeholder} · ${f.date}`;

export default { list: FeedbackList, create: FeedbackCreate, edit: FeedbackEdit, icon: ForumIcon, recordRepresentation };
