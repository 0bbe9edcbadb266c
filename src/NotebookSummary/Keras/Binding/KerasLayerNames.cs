namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Keras layer classes that exist in Keras (2 or 3) but not (yet) in the library, so that using one is reported as
/// "not supported" rather than as a misspelling. Only a fallback for messages: once a layer type is added to the
/// library, the catalogue finds it and this list no longer matters.
/// </summary>
internal static class KerasLayerNames
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Lambda", "Layer", "Attention", "AdditiveAttention", "MultiHeadAttention", "GroupQueryAttention", "EinsumDense",
        "Identity", "Concatenate", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Dot",
        "Rescaling", "Normalization", "Resizing", "CenterCrop", "RandomFlip", "RandomRotation", "RandomZoom",
        "RandomCrop", "RandomContrast", "RandomBrightness", "RandomTranslation", "RandomHeight", "RandomWidth",
        "TextVectorization", "StringLookup", "IntegerLookup", "CategoryEncoding", "Hashing", "HashedCrossing",
        "Discretization", "LocallyConnected1D", "LocallyConnected2D", "ThresholdedReLU", "RNN", "StackedRNNCells",
        "LSTMCell", "GRUCell", "SimpleRNNCell", "ConvLSTM2DCell", "TFSMLayer", "TorchModuleWrapper", "JaxLayer",
        "FlaxLayer", "MaxoutDense", "Highway", "Merge", "TimeDistributedDense", "SpectralNormalization",
        "AutoContrast", "Equalization", "Solarization", "RandomColorJitter", "Pipeline", "MelSpectrogram", "STFTSpectrogram",
    };

    public static bool IsKerasLayer(string name) => Known.Contains(name);
}
