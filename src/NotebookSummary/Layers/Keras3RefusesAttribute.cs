using System.Reflection;

namespace NotebookSummary;

/// <summary>
/// An argument value Keras 2 accepted for this layer type and Keras 3 refuses. The layer still builds it as Keras 2
/// did, so Keras 2 code keeps reading; its walk-through says so, and the Keras reader warns where the code passes it.
/// Declared on the layer's class, so what Keras 3 refuses stays in the layer's file.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class Keras3RefusesAttribute(string argument, string value, string kerasError, string hint) : Attribute
{
    /// <summary>The Keras argument, e.g. <c>padding</c>.</summary>
    public string Argument { get; } = argument;

    /// <summary>The value refused (compared case-insensitively, as Keras lower-cases it), e.g. <c>causal</c>.</summary>
    public string Value { get; } = value;

    /// <summary>What Keras 3 raises, in its words.</summary>
    public string KerasError { get; } = kerasError;

    /// <summary>How to write it for Keras 3.</summary>
    public string Hint { get; } = hint;

    public bool Matches(string argument, string value) =>
        Argument == argument && string.Equals(Value, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The refusal of <paramref name="argument"/>=<paramref name="value"/> declared on <paramref name="layerType"/>, or null.</summary>
    public static Keras3RefusesAttribute? Find(Type layerType, string argument, string value)
    {
        foreach (var refusal in layerType.GetCustomAttributes<Keras3RefusesAttribute>())
            if (refusal.Matches(argument, value)) return refusal;
        return null;
    }
}
