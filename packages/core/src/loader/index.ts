/**
 * Entry of the built loader scripts. The build defines the widget map (chunk
 * files with content hashes) and, for a single-widget loader, which widget
 * renders after the script tag when the page has no placement for it.
 */
import { type LoaderWidgets, startLoader } from './start-loader.ts';

declare const __RETAINER_WIDGETS__: LoaderWidgets;
declare const __RETAINER_INLINE__: string | undefined;

startLoader(__RETAINER_WIDGETS__, __RETAINER_INLINE__);
