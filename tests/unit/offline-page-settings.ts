/** Saved pages link stylesheets, frames and scripts on the real sites: happy-dom never fetches or runs them. */
export const OFFLINE_PAGE_SETTINGS = {
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  handleDisabledFileLoadingAsSuccess: true,
};
