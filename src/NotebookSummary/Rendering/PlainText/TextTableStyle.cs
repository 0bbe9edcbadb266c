namespace NotebookSummary.Rendering.PlainText;

/// <summary>The look of a <see cref="TextTable"/> as data: its border glyphs, how long text is fitted, and where header text sits.</summary>
internal sealed record TextTableStyle(TableBorder Border, CellFit Fit, bool HeaderBottomAligned)
{
    /// <summary>Keras 3 (rich): HEAVY_HEAD box, word-wrapping with <c>…</c>, header cells bottom-aligned.</summary>
    public static readonly TextTableStyle Keras3 = new(TableBorder.HeavyHead, CellFit.WrapWithEllipsis, HeaderBottomAligned: true);

    /// <summary>tf.keras 2.x: rule lines, every cell one line cut to its column.</summary>
    public static readonly TextTableStyle Keras2 = new(TableBorder.Keras2Rules, CellFit.Cut, HeaderBottomAligned: false);
}
