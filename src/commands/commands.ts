// The ribbon button only opens the task pane (Action ShowTaskpane); this page must still
// exist as the manifest's FunctionFile and initialise Office.
Office.onReady(() => undefined);
