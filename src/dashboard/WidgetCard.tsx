import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A dashboard widget: a titled region (named by its heading for screen readers), an optional help line and actions. */
export const WidgetCard = ({ id, title, help, actions, children }: { id: string; title: string; help?: string; actions?: ReactNode; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-labelledby={`${id}-title`} sx={{ height: '100%' }}>
    <CardContent>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Box>
          <Typography variant="h6" component="h2" id={`${id}-title`}>
            {title}
          </Typography>
          {help && (
            <Typography variant="body2" color="text.secondary">
              {help}
            </Typography>
          )}
        </Box>
        {actions}
      </Box>
      {children}
    </CardContent>
  </Card>
);
