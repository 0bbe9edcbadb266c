using System.CommandLine;
using System.CommandLine.Parsing;
var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "files" };
var output = new Option<string?>("--output", "-o") { Description = "o" };
var root = new RootCommand("desc") { files, output };
var r = root.Parse(args);
var fileTokens = r.GetResult(files)?.Tokens ?? [];
bool afterDd = false;
foreach (var t in r.Tokens) {
  if (t.Type == TokenType.DoubleDash) afterDd = true;
  Console.WriteLine($"{t.Value} {t.Type} isFile={fileTokens.Any(f => ReferenceEquals(f, t))} afterDD={afterDd}");
}
