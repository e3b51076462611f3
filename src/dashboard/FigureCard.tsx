import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import RemoveIcon from '@mui/icons-material/Remove';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A headline figure: its value, how it changed since the previous quarter, and a link to the records behind it. */
export const FigureCard = ({ label, value, change, to, children }: { label: string; value: string; change?: { text: string; direction: number }; to?: string; children?: ReactNode }) => {
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary" component="h3">
        {label}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600, my: 0.5 }}>
        {value}
      </Typography>
      {change && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'text.secondary' }}>
          {change.direction > 0 ? <ArrowUpwardIcon fontSize="small" aria-hidden /> : change.direction < 0 ? <ArrowDownwardIcon fontSize="small" aria-hidden /> : <RemoveIcon fontSize="small" aria-hidden />}
          <Typography variant="body2">{change.text}</Typography>
        </Box>
      )}
      {children}
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
};
