import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocale } from 'react-admin';
import { formatShare } from '@/domain/format';

/** A share from 0 to 1 as a small bar with its percentage, or a dash when unknown. */
export const ShareBar = ({ value, label }: { value: number | null | undefined; label: string }) => {
  const locale = useLocale();
  if (value === null || value === undefined) return <Typography variant="body2" aria-label={label}>–</Typography>;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 110 }}>
      <LinearProgress variant="determinate" value={Math.round(value * 100)} aria-label={label} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
      <Typography variant="body2" sx={{ minWidth: 36, textAlign: 'right' }}>
        {formatShare(value, locale)}
      </Typography>
    </Box>
  );
};
