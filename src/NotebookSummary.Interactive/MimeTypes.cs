namespace NotebookSummary.Interactive;

/// <summary>The two mime types the extension produces.</summary>
internal static class MimeTypes
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
}
