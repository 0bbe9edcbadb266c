using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NotebookSummary.Analysis;

/// <summary>
/// Reads a layer's Keras <c>data_format</c> for its summary row. Layers expose it as a public <c>DataFormat</c> string
/// property (Conv, pooling, Flatten, and layers added later follow the same convention); reading the property by
/// name keeps the summarizer independent of the list of layer types, so a new layer needs no change here.
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
        foreach (var inner in layer.InnerLayers)
            if (Read(inner) is { } wrapped) return wrapped;
        return null;
    }

    private static string? Read(Layer layer)
    {
        if (Properties[layer.GetType()] is not { } property) return null;
        // Keras lower-cases the argument; a layer that kept None has Keras's default.
        return (property.GetValue(layer) as string)?.ToLowerInvariant() ?? "channels_last";
    }
}
