import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderDashboard } from '../../test-support/render-dashboard.tsx';
import { apiUrl, server } from '../../test-support/server.ts';

const intakeScript =
  '<script async src="https://retainer.harborvale.example/w/intake.js" data-site="harbor-vale"></script>';

function serveSnippets() {
  server.use(
    http.get(apiUrl('sites/harbor-vale/snippets'), () =>
      HttpResponse.json({
        collectorUrl: 'https://retainer.harborvale.example',
        widgets: [
          { name: 'intake', element: '<retainer-intake></retainer-intake>', script: intakeScript, available: true },
          {
            name: 'directory',
            element: '<retainer-directory></retainer-directory>',
            script:
              '<script async src="https://retainer.harborvale.example/w/directory.js" data-site="harbor-vale"></script>',
            available: false,
          },
        ],
        loader:
          '<script async src="https://retainer.harborvale.example/w/retainer.js" data-site="harbor-vale"></script>',
      }),
    ),
  );
}

describe('snippets', () => {
  it('shows the exact snippet, copies it and says so', async () => {
    serveSnippets();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDashboard('/dashboard/snippets?site=harbor-vale');

    const section = await screen.findByRole('region', { name: 'Intake form' });
    const code = `<retainer-intake></retainer-intake>\n${intakeScript}`;
    expect(section.querySelector('pre')?.textContent).toBe(code);
    fireEvent.click(within(section).getByRole('button', { name: 'Copy the Intake form snippet' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(code));
    expect(await within(section).findByText('Copied')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status', { hidden: true }).textContent).toBe('Copied'));

    const coming = screen.getByRole('region', { name: 'Coming soon' });
    expect(coming.textContent).toContain('Lawyer directory');
    expect(within(coming).queryByRole('button')).toBeNull();
  });

  it('previews the real widget with a created script element, not inline code', async () => {
    serveSnippets();
    renderDashboard('/dashboard/snippets');
    const preview = await screen.findByRole('region', { name: 'Live preview' });
    const widget = await waitFor(() => {
      const found = preview.querySelector('retainer-intake');
      if (!found) throw new Error('no widget yet');
      return found;
    });
    expect(widget.getAttribute('data-site')).toBe('harbor-vale');
    const script = preview.querySelector('script');
    expect(script?.getAttribute('src')).toBe('http://localhost:3000/w/intake.js');
    expect(script?.dataset.site).toBe('harbor-vale');
    expect(script?.textContent).toBe('');
  });

  // Issue 14, defects 7 and 8: the one-script advice keeps the FAQ bubble and names every CSP directive.
  it('shows the one script with the FAQ bubble, the elements to keep and the CSP line with img-src', async () => {
    serveSnippets();
    renderDashboard('/dashboard/snippets?site=harbor-vale');
    const loader = await screen.findByRole('region', { name: 'All widgets with one script' });
    const blocks = Array.from(loader.querySelectorAll('pre'), (pre) => pre.textContent);
    expect(blocks).toEqual([
      '<script async src="https://retainer.harborvale.example/w/retainer.js" data-site="harbor-vale"></script>',
      '<retainer-intake></retainer-intake>',
    ]);
    expect(loader.textContent).toContain('data-faq="bubble"');
    const csp = screen.getByRole('region', { name: 'Content-Security-Policy' });
    expect(csp.querySelector('pre')?.textContent).toBe(
      'script-src https://retainer.harborvale.example; connect-src https://retainer.harborvale.example; img-src https://retainer.harborvale.example',
    );
    expect(csp.textContent).toContain('photos');
  });
});
