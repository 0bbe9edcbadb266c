namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Where a module path points inside Keras. The same Keras API is reached as <c>keras</c>, <c>tensorflow.keras</c>,
/// <c>tf.keras</c>, <c>tensorflow.python.keras</c>, <c>tf.compat.v1.keras</c>, <c>tf_keras</c> and <c>keras.src</c>;
/// all of them map to one canonical path starting with <c>keras</c>. convnet_drawer (seed 003's Keras-like API)
/// counts as a layers module of its own.
/// </summary>
internal static class KerasModules
{
    public const string ConvnetDrawer = "convnet_drawer";

    /// <summary>The canonical Keras path (<c>keras.layers</c>), or null for a path outside Keras.</summary>
    public static string? Canonical(string path)
    {
        var parts = path.Split('.');
        int i = 0;
        if (parts[0] is "tensorflow" or "tf")
        {
            i = 1;
            if (i < parts.Length && parts[i] == "python") i++;
            if (i < parts.Length && parts[i] == "compat")
            {
                i++;
                if (i < parts.Length && parts[i] is "v1" or "v2") i++;
            }
            if (i >= parts.Length || parts[i] != "keras") return null;
        }
        else if (parts[0] is "tf_keras" or "keras_core")
        {
            parts[0] = "keras";
        }
        else if (parts[0] == ConvnetDrawer)
        {
            return path;
        }
        else if (parts[0] != "keras")
        {
            return null;
        }
        var rest = parts.Skip(i + 1).Where(p => p is not "src" and not "api" and not "_tf_keras");
        return string.Join('.', rest.Prepend("keras"));
    }

    /// <summary>True for modules whose capitalised names are layer classes (<c>keras.layers...</c>, convnet_drawer).</summary>
    public static bool IsLayersModule(string kerasPath) =>
        kerasPath == ConvnetDrawer || kerasPath == "keras.layers" || kerasPath.StartsWith("keras.layers.", StringComparison.Ordinal);

    /// <summary>Names that are implicitly available (with a note) when the code uses them without importing them.</summary>
    public static string? ImplicitModule(string name) => name switch
    {
        "keras" => "keras",
        "tf" => "tensorflow",
        "tensorflow" => "tensorflow",
        "layers" => "keras.layers",
        "models" => "keras.models",
        _ => null,
    };
}
