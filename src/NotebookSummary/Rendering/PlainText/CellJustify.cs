namespace NotebookSummary.Rendering.PlainText;

/// <summary>Where a cell's text sits within its column's content width.</summary>
internal enum CellJustify
{
    /// <summary>Padded on the right.</summary>
    Left,
    /// <summary>Padded on the left (numbers).</summary>
    Right,
    /// <summary><c>(width − length) / 2</c> spaces on the left, the rest on the right (rich's centring).</summary>
    Center,
}
