namespace NotebookSummary.Tests.Fuzz;

/// <summary>What HTML and SVG checks share.</summary>
internal static class MarkupChecks
{
    public static bool HasMarker(string? text) =>
        text is not null && text.Contains(HostileText.Marker, StringComparison.OrdinalIgnoreCase);

    /// <summary>A number that went wrong on its way into a coordinate, a size or a percentage.</summary>
    public static bool HasNonFiniteNumber(string text) =>
        text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal) || text.Contains('∞');
}
