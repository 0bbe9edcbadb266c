namespace NotebookSummary.Tests.Fuzz;

/// <summary>What HTML and SVG checks share.</summary>
internal static class MarkupChecks
{
    public static bool HasMarker(string? text) =>
        text is not null && text.Contains(HostileText.Marker, StringComparison.OrdinalIgnoreCase);
}
