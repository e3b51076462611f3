import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface ChartTable {
  columns: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
}

/**
 * A chart with its text alternative: the drawing is hidden from screen readers, which get the
 * summary (the caption) and the figures themselves in a table that anyone can open.
 */
export const ChartFigure = ({ summary, table, children }: { summary: string; table: ChartTable | (() => ChartTable) | undefined; children: ReactNode }) => {
  const translate = useTranslate();
  // The table is built when opened: a portfolio of thousands of pilots stays light until then.
  // A table of thousands of rows may be given as a function, called when the table is opened.
  const [open, setOpen] = useState(false);
  const shown = open && table ? (typeof table === 'function' ? table() : table) : undefined;
  const hasRows = typeof table === 'function' || (table?.rows.length ?? 0) > 0;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box aria-hidden="true">{children}</Box>
      <Typography component="figcaption" variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
        {summary}
      </Typography>
      {hasRows && (
        <Box component="details" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)} sx={{ mt: 0.5, '& summary': { cursor: 'pointer', typography: 'body2', color: 'primary.main' } }}>
          <summary>{translate('app.dashboard.data_table')}</summary>
          {shown && <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
            <Table size="small" aria-label={summary}>
              <TableHead>
                <TableRow>
                  {shown.columns.map((column) => (
                    <TableCell key={column} component="th" scope="col">
                      {column}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.rows.map((row) => (
                  <TableRow key={row.key}>
                    {row.cells.map((cell, i) => (
                      <TableCell key={i}>{cell}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>}
        </Box>
      )}
    </Box>
  );
};
