using NotebookSummary.Keras.Diagnostics;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// The names Keras accepts where an argument takes a function or an object by name: activations
/// (<c>keras.activations.get</c>) and initializers (<c>keras.initializers.get</c>). Keras looks a string up
/// case-sensitively and stops for any other, so a misspelt name is an error here too, with the closest name; a
/// silently accepted typo would summarize a model Keras never builds.
/// </summary>
internal static class KerasIdentifiers
{
    /// <summary>
    /// Keras 3.15's activations (keras/src/activations/__init__.py: ALL_OBJECTS by function name, plus the
    /// aliases swish and hard_swish). Keras 2's string activations are all among them.
    /// </summary>
    public static readonly IReadOnlyList<string> Activations =
    [
        "relu", "leaky_relu", "relu6", "softmax", "celu", "elu", "selu", "softplus", "softsign", "squareplus",
        "soft_shrink", "sparse_plus", "silu", "gelu", "glu", "tanh", "tanh_shrink", "threshold", "sigmoid",
        "sparse_sigmoid", "exponential", "hard_sigmoid", "hard_silu", "hard_tanh", "hard_shrink", "linear", "mish",
        "log_softmax", "log_sigmoid", "sparsemax", "swish", "hard_swish",
    ];

    /// <summary>
    /// Keras 2 also found string activations among its activation layer classes (an instance with the default
    /// configuration); Keras 3 does not. Each maps to the Keras 3 activation that computes the same (null: none).
    /// </summary>
    private static readonly Dictionary<string, string?> Keras2ActivationLayers = new(StringComparer.Ordinal)
    {
        ["ReLU"] = "relu", ["LeakyReLU"] = "leaky_relu", ["ELU"] = "elu", ["Softmax"] = "softmax",
        ["ThresholdedReLU"] = null, ["PReLU"] = null,
    };

    /// <summary>
    /// Keras 3.15's initializers (keras/src/initializers/__init__.py): each class by its name and its snake_case
    /// name, and the aliases. Keras 2 accepted the same names (and each with a V2 suffix).
    /// </summary>
    public static readonly IReadOnlyList<string> Initializers =
    [
        "Constant", "constant", "Identity", "identity", "Ones", "ones", "STFT", "stft", "Zeros", "zeros",
        "GlorotNormal", "glorot_normal", "GlorotUniform", "glorot_uniform", "HeNormal", "he_normal", "HeUniform",
        "he_uniform", "LecunNormal", "lecun_normal", "LecunUniform", "lecun_uniform", "Orthogonal", "orthogonal",
        "RandomNormal", "random_normal", "RandomUniform", "random_uniform", "TruncatedNormal", "truncated_normal",
        "VarianceScaling", "variance_scaling", "IdentityInitializer", "OrthogonalInitializer", "STFTInitializer",
        "normal", "uniform", "one", "zero",
    ];

    private static readonly HashSet<string> ActivationSet = new(Activations, StringComparer.Ordinal);
    private static string? _lastAccepted;
    private static readonly HashSet<string> InitializerSet = new(Initializers, StringComparer.Ordinal);

    /// <summary>True for the arguments that take an activation (<c>activation</c>, <c>recurrent_activation</c>).</summary>
    public static bool IsActivationArgument(string kerasName) => kerasName.EndsWith("activation", StringComparison.Ordinal);

    /// <summary>True for the arguments that take an initializer (<c>kernel_initializer</c>, ...).</summary>
    public static bool IsInitializerArgument(string kerasName) => kerasName.EndsWith("_initializer", StringComparison.Ordinal);

    /// <summary>A problem with an activation name, or null when Keras 3 accepts it.</summary>
    public static IdentifierProblem? CheckActivation(string layer, string argument, string name)
    {
        // A model repeats one or two activations: the last accepted one is compared before the set is hashed.
        if (name == _lastAccepted) return null;
        if (ActivationSet.Contains(name))
        {
            _lastAccepted = name; // any thread's accepted name is as good as another's
            return null;
        }
        string refusal = $"Keras 3 stops with \"Could not interpret activation function identifier: {name}\"";
        if (Keras2ActivationLayers.TryGetValue(name, out var modern))
        {
            // A layer with weights inside another layer's activation would add weights no row shows.
            bool hasWeights = name == "PReLU";
            string instead = modern is null ? $"add a {name}() layer after it" : $"write {argument}='{modern}' or add a {name}() layer after it";
            return new IdentifierProblem(!hasWeights,
                $"{layer} argument '{argument}' is '{name}', an activation layer Keras 2 accepted by name and Keras 3 refuses",
                hasWeights ? $"{refusal}; {name} has weights of its own: {instead}" : $"{refusal}; {instead}");
        }
        string? suggestion = DidYouMean.Suggest(name, Activations);
        return new IdentifierProblem(false,
            $"{layer} argument '{argument}' is not a Keras activation: '{name}'{DidYouMean.Suffix(suggestion)}",
            suggestion is not null
                ? $"{refusal}; write {argument}='{suggestion}'"
                : $"{refusal}; Keras's activations are {string.Join(", ", Activations)} (or None for linear)");
    }

    /// <summary>A problem with an initializer name, or null when Keras accepts it.</summary>
    public static IdentifierProblem? CheckInitializer(string layer, string argument, string name)
    {
        if (InitializerSet.Contains(name)) return null;
        if (name.EndsWith("V2", StringComparison.Ordinal) && InitializerSet.Contains(name[..^2])) return null;
        // The snake_case names first: the spelling tutorials use ('zeroes' → 'zeros', not 'Zeros').
        string? suggestion = DidYouMean.Suggest(name, Initializers.Where(i => !char.IsUpper(i[0])))
                             ?? DidYouMean.Suggest(name, Initializers);
        string refusal = $"Keras 3 stops with \"Could not locate class '{name}'\"";
        return new IdentifierProblem(false,
            $"{layer} argument '{argument}' is not a Keras initializer: '{name}'{DidYouMean.Suffix(suggestion)}",
            suggestion is not null
                ? $"{refusal}; write {argument}='{suggestion}'"
                : $"{refusal}; Keras's initializers include 'glorot_uniform', 'he_normal', 'zeros', 'ones' and 'orthogonal'");
    }
}

/// <summary>Why a name is not accepted: a warning when Keras 2 built it, else an error.</summary>
internal sealed record IdentifierProblem(bool IsWarning, string Message, string Hint);
