using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NotebookSummary.Analysis;

/// <summary>
/// Reads a layer's Keras <c>data_format</c> for its summary row. The library's layers that take the argument say so
/// (<see cref="IHasDataFormat"/>), which costs a row no reflection; a layer type written elsewhere that follows the
/// same convention, a public <c>DataFormat</c> string property, is read by name (the property found once per type).
/// </summary>
internal static class DataFormatProbe
{
    private static readonly ProcessCache<Type, PropertyInfo?> Properties = new(DataFormatProperty, capacity: 4096);

    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "Layer types are kept whole: the core's by its ILLink.Descriptors.xml, others' by their catalogue's caller.")]
    private static PropertyInfo? DataFormatProperty(Type type)
    {
        var p = type.GetProperty("DataFormat", BindingFlags.Public | BindingFlags.Instance);
        return p is not null && p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0 ? p : null;
    }

    /// <summary>
    /// The layer's data format, or that of the layer it wraps: <c>channels_last</c> when the argument was not given
    /// (Keras's default); null when the layer has no data format at all, so its output keeps its input's layout.
    /// </summary>
    public static string? Of(Layer layer)
    {
        if (Read(layer) is { } own) return own;
        var inner = layer.InnerLayers;
        for (int i = 0; i < inner.Count; i++)
            if (Read(inner[i]) is { } wrapped) return wrapped;
        return null;
    }

    private static string? Read(Layer layer)
    {
        string? given;
        if (layer is IHasDataFormat declared) given = declared.DataFormat;
        else if (layer.HasLibraryType || Properties[layer.GetType()] is not { } property) return null;
        else given = property.GetValue(layer) as string;
        // Keras lower-cases the argument; a layer that kept None has Keras's default.
        return given?.ToLowerInvariant() ?? "channels_last";
    }
}
