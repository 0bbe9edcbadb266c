using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NotebookSummary.Rendering;
using static NotebookSummary.Tests.Rendering.Svg.SvgTestModels;
using NotebookSummary.Rendering.Svg;

namespace NotebookSummary.Tests.Rendering.Svg;

/// <summary>The SVG drawing as a document: structure, labels, element counts, safety and bounds.</summary>
public class SvgRendererTests
{
    [Fact]
    public void Document_is_standalone_svg_1_1()
    {
        string text = SvgRenderer.Render(AlexNet().Summarize());
        var doc = XDocument.Parse(text);
        var root = doc.Root!;
        Assert.Equal(SvgNs + "svg", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        double width = Number(root, "width"), height = Number(root, "height");
        Assert.True(width > 0 && height > 0);
        Assert.Equal($"0 0 {root.Attribute("width")!.Value} {root.Attribute("height")!.Value}", (string?)root.Attribute("viewBox"));
        Assert.Equal("AlexNet", root.Element(SvgNs + "title")!.Value);
    }

    [Fact]
    public void Document_uses_only_plain_svg_that_powerpoint_imports()
    {
        // No scripts, foreignObject, CSS (variables), images, links or external references: only these elements.
        string[] allowed = ["svg", "g", "title", "rect", "polygon", "line", "text"];
        foreach (var model in new[] { AlexNet(), Vgg16(), Mnist() })
        {
            var doc = Render(model);
            Assert.All(doc.Descendants(), e => Assert.Contains(e.Name.LocalName, allowed));
            Assert.All(doc.Descendants(), e => Assert.Equal(SvgNs, e.Name.Namespace));
            Assert.All(doc.Descendants().Attributes(), a =>
            {
                Assert.DoesNotContain("href", a.Name.LocalName);
                Assert.NotEqual("style", a.Name.LocalName);
                Assert.DoesNotContain("var(", a.Value);
                Assert.DoesNotContain("url(", a.Value);
            });
        }
    }

    [Fact]
    public void AlexNet_draws_one_box_per_feature_map_one_bar_per_vector_and_one_window_per_conv_or_pool()
    {
        var doc = Render(AlexNet());
        // Input + 5 Conv2D + 3 MaxPooling2D outputs are maps; Flatten + 3 Dense outputs are vectors.
        Assert.Equal(9, Groups(doc, "feature-map").Count);
        Assert.Equal(4, Groups(doc, "vector").Count);
        Assert.Equal(5, Groups(doc, "kernel").Count);
        Assert.Equal(3, Groups(doc, "pool-window").Count);
        Assert.Empty(Groups(doc, "error"));
        Assert.Empty(Groups(doc, "omitted"));
    }

    [Fact]
    public void AlexNet_labels_carry_the_keras_shapes_in_order()
    {
        var doc = Render(AlexNet());
        var labels = doc.Descendants(SvgNs + "g")
            .Where(g => (string?)g.Attribute("class") is "feature-map" or "vector")
            .Select(Label).ToList();
        // valid conv/pool: ⌊(n − k)/s⌋ + 1;  same: ⌈n/s⌉
        // 227 → ⌊(227−11)/4⌋+1 = 55 → ⌊(55−3)/2⌋+1 = 27 → same 27 → ⌊(27−3)/2⌋+1 = 13 → same 13 ×3 → ⌊(13−3)/2⌋+1 = 6;
        // Flatten: 6·6·256 = 9216.
        Assert.Equal(
            ["227×227×3", "55×55×96", "27×27×96", "27×27×256", "13×13×256", "13×13×384", "13×13×384", "13×13×256",
             "6×6×256", "9216", "4096", "4096", "1000"],
            labels);
    }

    [Fact]
    public void AlexNet_captions_name_the_layer_type_and_window_like_convnet_drawer()
    {
        var maps = Groups(Render(AlexNet()), "feature-map");
        var conv1 = Texts(maps[1]);
        Assert.Contains("Conv2D", conv1);
        Assert.Contains("11×11 /4", conv1);
        var pool1 = Texts(maps[2]);
        Assert.Contains("MaxPooling2D", pool1);
        Assert.Contains("3×3 /2", pool1);
        Assert.Contains("5×5", Texts(maps[3])); // stride 1 is not written
        Assert.Contains("Input", Texts(maps[0]));
    }

    [Fact]
    public void Windows_project_to_the_next_map_with_two_lines_when_on_the_same_row()
    {
        var doc = Render(AlexNet());
        foreach (var g in Groups(doc, "kernel").Concat(Groups(doc, "pool-window")))
        {
            var projections = g.Elements(SvgNs + "line").Where(l => l.Attribute("stroke-dasharray") is null).ToList();
            Assert.Equal(2, projections.Count);
        }
    }

    [Fact]
    public void Window_tooltip_names_the_layer_and_its_window()
    {
        var kernel = Groups(Render(AlexNet()), "kernel")[0];
        Assert.Equal("conv2d (Conv2D): kernel 11×11 /4", kernel.Element(SvgNs + "title")!.Value);
    }

    [Fact]
    public void AlexNet_fits_one_row_within_the_default_width()
    {
        var doc = Render(AlexNet());
        Assert.True(Number(doc.Root!, "width") <= SvgOptions.Default.MaxWidth);
        // One row: every box is centred on the same horizontal axis.
        var centres = Groups(doc, "feature-map").Concat(Groups(doc, "vector")).Select(g =>
        {
            var ys = g.Elements(SvgNs + "polygon").SelectMany(p => ((string)p.Attribute("points")!).Split(' '))
                .Select(xy => double.Parse(xy.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
            return (ys.Min() + ys.Max()) / 2;
        }).ToList();
        Assert.Equal(13, centres.Count);
        Assert.All(centres, c => Assert.InRange(c, centres[0] - 0.2, centres[0] + 0.2));
    }

    [Fact]
    public void Everything_is_drawn_inside_the_canvas()
    {
        foreach (var model in new[] { AlexNet(), Vgg16(), Mnist(), DeepMlp(300) })
        {
            foreach (var options in new[] { SvgOptions.Default, new SvgOptions { MaxWidth = 500 } })
            {
                var doc = Render(model, options);
                double width = Number(doc.Root!, "width"), height = Number(doc.Root!, "height");
                Assert.True(width <= options.MaxWidth, $"{model.Name}: width {width} > {options.MaxWidth}");
                foreach (var (x, y) in Coordinates(doc))
                {
                    Assert.InRange(x, 0, width);
                    Assert.InRange(y, 0, height);
                }
            }
        }
    }

    private static IEnumerable<(double X, double Y)> Coordinates(XDocument doc)
    {
        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        foreach (var p in doc.Descendants(SvgNs + "polygon"))
            foreach (var pair in ((string)p.Attribute("points")!).Split(' '))
            {
                var xy = pair.Split(',');
                yield return (D(xy[0]), D(xy[1]));
            }
        foreach (var l in doc.Descendants(SvgNs + "line"))
        {
            yield return (Number(l, "x1"), Number(l, "y1"));
            yield return (Number(l, "x2"), Number(l, "y2"));
        }
        foreach (var t in doc.Descendants(SvgNs + "text"))
            yield return (Number(t, "x"), Number(t, "y"));
    }

    [Fact]
    public void Narrow_width_wraps_into_rows_without_losing_elements()
    {
        var doc = Render(Vgg16(), new SvgOptions { MaxWidth = 700 });
        // Input + 13 conv + 5 pool maps; Flatten + 3 Dense bars; 13 kernels, 5 pooling windows.
        Assert.Equal(19, Groups(doc, "feature-map").Count);
        Assert.Equal(4, Groups(doc, "vector").Count);
        Assert.Equal(13, Groups(doc, "kernel").Count);
        Assert.Equal(5, Groups(doc, "pool-window").Count);
        Assert.True(Number(doc.Root!, "width") <= 700);
        // Each row break adds a pair of continuation arrows (a connector group with two arrow lines).
        Assert.Contains(Groups(doc, "connector"), g => g.Elements(SvgNs + "line").Count() == 2
            && g.Elements(SvgNs + "line").All(l => Number(l, "y1") == Number(l, "y2")));
    }

    [Fact]
    public void Shape_keeping_layers_fold_into_tags_under_the_previous_element()
    {
        var model = new Sequential("bn")
        {
            new Input(32, 32, 3),
            new Conv2D(16, 3, padding: "same", useBias: false),
            new BatchNormalization(),
            new ReLU(),
            new Conv2D(32, 3, padding: "same"),
            new BatchNormalization(),
            new Activation("relu"),
            new SpatialDropout2D(0.1),
            new Dropout(0.2),
            new MaxPooling2D(2),
        };
        var doc = Render(model);
        var maps = Groups(doc, "feature-map");
        Assert.Equal(4, maps.Count); // input, two convolutions, pooling; no box for the six shape-keeping layers
        var first = Texts(maps[1]);
        Assert.Contains("+ BatchNormalization", first);
        Assert.Contains("+ ReLU", first);
        // Four folded layers exceed the default three tags: two shown, then a count of the rest.
        var second = Texts(maps[2]);
        Assert.Contains("+ BatchNormalization", second);
        Assert.Contains("+ relu", second);
        Assert.Contains("+2 more", second);
        Assert.DoesNotContain("+ Dropout", second);
        // The tooltip still names every folded layer.
        string tooltip = maps[2].Element(SvgNs + "title")!.Value;
        Assert.Contains("spatial_dropout2d (SpatialDropout2D)", tooltip);
        Assert.Contains("dropout (Dropout)", tooltip);
    }

    [Fact]
    public void A_shape_keeping_convolution_still_gets_its_own_box()
    {
        var doc = Render(new Sequential { new Input(8, 8, 4), new Conv2D(4, 3, padding: "same") });
        Assert.Equal(2, Groups(doc, "feature-map").Count);
        Assert.Single(Groups(doc, "kernel"));
    }

    [Fact]
    public void Hostile_names_are_escaped_and_round_trip()
    {
        string[] names = ["<script>alert(1)</script>", "\"]]>", "a & b", "<g class=\"kernel\">", "'quoted'"];
        var model = new Sequential("</title><script>alert('x')</script> & \"]]>") { new Input(8, 8, 1) };
        int filters = 2; // different layers, so no repeats fold
        foreach (var name in names) model.Add(new Conv2D(filters++, 1, name: name));
        string text = SvgRenderer.Render(model.Summarize());
        var doc = XDocument.Parse(text);

        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.Single(Groups(doc, "kernel"), g => g.Element(SvgNs + "title")!.Value.StartsWith("<g class", StringComparison.Ordinal));
        Assert.Equal(names.Length, Groups(doc, "kernel").Count); // the fake <g class="kernel"> name adds no group
        Assert.Equal("</title><script>alert('x')</script> & \"]]>", doc.Root!.Element(SvgNs + "title")!.Value);
        var tooltips = Groups(doc, "feature-map").Select(g => g.Element(SvgNs + "title")!.Value).ToList();
        foreach (var name in names)
            Assert.Contains(tooltips, t => t.StartsWith(name + " (Conv2D)", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", text);
    }

    [Fact]
    public void Characters_xml_forbids_are_replaced_so_the_document_stays_well_formed()
    {
        var model = new Sequential("bad\u0001name\uD800") { new Input(4), new Dense(2, name: "x\u0000y") };
        var doc = Render(model);
        Assert.Equal("bad\uFFFDname\uFFFD", doc.Root!.Element(SvgNs + "title")!.Value);
        Assert.StartsWith("x\uFFFDy (Dense)", Groups(doc, "vector")[1].Element(SvgNs + "title")!.Value);
    }

    [Fact]
    public void Unknown_dimensions_print_as_None_and_draw_dashed()
    {
        var model = new Sequential("fcn")
        {
            new Input(new int?[] { null, null, 3 }),
            new Conv2D(16, 3),
            new MaxPooling2D(2),
            new Conv2D(10, 1),
        };
        var doc = Render(model);
        var maps = Groups(doc, "feature-map");
        Assert.Equal(["None×None×3", "None×None×16", "None×None×16", "None×None×10"], maps.Select(Label));
        Assert.All(maps, g => Assert.All(g.Elements(SvgNs + "polygon"), p => Assert.NotNull(p.Attribute("stroke-dasharray"))));
        Assert.Contains(Texts(Groups(doc, "legend").Single()), t => t.Contains("size unknown (None)"));
        Assert.Equal(2, Groups(doc, "kernel").Count);
        Assert.Single(Groups(doc, "pool-window"));
    }

    [Fact]
    public void Known_dimensions_draw_solid()
    {
        var doc = Render(Mnist());
        Assert.All(Groups(doc, "feature-map"), g =>
            Assert.All(g.Elements(SvgNs + "polygon"), p => Assert.Null(p.Attribute("stroke-dasharray"))));
        Assert.DoesNotContain(Texts(Groups(doc, "legend").Single()), t => t.Contains("unknown"));
    }

    [Fact]
    public void Invalid_model_is_drawn_up_to_the_failing_layer_with_the_error_text()
    {
        var model = new Sequential("broken")
        {
            new Input(28, 28, 1),
            new Conv2D(32, 3),
            new MaxPooling2D(2),
            new Conv2D(64, 15, name: "too_big & <wide>"), // 13×13 input: a 15×15 'valid' kernel cannot fit
            new Flatten(),
            new Dense(10),
        };
        var summary = model.Summarize();
        Assert.False(summary.IsValid);
        var doc = Parse(summary);

        Assert.Equal(3, Groups(doc, "feature-map").Count); // input, conv2d, max_pooling2d
        Assert.Empty(Groups(doc, "vector"));
        var failed = Assert.Single(Groups(doc, "error"));
        Assert.Contains("Conv2D", Texts(failed));
        string errorText = string.Join(" ", Texts(Groups(doc, "error-text").Single()));
        Assert.Contains("Error in layer 2 'too_big & <wide>' (Conv2D)", errorText);
        Assert.Contains(summary.Error!.Message, errorText);
        Assert.Contains("Hint: " + summary.Error.Hint, errorText);
    }

    [Fact]
    public void Model_without_input_shape_still_renders_its_error()
    {
        var summary = new Sequential("no_input") { new Dense(4), new Dense(2) }.Summarize();
        Assert.Null(summary.InputShape);
        var doc = Parse(summary);
        Assert.Single(Groups(doc, "error"));
        Assert.Empty(Groups(doc, "feature-map"));
        Assert.Contains(summary.Error!.Message, string.Join(" ", Texts(Groups(doc, "error-text").Single())));
    }

    [Fact]
    public void Empty_model_renders_a_valid_document()
    {
        var doc = Render(new Sequential("empty"));
        Assert.Equal(SvgNs + "svg", doc.Root!.Name);
        Assert.Contains("(no layers to draw)", Texts(doc));
    }

    [Fact]
    public void Very_deep_model_is_capped_at_MaxColumns_with_a_count_of_what_is_left_out()
    {
        // Repeats not folded: the cap is what bounds a deep model without them.
        var doc = Render(DeepMlp(10_000), new SvgOptions { CollapseRepeats = 0 });
        int max = SvgOptions.Default.MaxColumns; // 120
        // Documented rule: the first MaxColumns − 2 elements (input + 117 Dense), a marker, the last Dense.
        Assert.Equal(max - 1, Groups(doc, "vector").Count);
        var marker = Assert.Single(Groups(doc, "omitted"));
        // 10,000 Dense rows − 117 in the head − 1 at the end = 9,882 left out.
        Assert.Contains("9,882 more", Texts(marker));
        Assert.True(Number(doc.Root!, "width") <= SvgOptions.Default.MaxWidth);
    }

    [Fact]
    public void Drawing_size_is_bounded_by_the_options_not_by_the_depth()
    {
        var a = Render(DeepMlp(1_000), new SvgOptions { CollapseRepeats = 0 }).Root!;
        var b = Render(DeepMlp(10_000), new SvgOptions { CollapseRepeats = 0 }).Root!;
        Assert.Equal(Number(a, "width"), Number(b, "width"));
        Assert.Equal(Number(a, "height"), Number(b, "height"));
        Assert.Equal(a.Descendants().Count(), b.Descendants().Count());
    }

    [Fact]
    public void Left_out_count_includes_folded_layers()
    {
        var doc = Render(DeepMlp(100, withDropout: true), new SvgOptions { MaxColumns = 10, CollapseRepeats = 0 });
        // Elements: input + 100 Dense (each carrying its Dropout). Shown: input + 7 Dense, marker, last Dense.
        // Left out: Dense 8..99 = 92 elements of 2 layers each = 184 layers.
        Assert.Equal(9, Groups(doc, "vector").Count);
        Assert.Contains("184 more", Texts(Groups(doc, "omitted").Single()));
    }

    [Fact]
    public void Channels_first_maps_keep_the_keras_order_in_labels()
    {
        var model = new Sequential("cf")
        {
            new Input(3, 64, 64),
            new Conv2D(32, 3, dataFormat: "channels_first"),
            new MaxPooling2D(2, dataFormat: "channels_first"),
        };
        // (None, 32, ⌊(64−3)/1⌋+1 = 62, 62) then pooled ⌊(62−2)/2⌋+1 = 31.
        var maps = Groups(Render(model), "feature-map");
        Assert.Equal(["3×64×64", "32×62×62", "32×31×31"], maps.Select(Label));
    }

    [Fact]
    public void One_dimensional_sequences_are_maps_with_windows()
    {
        var doc = Render(new Sequential("seq")
        {
            new Input(100, 16),
            new Conv1D(32, 5, activation: "relu"),
            new MaxPooling1D(2),
            new Flatten(),
            new Dense(1),
        });
        // Conv1D: ⌊(100−5)/1⌋+1 = 96; pooling ⌊(96−2)/2⌋+1 = 48; Flatten 48·32 = 1536.
        Assert.Equal(["100×16", "96×32", "48×32"], Groups(doc, "feature-map").Select(Label));
        Assert.Equal(["1536", "1"], Groups(doc, "vector").Select(Label));
        Assert.Single(Groups(doc, "kernel"));
        Assert.Single(Groups(doc, "pool-window"));
        Assert.Contains("5", Texts(Groups(doc, "feature-map")[1]));
    }

    [Fact]
    public void Transposed_convolution_upsampling_and_global_pooling()
    {
        var doc = Render(new Sequential("decoder")
        {
            new Input(8, 8, 4),
            new Conv2DTranspose(6, 3, strides: 2, padding: "same"), // 'same' transposed: out = in·stride = 16
            new UpSampling2D(2),                                      // 16·2 = 32
            new GlobalAveragePooling2D(),                             // one value per channel: 6
            new Dense(3),
        });
        var maps = Groups(doc, "feature-map");
        Assert.Equal(["8×8×4", "16×16×6", "32×32×6"], maps.Select(Label));
        Assert.Equal(["6", "3"], Groups(doc, "vector").Select(Label));
        // The transposed kernel is drawn on its input; its stride enlarges, so it is written ↑2, not /2.
        Assert.Single(Groups(doc, "kernel"));
        Assert.Contains("3×3 ↑2", Texts(maps[1]));
        // UpSampling and global pooling slide no window: no marker, a plain arrow / a fan instead.
        Assert.Empty(Groups(doc, "pool-window"));
        Assert.Contains("GlobalAveragePooling2D", Texts(Groups(doc, "vector")[0]));
    }

    [Fact]
    public void Volumes_draw_as_stacks_with_their_full_shape()
    {
        var doc = Render(new Sequential("vol")
        {
            new Input(16, 32, 32, 3),
            new Conv3D(8, 3),
            new MaxPooling3D(2),
        });
        // Conv3D valid: 16−3+1 = 14, 32−3+1 = 30; pooling ⌊(14−2)/2⌋+1 = 7, ⌊(30−2)/2⌋+1 = 15.
        var maps = Groups(doc, "feature-map");
        Assert.Equal(["16×32×32×3", "14×30×30×8", "7×15×15×8"], maps.Select(Label));
        // A stack: two frames behind the front box (3 faces each) plus the front box (3 faces).
        Assert.All(maps, g => Assert.Equal(9, g.Elements(SvgNs + "polygon").Count()));
        Assert.Contains("3×3×3", Texts(maps[1]));
    }

    [Fact]
    public void Legend_explains_the_kinds_present_and_the_scales()
    {
        var legend = string.Join(" | ", Texts(Groups(Render(AlexNet()), "legend").Single()));
        Assert.Contains("input", legend);
        Assert.Contains("convolution output", legend);
        Assert.Contains("max pooling output", legend);
        Assert.Contains("dense output", legend);
        Assert.Contains("convolution kernel", legend);
        Assert.Contains("pooling window", legend);
        Assert.Contains("height (vertical) × width (receding) × channels (across)", legend);
        Assert.DoesNotContain("average pooling", legend);
        Assert.DoesNotContain("folded", legend); // AlexNet as written has no shape-keeping layers

        Assert.Empty(Groups(Render(AlexNet(), new SvgOptions { ShowLegend = false }), "legend"));
    }

    [Fact]
    public void Heading_shows_the_model_name_and_parameter_total()
    {
        // Seed 003's AlexNet has 62,378,344 parameters: conv 34,944 + 614,656 + 885,120 + 1,327,488 + 884,992,
        // dense 9216·4096+4096 = 37,752,832, 4096·4096+4096 = 16,781,312, 4096·1000+1000 = 4,097,000.
        var heading = Texts(Groups(Render(AlexNet()), "heading").Single());
        Assert.Equal("AlexNet", heading[0]);
        Assert.Contains("62,378,344 parameters", heading[1]);
        Assert.Contains("12 layers", heading[1]);
        Assert.Empty(Groups(Render(AlexNet(), new SvgOptions { ShowTitle = false }), "heading"));
    }

    [Theory]
    [InlineData(double.NaN, -1.0, 0, 0)]
    [InlineData(-5.0, double.NaN, -3, -2)]
    [InlineData(double.PositiveInfinity, 50.0, 1, 1)]
    public void Unusable_options_fall_back_to_safe_values(double maxWidth, double exponent, int maxColumns, int maxTags)
    {
        var options = new SvgOptions
        {
            MaxWidth = maxWidth, ChannelExponent = exponent, SpatialExponent = exponent,
            MaxColumns = maxColumns, MaxTagsPerElement = maxTags,
        };
        var doc = Render(Mnist(), options);
        double width = Number(doc.Root!, "width");
        Assert.InRange(width, 240, 100_000);
        // MaxColumns below 3 counts as 3: input, a marker for the 5 middle elements, the last Dense.
        Assert.Equal(2, Groups(doc, "feature-map").Count + Groups(doc, "vector").Count);
        Assert.Single(Groups(doc, "omitted"));
        Assert.DoesNotContain("NaN", doc.ToString());
        Assert.DoesNotContain("Infinity", doc.ToString());
    }

    [Fact]
    public void Output_is_deterministic_and_culture_invariant()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string german = SvgRenderer.Render(Vgg16().Summarize());
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string invariant = SvgRenderer.Render(Vgg16().Summarize());
            Assert.Equal(invariant, german);
            Assert.Matches(new Regex(@"^0 0 \d+ \d+$"), (string)XDocument.Parse(german).Root!.Attribute("viewBox")!);
            Assert.DoesNotMatch(new Regex(@"points=""[^""]*\d,\d+,\d"), german); // no decimal commas in coordinates
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
