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
export const ChartFigure = ({ summary, table, children }: { summary: string; table: ChartTable; children: ReactNode }) => {
  const translate = useTranslate();
  // The table is built when opened: a portfolio of thousands of pilots stays light until then.
  const [open, setOpen] = useState(false);
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box aria-hidden="true">{children}</Box>
      <Typography component="figcaption" variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
        {summary}
      </Typography>
      {table.rows.length > 0 && (
        <Box component="details" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)} sx={{ mt: 0.5, '& summary': { cursor: 'pointer', typography: 'body2', color: 'primary.main' } }}>
          <summary>{translate('app.dashboard.data_table')}</summary>
          {open && <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
            <Table size="small" aria-label={summary}>
              <TableHead>
                <TableRow>
                  {table.columns.map((column) => (
                    <TableCell key={column} component="th" scope="col">
                      {column}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {table.rows.map((row) => (
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
