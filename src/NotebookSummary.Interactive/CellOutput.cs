namespace NotebookSummary.Interactive;

/// <summary>One thing a cell displays: its content and the mime type to display it with.</summary>
internal sealed record CellOutput(string MimeType, string Content);
