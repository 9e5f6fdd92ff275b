// Reads an HTML document the way the content script reads a page: happy-dom builds the DOM
// (scripts are never run, nothing is fetched) and lib/dom/extract-text.ts reads it, so the CLI
// and the extension see the same text.
import { Window } from 'happy-dom';
import { extractText } from '../dom/extract-text';

/**
 * @return the visible text of the document, as the content script would extract it from
 * `document.body`: blocks on their own lines, table cells separated by tabs, whitespace inside
 * text turned into spaces one for one; scripts, styles, form fields, ruby annotations and
 * elements hidden by attribute, inline style or style sheet left out.
 */
export async function extractHtml(html: string): Promise<string> {
  const window = new Window({
    url: 'about:blank',
    settings: {
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    window.document.write(html);
    // happy-dom's DOM types are its own classes; they implement the DOM the extractor expects.
    const doc = window.document as unknown as Document;
    return extractText(doc.body ?? doc.documentElement).text;
  } finally {
    await window.happyDOM.close();
  }
}
