using System.Runtime.CompilerServices;

namespace NotebookSummary;

/// <summary>
/// The calls made so far of each layer object, kept beside the layers (which never change): how many there were,
/// so that a new call gets Keras's <c>node_index</c>, and the first and the last. Keras shows a layer's output shape
/// from its last call, even one made for another model. Entries go when their layer is collected.
/// </summary>
internal static class LayerCalls
{
    private sealed class Log
    {
        public int Count;
        public Node? First;
        public Node? Last;
    }

    private static readonly ConditionalWeakTable<Layer, Log> Logs = new();

    /// <summary>Records a new call of <paramref name="layer"/> and returns its number among the layer's calls.</summary>
    public static int Record(Layer layer, Node node)
    {
        var log = Logs.GetValue(layer, _ => new Log());
        lock (log)
        {
            log.First ??= node;
            log.Last = node;
            return log.Count++;
        }
    }

    /// <summary>The latest call of <paramref name="layer"/> so far, or null when it was never called.</summary>
    public static Node? Last(Layer layer)
    {
        if (!Logs.TryGetValue(layer, out var log)) return null;
        lock (log) return log.Last;
    }

    /// <summary>The first call of <paramref name="layer"/>, or null when it was never called.</summary>
    public static Node? First(Layer layer)
    {
        if (!Logs.TryGetValue(layer, out var log)) return null;
        lock (log) return log.First;
    }
}
