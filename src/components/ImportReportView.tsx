import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport, ImportableResource } from '@/domain/imports';

const SHOWN_ERRORS = 50;

/** What a dry run (or a refused import) found: the counts, each problem by line, the first rows. */
export const ImportReportView = ({ resource, report }: { resource: ImportableResource; report: ImportReport }) => {
  const translate = useTranslate();
  const fields = [...new Set(report.preview.flatMap((p) => Object.keys(p.record)))].filter((f) => f !== 'version' && f !== 'id').slice(0, 7);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Alert severity={report.errors.length ? 'error' : 'success'} role="status">
        {translate('app.import.counts', { total: report.total, create: report.create, update: report.update, unchanged: report.unchanged, errors: report.errors.length })}
      </Alert>
      {report.errors.length > 0 && (
        <Table size="small" aria-label={translate('app.import.errors_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.import.line')}</TableCell>
              <TableCell>{translate('app.import.field')}</TableCell>
              <TableCell>{translate('app.import.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
              <TableRow key={`${error.row}-${error.field}-${i}`}>
                <TableCell>{error.row}</TableCell>
                <TableCell>{error.field}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {report.errors.length > SHOWN_ERRORS && <Typography variant="caption">{translate('app.import.more_errors', { count: report.errors.length - SHOWN_ERRORS })}</Typography>}
      {report.preview.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('app.import.preview_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.import.line')}</TableCell>
                <TableCell>{translate('app.import.action')}</TableCell>
                {fields.map((field) => (
                  <TableCell key={field}>{translate(`resources.${resource}.fields.${field}`, { _: field })}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.preview.map((row) => (
                <TableRow key={row.row}>
                  <TableCell>{row.row}</TableCell>
                  <TableCell>{translate(`app.import.actions.${row.action}`)}</TableCell>
                  {fields.map((field) => (
                    <TableCell key={field}>{String(row.record[field] ?? '')}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
