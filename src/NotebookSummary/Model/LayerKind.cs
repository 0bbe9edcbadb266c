namespace NotebookSummary;

/// <summary>
/// What a layer does, in the coarse terms renderers need: the ASCII diagram picks its glyph from it and the
/// drawing picks a box style. A layer declares its kind once, in its own file.
/// </summary>
public enum LayerKind
{
    /// <summary>Input data (the model's first tensor).</summary>
    Input,
    /// <summary>Convolutions of every kind (kernels slide over space).</summary>
    Convolution,
    /// <summary>Max pooling (local and global).</summary>
    MaxPooling,
    /// <summary>Average pooling (local and global).</summary>
    AveragePooling,
    /// <summary>Fully connected layers.</summary>
    Dense,
    /// <summary>Flatten: many dims to one.</summary>
    Flatten,
    /// <summary>Other reshaping: Reshape, Permute, RepeatVector, padding, cropping, upsampling.</summary>
    Reshape,
    /// <summary>Dropout and noise layers (identity at inference).</summary>
    Dropout,
    /// <summary>Activations as layers: Activation, ReLU, Softmax, ...</summary>
    Activation,
    /// <summary>Batch, layer, group and unit normalization.</summary>
    Normalization,
    /// <summary>Embedding lookups.</summary>
    Embedding,
    /// <summary>Recurrent layers (SimpleRNN, LSTM, GRU, ConvLSTM).</summary>
    Recurrent,
    /// <summary>Anything else (Masking, ActivityRegularization, ...).</summary>
    Other,
}
