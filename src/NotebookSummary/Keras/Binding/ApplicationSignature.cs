using System.Reflection;
using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// How a Keras Application function is called from Python, read once from its C# method on
/// <see cref="NotebookSummary.Applications"/>: the parameters in Keras's order with their snake_case names (all of
/// them may be given positionally, as in Keras), and the modules Keras exports it from.
/// </summary>
internal sealed class ApplicationSignature
{
    // Keras's exports: keras.applications.<Name> for all, and keras.applications.<module>.<Name> for these.
    private static readonly Dictionary<string, string[]> Modules = new(StringComparer.Ordinal)
    {
        ["resnet50"] = ["ResNet50"],
        ["resnet"] = ["ResNet50", "ResNet101", "ResNet152"],
        ["resnet_v2"] = ["ResNet50V2", "ResNet101V2", "ResNet152V2"],
        ["vgg16"] = ["VGG16"],
        ["vgg19"] = ["VGG19"],
        ["mobilenet"] = ["MobileNet"],
        ["mobilenet_v2"] = ["MobileNetV2"],
        ["mobilenet_v3"] = ["MobileNetV3Small", "MobileNetV3Large"],
        ["densenet"] = ["DenseNet121", "DenseNet169", "DenseNet201"],
        ["inception_v3"] = ["InceptionV3"],
        ["inception_resnet_v2"] = ["InceptionResNetV2"],
        ["xception"] = ["Xception"],
        ["efficientnet"] = ["EfficientNetB0", "EfficientNetB1", "EfficientNetB2", "EfficientNetB3", "EfficientNetB4",
            "EfficientNetB5", "EfficientNetB6", "EfficientNetB7"],
        ["efficientnet_v2"] = ["EfficientNetV2B0", "EfficientNetV2B1", "EfficientNetV2B2", "EfficientNetV2B3",
            "EfficientNetV2S", "EfficientNetV2M", "EfficientNetV2L"],
        ["nasnet"] = ["NASNetMobile", "NASNetLarge"],
        ["convnext"] = ["ConvNeXtTiny", "ConvNeXtSmall", "ConvNeXtBase", "ConvNeXtLarge", "ConvNeXtXLarge"],
    };

    private static readonly Dictionary<string, ApplicationSignature> ByName = typeof(NotebookSummary.Applications)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(Model))
        .ToDictionary(m => m.Name, m => new ApplicationSignature(m), StringComparer.Ordinal);

    private ApplicationSignature(MethodInfo method)
    {
        Method = method;
        Slots = method.GetParameters().Select((p, i) => new ParameterSlot(i, SnakeCase.OfParameterName(p.Name!),
            p.ParameterType, !p.ParameterType.IsValueType || Nullable.GetUnderlyingType(p.ParameterType) is not null,
            p.IsOptional, p.HasDefaultValue ? p.DefaultValue : null)).ToArray();
    }

    public MethodInfo Method { get; }

    public string Name => Method.Name;

    /// <summary>The parameters in Keras's order (every one may be positional).</summary>
    public ParameterSlot[] Slots { get; }

    /// <summary>
    /// The application a path names (<c>keras.applications.ResNet50</c>, <c>keras.applications.resnet50.ResNet50</c>),
    /// or null with <paramref name="problem"/> saying why when the path is under keras.applications but names none.
    /// </summary>
    public static ApplicationSignature? Find(string kerasPath, out string? problem)
    {
        problem = null;
        var parts = kerasPath.Split('.');
        if (parts.Length < 3 || parts[0] != "keras" || parts[1] != "applications") return null;
        string name = parts[^1];
        if (parts.Length == 4)
        {
            if (!Modules.TryGetValue(parts[2], out var names))
            {
                problem = $"keras.applications has no module '{parts[2]}'";
                return null;
            }
            if (Array.IndexOf(names, name) < 0)
            {
                problem = $"module 'keras.applications.{parts[2]}' has no attribute '{name}'";
                return null;
            }
        }
        if (parts.Length > 4 || !ByName.TryGetValue(name, out var signature))
        {
            problem = $"keras.applications has no architecture '{name}'{DidYouMean.Suffix(DidYouMean.Suggest(name, ByName.Keys))}";
            return null;
        }
        return signature;
    }

    /// <summary>Keras's signature for hints: <c>ResNet50(include_top=True, weights='imagenet', ...)</c>.</summary>
    public string Describe() =>
        $"{Name}({string.Join(", ", Slots.Take(3).Select(s => $"{s.KerasName}={Repr(s.Default)}"))}, ...)";

    private static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => $"'{s}'",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "None",
    };
}
