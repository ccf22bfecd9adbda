// A policy's text: Markdown written by policy managers, rendered by react-markdown into React
// elements. Raw HTML in the text is shown as text, never parsed, and unsafe link schemes
// (javascript:…) are dropped by the library's default URL transform. Never dangerouslySetInnerHTML.
import { Box, Typography } from '@mantine/core';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

export function PolicyBody({ body, testId = 'policy-body' }: { body: string; testId?: string }) {
  return (
    <Typography>
      <Box data-testid={testId} fz="sm" lh={1.65} style={{ overflowWrap: 'anywhere' }}>
        <Markdown remarkPlugins={[remarkGfm]} skipHtml={false}>
          {body}
        </Markdown>
      </Box>
    </Typography>
  );
}
