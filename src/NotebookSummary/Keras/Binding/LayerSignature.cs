using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NotebookSummary.Keras.Binding;

/// <summary>One constructor parameter as Python sees it: its Keras (snake_case) name and its .NET type.</summary>
internal sealed record ParameterSlot(int Index, string KerasName, Type Type, bool AcceptsNone, bool IsOptional, object? Default)
{
    /// <summary>The type without Nullable&lt;&gt;.</summary>
    public Type CoreType { get; } = ValueConverter.Core(Type);

    /// <summary>What the constructor gets when the code does not give the argument: its default value.</summary>
    public object? Fallback { get; } = FallbackOf(Type, IsOptional, Default);

    /// <summary>A shape argument (<c>input_shape</c>, <c>shape</c>, ...): only a tuple, a list or None is one.</summary>
    public bool IsShape { get; } = Array.IndexOf(Binding.LayerFactory.ShapeArguments, KerasName) >= 0;

    /// <summary>An activation argument: names such as <c>tf.nn.relu</c> are read as "relu" and checked.</summary>
    public bool IsActivation { get; } = KerasIdentifiers.IsActivationArgument(KerasName);

    [UnconditionalSuppressMessage("Trimming", "IL2067",
        Justification = "A value type always has its default; the core library is kept whole (ILLink.Descriptors.xml).")]
    private static object? FallbackOf(Type type, bool optional, object? value)
    {
        if (!optional) return null;
        var core = ValueConverter.Core(type);
        if (value is not null && core.IsEnum && !core.IsInstanceOfType(value)) return Enum.ToObject(core, value);
        if (value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null) return Activator.CreateInstance(type);
        return value;
    }
}

/// <summary>
/// How a layer class is called from Python, read once from its constructor: the parameters in Keras's positional
/// order with their snake_case names. Positional arguments fill the parameters before <c>name</c> (the common
/// trailing parameters <c>name, trainable, input_shape, input_dim</c> are keyword-only in Keras).
/// </summary>
internal sealed class LayerSignature
{
    private static readonly ProcessCache<Type, IReadOnlyList<LayerSignature>> Signatures = new(ReadSignatures, capacity: 4096);
    private static readonly NullabilityInfoContext Nullability = new();

    private LayerSignature(Type type, ConstructorInfo constructor)
    {
        Type = type;
        Constructor = constructor;
        var parameters = Constructor.GetParameters();
        Slots = parameters.Select((p, i) => new ParameterSlot(i, SnakeCase.OfParameterName(p.Name ?? $"arg{i}"), p.ParameterType,
            AcceptsNone(p), p.IsOptional, p.HasDefaultValue ? p.DefaultValue : null)).ToArray();
        foreach (var slot in Slots) ByName[slot.KerasName] = slot;
        Fallbacks = Slots.Select(s => s.Fallback).ToArray();
        Required = Slots.Where(s => !s.IsOptional).ToArray();
        DataFormat = ByName.GetValueOrDefault("data_format");
        Keras3Refusals = type.GetCustomAttributes<Keras3RefusesAttribute>().ToArray();
        int cut = Array.FindIndex(Slots, s => s.KerasName == "name");
        if (cut < 0) cut = Array.FindIndex(Slots, s => s.Index > 0 && s.KerasName is "trainable" or "input_shape" or "input_dim");
        PositionalCount = cut < 0 ? Slots.Length : cut;
    }

    private ConstructorInvoker? _invoker;

    /// <summary>
    /// Calls the constructor through a <see cref="ConstructorInvoker"/>, made on first use: it skips reflection's
    /// per-call work, so a model of thousands of layers does not pay it per layer, and unlike a compiled expression
    /// it costs a cold process (a first notebook cell, one CLI run) no code generation.
    /// </summary>
    public Layer Create(object?[] arguments) =>
        (Layer)(_invoker ??= ConstructorInvoker.Create(Constructor)).Invoke(arguments.AsSpan())!;

    /// <summary>
    /// The public constructors of a layer type, in the order the reader tries them: most parameters first, then
    /// without a params array, then without tuple parameters (ZeroPadding2D's Size overload before its
    /// ((top, bottom), (left, right)) overload, so a call that fits neither reports the Size overload's errors), then
    /// in the order reflection lists them (metadata tokens would say declaration order, but a native build has none).
    /// </summary>
    public static IReadOnlyList<LayerSignature> Of(Type type) => Signatures[type];

    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "Layer types come from the core library, which is kept whole (ILLink.Descriptors.xml), or from a catalogue whose constructor requires its assemblies kept.")]
    private static LayerSignature[] ReadSignatures(Type type) => type.GetConstructors()
        .Select((constructor, index) => (Constructor: constructor, Parameters: constructor.GetParameters(), Index: index))
        .OrderByDescending(c => c.Parameters.Length)
        .ThenBy(c => c.Parameters.Any(p => p.IsDefined(typeof(ParamArrayAttribute))) ? 1 : 0)
        .ThenBy(c => c.Parameters.Count(p => ValueConverter.IsTuple(p.ParameterType)))
        .ThenBy(c => c.Index)
        .Select(c => new LayerSignature(type, c.Constructor))
        .ToArray();

    public Type Type { get; }
    public ConstructorInfo Constructor { get; }
    public ParameterSlot[] Slots { get; }
    public Dictionary<string, ParameterSlot> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Every parameter's <see cref="ParameterSlot.Fallback"/>, in order: a binding starts from a copy.</summary>
    public object?[] Fallbacks { get; }

    /// <summary>The parameters without a default, in order (a call must give each).</summary>
    public ParameterSlot[] Required { get; }

    /// <summary>The <c>data_format</c> parameter, if the constructor has one (Keras's global setting may fill it).</summary>
    public ParameterSlot? DataFormat { get; }

    /// <summary>The argument values Keras 2 accepted and Keras 3 refuses for this type (read once, as the slots are).</summary>
    public Keras3RefusesAttribute[] Keras3Refusals { get; } // an array: a loop over it allocates no enumerator

    /// <summary>The refusal of <paramref name="kerasName"/>=<paramref name="value"/>, or null (the common case, without a lookup).</summary>
    public Keras3RefusesAttribute? Keras3Refusal(string kerasName, string value)
    {
        foreach (var refusal in Keras3Refusals)
            if (refusal.Matches(kerasName, value)) return refusal;
        return null;
    }

    /// <summary>How many leading parameters may be given positionally.</summary>
    public int PositionalCount { get; }

    public bool Has(string kerasName) => ByName.ContainsKey(kerasName);

    /// <summary>Keras's signature for hints: <c>Dense(units, activation=None, use_bias=True, ...)</c>.</summary>
    public string Describe(string className)
    {
        var parts = Slots.Take(PositionalCount).Select(s =>
            s.IsOptional ? $"{s.KerasName}={DefaultText(s.Default)}" : s.KerasName);
        return $"{className}({string.Join(", ", parts)}, ...)";
    }

    private static string DefaultText(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => $"'{s}'",
        double d => Python.PyOps.FloatRepr(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "None",
    };

    private static bool AcceptsNone(ParameterInfo p)
    {
        if (Nullable.GetUnderlyingType(p.ParameterType) is not null) return true;
        if (p.ParameterType.IsValueType) return false;
        try
        {
            lock (Nullability) return Nullability.Create(p).WriteState != NullabilityState.NotNull;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
