namespace NotebookSummary;

/// <summary>
/// Other names Keras accepts for a layer class: Keras 1 spellings kept by Keras 2 (and often 3), short names and
/// CuDNN variants. Only the name changes; Keras 1 argument names are the reader's business.
/// </summary>
internal static class LayerAliases
{
    /// <summary>alias → Keras class name.</summary>
    public static IReadOnlyList<(string Alias, string Target)> All { get; } =
    [
        // Keras 1 convolution names (Keras 2 and 3 keep them as aliases).
        ("Convolution1D", "Conv1D"),
        ("Convolution2D", "Conv2D"),
        ("Convolution3D", "Conv3D"),
        ("AtrousConvolution1D", "Conv1D"),
        ("AtrousConvolution2D", "Conv2D"),
        ("Deconvolution2D", "Conv2DTranspose"),
        ("Deconvolution3D", "Conv3DTranspose"),
        ("Convolution1DTranspose", "Conv1DTranspose"),
        ("Convolution2DTranspose", "Conv2DTranspose"),
        ("Convolution3DTranspose", "Conv3DTranspose"),
        ("SeparableConvolution1D", "SeparableConv1D"),
        ("SeparableConvolution2D", "SeparableConv2D"),
        ("DepthwiseConvolution2D", "DepthwiseConv2D"),
        // Short pooling names.
        ("MaxPool1D", "MaxPooling1D"),
        ("MaxPool2D", "MaxPooling2D"),
        ("MaxPool3D", "MaxPooling3D"),
        ("AvgPool1D", "AveragePooling1D"),
        ("AvgPool2D", "AveragePooling2D"),
        ("AvgPool3D", "AveragePooling3D"),
        ("GlobalMaxPool1D", "GlobalMaxPooling1D"),
        ("GlobalMaxPool2D", "GlobalMaxPooling2D"),
        ("GlobalMaxPool3D", "GlobalMaxPooling3D"),
        ("GlobalAvgPool1D", "GlobalAveragePooling1D"),
        ("GlobalAvgPool2D", "GlobalAveragePooling2D"),
        ("GlobalAvgPool3D", "GlobalAveragePooling3D"),
        ("GlobalAveragePool1D", "GlobalAveragePooling1D"),
        ("GlobalAveragePool2D", "GlobalAveragePooling2D"),
        ("GlobalAveragePool3D", "GlobalAveragePooling3D"),
        // The input: keras.Input is a function that makes an InputLayer.
        ("Input", "InputLayer"),
        // CuDNN variants of tf.keras 1.x / Keras 2 (same weights as the default LSTM / GRU).
        ("CuDNNLSTM", "LSTM"),
        ("CuDNNGRU", "GRU"),
    ];
}
