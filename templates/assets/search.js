// Search is loaded on every page; see search page.
