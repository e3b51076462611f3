import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/** What an empty list says: nothing here yet, and how to add the first one (for those who may). */
export const EmptyList = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', my: 6 }}>
      <InboxIcon sx={{ fontSize: 64, color: 'text.secondary' }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate(`app.empty.${resource}`, { _: translate('ra.page.empty', { name: resource }) })}
      </Typography>
      {canAccess && <CreateButton variant="contained" label={`app.empty.${resource}_action`} />}
    </Box>
  );
};
