namespace NotebookSummary.Rendering.Html;

/// <summary>Reading Keras's "Connected to" entries, <c>name[node_index][tensor_index]</c>.</summary>
internal static class ConnectionEntry
{
    /// <summary>
    /// The length of the layer name at the start of <paramref name="entry"/> (the entry without its two bracketed
    /// indices), or -1 when the entry does not end in two of them. Names may hold brackets themselves, so the
    /// indices are read from the end.
    /// </summary>
    public static int NameLength(string entry)
    {
        int end = entry.Length;
        for (int brackets = 0; brackets < 2; brackets++)
        {
            if (end == 0 || entry[end - 1] != ']') return -1;
            end = entry.LastIndexOf('[', end - 1);
            if (end < 0) return -1;
        }
        return end;
    }
}
