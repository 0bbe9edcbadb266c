using System.Globalization;
using System.Reflection;

namespace NotebookSummary.Tests.Fuzz;

/// <summary>
/// Turns one integer choice (0–1023) into a constructor argument for <see cref="RandomModel"/>. An optional
/// parameter keeps its default for choices below 870 (85%) (so most layers are valid and the rendering of valid models
/// is fuzzed too); the rest pick small sizes, Keras's own string options, hostile names, and extremes: 0, −1,
/// 2³¹−1, NaN, ∞.
/// </summary>
internal static class ArgumentChoice
{
    private const int DefaultBelow = 870;

    private static readonly int[] SmallInts = [1, 2, 3, 4, 8, 16, 32, 3, 2, 1, 5, 7, 64, 2, 1, 6];
    private static readonly int[] ExtremeInts = [0, -1, -2, int.MaxValue, int.MinValue, 1 << 30, 65_536, 100_000, 46_341];
    private static readonly double[] Doubles =
        [0.5, 0.1, 0, 1, 0.99, 1e-3, -0.1, 1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e308, double.Epsilon];

    /// <summary>Keras's values for string parameters, by C# parameter name, plus a misspelling of each.</summary>
    private static readonly Dictionary<string, string?[]> Options = new(StringComparer.Ordinal)
    {
        ["padding"] = ["valid", "same", "causal", "full", "Same"],
        ["dataFormat"] = [null, "channels_last", "channels_first", "channels_middle"],
        ["activation"] = [null, "relu", "tanh", "softmax", "linear", "sigmoid", "gelu", "relu6x"],
        ["recurrentActivation"] = ["sigmoid", "hard_sigmoid", "tanh", "sigmoidd"],
        ["mergeMode"] = ["concat", "sum", "mul", "ave", null, "max"],
        ["interpolation"] = ["nearest", "bilinear", "bicubic", "lanczos9"],
    };

    public static bool Supports(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(int) || t == typeof(double) || t == typeof(bool) || t == typeof(string) || t == typeof(Size)
            || t == typeof(int?[]) || typeof(Layer).IsAssignableFrom(t));

    /// <summary>Null only where the signature allows it (<c>int?</c>, <c>string?</c>): the C# API's contract.</summary>
    private static bool AcceptsNull(ParameterInfo p) =>
        Nullable.GetUnderlyingType(p.ParameterType) is not null
        || (!p.ParameterType.IsValueType && new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable);

    public static bool IsDefault(ParameterInfo p, int choice) => p.HasDefaultValue && choice < DefaultBelow;

    public static object? For(ParameterInfo p, int choice)
    {
        if (IsDefault(p, choice)) return p.DefaultValue;
        int c = p.HasDefaultValue ? choice - DefaultBelow : choice;
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (AcceptsNull(p) && c % 29 == 28) return null;
        if (type == typeof(int)) return Int(c);
        if (type == typeof(double)) return Doubles[c % Doubles.Length];
        if (type == typeof(bool)) return c % 2 == 1;
        if (type == typeof(Size)) return SizeOf(c);
        if (type == typeof(int?[])) return Enumerable.Range(0, 1 + c % 3).Select(i => Dim(c / (i + 3))).ToArray();
        if (p.Name == "name") return LayerName(c);
        if (!Options.TryGetValue(p.Name!, out var options)) return HostileText.Name(c, 0);
        var allowed = AcceptsNull(p) ? options : options.Where(o => o is not null).ToArray();
        return allowed[c % allowed.Length];
    }

    /// <summary>Mostly small sizes; one choice in five an extreme.</summary>
    public static int Int(int c) => c % 5 == 4 ? ExtremeInts[c / 5 % ExtremeInts.Length] : SmallInts[c / 5 % SmallInts.Length];

    /// <summary>An input dimension: mostly 1–32, sometimes unknown (None) or extreme.</summary>
    public static int? Dim(int c) => c % 13 == 12 ? null : c % 11 == 10 ? ExtremeInts[c / 11 % ExtremeInts.Length] : 1 + c % 32;

    private static Size SizeOf(int c) => (c % 4) switch
    {
        0 => Int(c / 4),
        1 => Size.Tuple([Int(c / 4)]),
        2 => Size.Tuple([Int(c / 4), Int(c / 7)]),
        _ => Size.Tuple([Int(c / 4), Int(c / 7), Int(c / 11)]),
    };

    /// <summary>A default name, Keras's own (which can collide), a plain one, or a hostile one.</summary>
    private static string? LayerName(int c) => (c % 4) switch
    {
        0 => null,
        1 => "dense",
        2 => "layer_" + (c % 3).ToString(CultureInfo.InvariantCulture),
        _ => HostileText.Name(c / 4, c % 8 == 7 ? 2_000 : 0),
    };

    public static string ModelName(int c) => c % 2 == 0 ? "sequential" : HostileText.Name(c / 2, c % 16 == 15 ? 3_000 : 0);

    /// <summary>A value as C# source, for failure reports.</summary>
    public static string Code(object? value) => value switch
    {
        null => "null",
        string s => HostileText.Code(s),
        bool b => b ? "true" : "false",
        double d when double.IsNaN(d) => "double.NaN",
        double d when double.IsInfinity(d) => d > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        int?[] dims => "new int?[] { " + string.Join(", ", dims.Select(d => Code(d))) + " }",
        Size s => s.IsTuple ? "Size.Tuple([" + string.Join(", ", s.Values.Select(v => Code(v))) + "])" : Code(s.Values[0]),
        _ => value.ToString() ?? "?",
    };
}
