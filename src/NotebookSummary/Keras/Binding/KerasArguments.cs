namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Keras arguments every layer accepts (handled by the reader when the constructor does not take them) and
/// arguments that only affect training or display (accepted and dropped).
/// </summary>
internal static class KerasArguments
{
    /// <summary>Arguments of Keras's base Layer that the reader applies to any layer.</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "name", "trainable", "input_shape", "input_dim", "batch_input_shape", "batch_shape", "batch_size",
        "input_length", "dtype",
    };

    /// <summary>
    /// Arguments that do not change shapes or parameter counts: initializers, regularizers, constraints, dropout
    /// rates, seeds and runtime switches. A layer whose constructor takes one of them gets it; otherwise dropped.
    /// </summary>
    public static readonly HashSet<string> DisplayOnly = new(StringComparer.Ordinal)
    {
        "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer",
        "kernel_constraint", "bias_constraint", "recurrent_initializer", "recurrent_regularizer", "recurrent_constraint",
        "depthwise_initializer", "depthwise_regularizer", "depthwise_constraint", "pointwise_initializer",
        "pointwise_regularizer", "pointwise_constraint", "embeddings_initializer", "embeddings_regularizer",
        "embeddings_constraint", "beta_initializer", "gamma_initializer", "moving_mean_initializer",
        "moving_variance_initializer", "beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint",
        "alpha_initializer", "alpha_regularizer", "alpha_constraint",
        "dropout", "recurrent_dropout", "seed", "mask_zero", "noise_shape", "unroll", "implementation", "stateful",
        "go_backwards", "time_major", "unit_forget_bias", "use_cudnn", "momentum", "epsilon", "renorm",
        "renorm_clipping", "renorm_momentum", "fused", "virtual_batch_size", "adjustment", "synchronized",
        "interpolation", "weights", "sparse", "ragged", "input_tensor", "tensor", "autocast", "lora_rank",
        "lora_alpha", "quantization_config", "kernel_quantizer", "optional", "dtype_policy",
    };

    /// <summary>Keras 1 argument names that Keras 2 still accepted, with their Keras 2 name (null = dropped).</summary>
    public static readonly Dictionary<string, string?> Legacy = new(StringComparer.Ordinal)
    {
        ["output_dim"] = "units",
        ["nb_filter"] = "filters",
        ["filter_length"] = "kernel_size",
        ["border_mode"] = "padding",
        ["subsample"] = "strides",
        ["subsample_length"] = "strides",
        ["pool_length"] = "pool_size",
        ["stride"] = "strides",
        ["atrous_rate"] = "dilation_rate",
        ["dim_ordering"] = "data_format",
        ["inner_activation"] = "recurrent_activation",
        ["bias"] = "use_bias",
        ["p"] = "rate",
        ["init"] = null,
        ["inner_init"] = null,
        ["W_regularizer"] = null,
        ["b_regularizer"] = null,
        ["U_regularizer"] = null,
        ["W_constraint"] = null,
        ["b_constraint"] = null,
        ["U_constraint"] = null,
        ["dropout_W"] = null,
        ["dropout_U"] = null,
        ["consume_less"] = null,
        ["input_dtype"] = null,
    };

    /// <summary>Keras 1 convolution names whose positional (nb_filter, nb_row, nb_col[, nb_depth]) form Keras 2 still read.</summary>
    public static int LegacyKernelRank(string kerasName) => kerasName.Length is not (13 or 15 or 19 or 22) ? 0 : kerasName switch
    {
        "Convolution2D" or "AtrousConvolution2D" or "SeparableConvolution2D" or "Deconvolution2D" => 2,
        "Convolution3D" or "Deconvolution3D" => 3,
        _ => 0,
    };
}
