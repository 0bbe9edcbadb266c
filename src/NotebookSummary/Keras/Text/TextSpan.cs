namespace NotebookSummary.Keras.Text;

/// <summary>A range of characters in a source text: offset and length in UTF-16 code units.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) =>
        new(first.Start, Math.Max(first.End, last.End) - first.Start);

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
}
