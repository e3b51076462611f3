import { Box, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { LocalesMenuButton, useDataProvider, useTranslate } from 'react-admin';
import { CHIP_BACKGROUNDS, onChipBackground } from '@/components/chipColours';
import { FigurePending } from '@/components/FigurePending';
import type { OpenApiDocument, PilotTrackerDataProvider } from '@/providers/dataProvider';

const METHOD_COLOURS: Record<string, string> = { get: CHIP_BACKGROUNDS.blue, post: CHIP_BACKGROUNDS.green, put: CHIP_BACKGROUNDS.amber, patch: CHIP_BACKGROUNDS.amber, delete: CHIP_BACKGROUNDS.red };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the API grouped by tag, from its OpenAPI description: for integrators, no sign-in. */
export const ApiReferencePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const { data, error } = useQuery({ queryKey: ['openapi'], queryFn: () => dataProvider.getOpenApi() });
  const operations = data
    ? Object.entries(data.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => HTTP_METHODS.includes(method))
          .map(([method, operation]) => ({ path, method, operation })),
      )
    : [];
  const tags = [...new Set(operations.map((o) => o.operation.tags?.[0] ?? 'other'))];
  const parameterName = (p: NonNullable<OpenApiDocument['paths'][string][string]['parameters']>[number]) => p.name ?? p.$ref?.split('/').at(-1) ?? '';
  return (
    <Box component="main" sx={{ maxWidth: 1100, mx: 'auto', p: { xs: 1, sm: 3 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {translate('app.api_reference.title')}
        </Typography>
        <LocalesMenuButton />
      </Box>
      <Typography sx={{ my: 1 }}>
        {translate('app.api_reference.intro')} <Link href="/api/openapi.json">openapi.json</Link>
      </Typography>
      {!data ? (
        <FigurePending error={error} height={300} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">{`${data.info.title} ${data.info.version} — ${data.info.description ?? ''}`}</Typography>
          {tags.map((tag) => (
            <Box component="section" key={tag} aria-labelledby={`tag-${tag}`} sx={{ mt: 3 }}>
              <Typography id={`tag-${tag}`} variant="h5" component="h2" gutterBottom>
                {tag}
              </Typography>
              <Table size="small" aria-labelledby={`tag-${tag}`}>
                <TableHead>
                  <TableRow>
                    {['call', 'summary', 'parameters', 'answers'].map((column) => (
                      <TableCell key={column}>{translate(`app.api_reference.column.${column}`)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {operations
                    .filter((o) => (o.operation.tags?.[0] ?? 'other') === tag)
                    .map(({ path, method, operation }) => (
                      <TableRow key={`${method} ${path}`}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <Chip size="small" label={method.toUpperCase()} sx={{ mr: 1, ...onChipBackground(METHOD_COLOURS[method] ?? CHIP_BACKGROUNDS.grey) }} />
                          <code>{path}</code>
                        </TableCell>
                        <TableCell>{operation.summary}</TableCell>
                        <TableCell>
                          {[...(operation.parameters ?? []).map(parameterName), ...Object.keys(operation.requestBody?.content ?? {}).map((type) => `body: ${type}`)].join(', ') || '–'}
                        </TableCell>
                        <TableCell>{Object.keys(operation.responses).join(', ')}</TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              </Table>
            </Box>
          ))}
        </>
      )}
    </Box>
  );
};
