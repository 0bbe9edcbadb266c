using System.Globalization;
using System.Reflection;
using CsCheck;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// A random model built with the C# API: an <see cref="Input"/> of random rank and sizes, then random layers of
/// every type in <see cref="LayerCatalog.Default"/>, found by reflection so a new layer file is fuzzed without an edit
/// here. Each argument comes from one integer <em>choice</em> (<see cref="ArgumentChoice"/>): 0 is the parameter's
/// default, so CsCheck shrinks a failing model towards Keras's defaults and small sizes.
/// </summary>
/// <remarks>
/// A random layer rarely fits a random input, so the model keeps only the layers that build on what comes before
/// (checked by summarizing as it grows; a layer that does not fit is tried as a few other types first) and, when
/// <see cref="EndsWithError"/>, ends at the first that does not: valid models of several layers get rendered, and
/// model errors too.
/// </remarks>
internal sealed record RandomModel(int Name, int[] InputDims, RandomModel.LayerSpec[] Layers, bool EndsWithError)
{
    /// <summary>A layer type (index into <see cref="LayerTypes"/>), one choice per constructor parameter, and the
    /// layers a wrapper wraps.</summary>
    public sealed record LayerSpec(int Type, int[] Choices, LayerSpec? Inner, LayerSpec? Backward);

    private const int MaxParameters = 16;
    private const int TypesTried = 4;

    /// <summary>Every layer type's richest constructor whose parameters <see cref="ArgumentChoice"/> can fill.</summary>
    private static readonly IReadOnlyList<ConstructorInfo> LayerTypes = LayerCatalog.Default.ClassNames
        .Select(name => LayerCatalog.Default.TryFind(name, out var type) ? type : null)
        .SelectMany(type => type!.GetConstructors()
            .Where(c => c.GetParameters().All(p => ArgumentChoice.Supports(p.ParameterType)))
            .OrderByDescending(c => c.GetParameters().Length)
            .Take(1))
        .ToArray();

    private static Gen<int[]> Choices => CsCheck.Gen.Int[0, 1023].Array[MaxParameters];

    private static readonly Gen<LayerSpec> Leaf =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, LayerTypes.Count - 1], Choices, (type, choices) => new LayerSpec(type, choices, null, null));

    private static readonly Gen<LayerSpec> AnyLayer =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, LayerTypes.Count - 1], Choices, Leaf, Leaf, (type, choices, inner, backward) =>
            new LayerSpec(type, choices, inner, backward));

    public static Gen<RandomModel> Gen(int maxLayers) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 1023], CsCheck.Gen.Int[0, 1023].Array[0, 4], AnyLayer.Array[1, maxLayers],
            CsCheck.Gen.Int[0, 3], (name, dims, layers, end) => new RandomModel(name, dims, layers, end == 0));

    private (Sequential Model, IReadOnlyList<LayerSpec> Kept)? _built;

    public Sequential Build() => Built().Model;

    private (Sequential Model, IReadOnlyList<LayerSpec> Kept) Built()
    {
        if (_built is { } built) return built;
        string name = ArgumentChoice.ModelName(Name);
        var layers = new List<Layer>();
        if (InputDims.Length > 0) layers.Add(new Input(InputDims.Select(ArgumentChoice.Dim).ToArray()));
        var kept = new List<LayerSpec>();
        foreach (var spec in Layers)
        {
            // A layer that does not fit is tried as a few other types with the same choices before it is dropped.
            var fitting = Enumerable.Range(0, TypesTried).Select(k => spec with { Type = spec.Type + k * 7 })
                .FirstOrDefault(candidate => new Sequential([.. layers, Build(candidate)], name).Summarize().IsValid);
            if (fitting is not null)
            {
                layers.Add(Build(fitting));
                kept.Add(fitting);
            }
            else if (EndsWithError)
            {
                layers.Add(Build(spec));
                kept.Add(spec);
                break;
            }
        }
        _built = (new Sequential(layers, name), kept);
        return _built.Value;
    }

    private static Layer Build(LayerSpec spec)
    {
        var constructor = LayerTypes[spec.Type % LayerTypes.Count];
        var arguments = Arguments(spec, constructor);
        try
        {
            return (Layer)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new InvalidOperationException($"new {Describe(spec)} threw", inner);
        }
    }

    private static object?[] Arguments(LayerSpec spec, ConstructorInfo constructor)
    {
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            arguments[i] = typeof(Layer).IsAssignableFrom(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
                ? WrappedLayer(spec, p)
                : ArgumentChoice.For(p, spec.Choices[i % spec.Choices.Length]);
        }
        return arguments;
    }

    // The first Layer parameter is the wrapped layer; a second (Bidirectional's backward_layer) is given one time in four.
    private static Layer? WrappedLayer(LayerSpec spec, ParameterInfo p)
    {
        bool backward = p.Position > 0 && p.HasDefaultValue;
        if (backward) return spec.Backward is { } b && spec.Choices[^1] % 4 == 0 ? Build(b) : null;
        return spec.Inner is { } inner ? Build(inner) : new LSTM(4);
    }

    private static string Describe(LayerSpec spec)
    {
        var constructor = LayerTypes[spec.Type % LayerTypes.Count];
        var parameters = constructor.GetParameters();
        var args = new List<string>();
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (typeof(Layer).IsAssignableFrom(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            {
                var wrapped = p.Position > 0 && p.HasDefaultValue
                    ? spec.Backward is { } b && spec.Choices[^1] % 4 == 0 ? b : null
                    : spec.Inner;
                if (wrapped is not null) args.Add($"{p.Name}: new {Describe(wrapped)}");
                else if (!p.HasDefaultValue) args.Add($"{p.Name}: new LSTM(4)");
                continue;
            }
            int choice = spec.Choices[i % spec.Choices.Length];
            if (!ArgumentChoice.IsDefault(p, choice)) args.Add($"{p.Name}: {ArgumentChoice.Code(ArgumentChoice.For(p, choice))}");
        }
        return $"{constructor.DeclaringType!.Name}({string.Join(", ", args)})";
    }

    // When building itself failed, every layer is printed: the failure is among them.
    private IReadOnlyList<LayerSpec> KeptOrAll()
    {
        try
        {
            return Built().Kept;
        }
        catch (Exception)
        {
            return Layers;
        }
    }

    /// <summary>The model as C# code, to paste into a test.</summary>
    public override string ToString()
    {
        var lines = new List<string> { $"new Sequential({ArgumentChoice.Code(ArgumentChoice.ModelName(Name))})", "{" };
        if (InputDims.Length > 0)
            lines.Add($"    new Input({string.Join(", ", InputDims.Select(d => ArgumentChoice.Code(ArgumentChoice.Dim(d))))}),");
        lines.AddRange(KeptOrAll().Select(l => $"    new {Describe(l)},"));
        lines.Add("}");
        return string.Join('\n', lines);
    }
}
