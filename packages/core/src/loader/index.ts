/**
 * Entry of the built loader scripts. The build defines the widget map (chunk
 * files with content hashes) and, for a single-widget loader, which widget
 * renders after the script tag when the page has no placement for it (or, for a floating widget, which
 * gets a launcher bubble in a corner instead).
 */
import { watchSurvey } from '../commands/survey-trigger.ts';
import { bubbleFor } from './float-bubble.ts';
import { afterScript, type LoaderWidgets, startLoader } from './start-loader.ts';

declare const __RETAINER_WIDGETS__: LoaderWidgets;
declare const __RETAINER_INLINE__: string | undefined;
/**
 * The floating widget whose bubble this loader can place: `'faq'` in `faq.js` and in `retainer.js` (there only
 * with `data-faq="bubble"` on the script tag); empty in the others, which drop the bubble code entirely.
 */
declare const __RETAINER_FLOAT__: string;
/** True in the loaders that carry the survey (`survey.js`, `retainer.js`): the others drop its link watcher. */
declare const __RETAINER_SURVEY__: boolean;

// What this loader places by itself: a floating widget's bubble (its own loader: whenever the page has no placement),
// or its widget after its script tag; neither in survey.js. Each is a function, so the other loaders drop its code.
startLoader(
  __RETAINER_WIDGETS__,
  __RETAINER_FLOAT__
    ? bubbleFor(__RETAINER_FLOAT__, __RETAINER_INLINE__ === __RETAINER_FLOAT__)
    : __RETAINER_INLINE__
      ? afterScript(__RETAINER_INLINE__)
      : undefined,
  __RETAINER_SURVEY__ ? watchSurvey : undefined,
);
