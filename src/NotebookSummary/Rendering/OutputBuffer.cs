using System.Text;

namespace NotebookSummary.Rendering;

/// <summary>The string builder a renderer writes its whole output into.</summary>
/// <remarks>
/// A builder sized up front for a big model's output would be one array of megabytes, allocated on the large object
/// heap, where every allocation counts towards a full (generation 2) collection — at 10,000 layers that made the
/// pipeline's collections, not its work, the larger part of its time. Starting small instead lets the builder grow in
/// chunks of at most 8,000 characters, which are short-lived small objects; only the finished string is large.
/// </remarks>
internal static class OutputBuffer
{
    /// <summary>Below the large-object threshold (85,000 bytes) with room to spare.</summary>
    private const int MaxInitialChars = 16_384;

    /// <summary>A builder for an output of about <paramref name="estimatedChars"/> characters.</summary>
    public static StringBuilder Create(long estimatedChars) =>
        new((int)Math.Clamp(estimatedChars, 256, MaxInitialChars));

    /// <summary>A builder for an output known to be larger than any start (the HTML stylesheet alone is).</summary>
    public static StringBuilder CreateLarge() => new(MaxInitialChars);
}
