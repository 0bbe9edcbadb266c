using System.Collections.Concurrent;
using System.Reflection;

namespace NotebookSummary.Rendering;

/// <summary>
/// Reads a layer's Keras <c>data_format</c>. Layers expose it as a public <c>DataFormat</c> string property (Conv,
/// pooling, Flatten, and layers added later follow the same convention); reading the property by name keeps the
/// drawing independent of the list of layer types, so a new layer needs no change here.
/// </summary>
internal static class DataFormatProbe
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Properties = new();

    /// <summary>
    /// True/false when the layer (or the layer it wraps) has a data format: channels_first, or channels_last (Keras's
    /// default when the argument is not given); null when the layer has no data format at all, so its output keeps
    /// its input's layout.
    /// </summary>
    public static bool? ChannelsFirst(Layer layer)
    {
        if (Read(layer) is { } own) return own;
        foreach (var inner in layer.InnerLayers)
            if (Read(inner) is { } wrapped) return wrapped;
        return null;
    }

    private static bool? Read(Layer layer)
    {
        var property = Properties.GetOrAdd(layer.GetType(), t =>
        {
            var p = t.GetProperty("DataFormat", BindingFlags.Public | BindingFlags.Instance);
            return p is not null && p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0 ? p : null;
        });
        if (property is null) return null;
        return property.GetValue(layer) is string format
            && string.Equals(format, "channels_first", StringComparison.OrdinalIgnoreCase);
    }
}
