using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NanoEvse.Packager
{
    /// <summary>The packager's options as System.CommandLine symbols; a bad combination is refused with its reason.</summary>
    internal sealed class PackagerCommandLine
    {
        // Off: a file argument such as "@build.pe" must stay a file name, not name a response file.
        private static readonly ParserConfiguration Parsing = new ParserConfiguration { ResponseFileTokenReplacer = null };

        private readonly Command _command = new Command("nanoevse-package");
        private readonly Option<bool> _help = new Option<bool>("--help", "-h") { Arity = ArgumentArity.Zero };
        private readonly Option<string> _show = Text("--show");
        private readonly Option<string> _version = Text("--version");
        private readonly Option<string> _target = Text("--target");
        private readonly Option<string> _out = Text("--out");
        private readonly Option<int?> _minLoader = new Option<int?>("--min-loader")
        {
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result =>
            {
                if (!int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
                {
                    result.AddError("--min-loader needs a whole number of at least 1");
                    return null;
                }

                return value;
            },
        };
        private readonly Argument<string[]> _files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore };

        public PackagerCommandLine()
        {
            foreach (Option option in new Option[] { _help, _show, _version, _target, _out, _minLoader })
            {
                _command.Add(option);
            }

            _command.Add(_files);
        }

        /// <summary>The options, or null with the first problem in <paramref name="error"/>.</summary>
        public PackagerOptions Parse(string[] args, out string error)
        {
            ParseResult result = _command.Parse(args, Parsing);
            error = FirstProblem(result);
            if (error != null)
            {
                return null;
            }

            PackagerOptions options = new PackagerOptions
            {
                ShowHelp = result.GetValue(_help),
                ShowPath = result.GetValue(_show),
                Version = result.GetValue(_version),
                Target = result.GetValue(_target),
                MinLoader = result.GetValue(_minLoader) ?? 1,
                OutputPath = result.GetValue(_out),
                Files = result.GetValue(_files) ?? Array.Empty<string>(),
            };

            error = options.ShowHelp ? null : Mode(options, result);
            return error == null ? options : null;
        }

        /// <summary>--show stands alone; building needs its three options and at least one file.</summary>
        private string Mode(PackagerOptions options, ParseResult result)
        {
            if (options.ShowPath != null)
            {
                bool more = options.Version != null || options.Target != null || options.OutputPath != null
                    || result.GetResult(_minLoader) != null || options.Files.Length > 0;
                return more ? "--show takes only the package to show" : null;
            }

            if (options.Version == null)
            {
                return "--version is required";
            }

            if (options.Target == null)
            {
                return "--target is required";
            }

            if (options.OutputPath == null)
            {
                return "--out is required";
            }

            return options.Files.Length == 0 ? "no files given: name the device build's .pe files" : null;
        }

        /// <summary>An unknown word first, then an option without its value, then a refused value.</summary>
        private string FirstProblem(ParseResult result)
        {
            foreach (string token in result.UnmatchedTokens)
            {
                return token.StartsWith("-", StringComparison.Ordinal) ? "unknown option " + token : "unexpected argument " + token;
            }

            // Words the parser could not place land among the files.
            foreach (string file in result.GetValue(_files) ?? Array.Empty<string>())
            {
                if (file.StartsWith("--", StringComparison.Ordinal))
                {
                    return "unknown option " + file;
                }
            }

            foreach (ParseError problem in result.Errors)
            {
                OptionResult option = problem.SymbolResult as OptionResult ?? problem.SymbolResult?.Parent as OptionResult;
                if (option != null && option.Tokens.Count == 0)
                {
                    return option.Option.Name + " needs a value";
                }

                return problem.Message;
            }

            return null;
        }

        private static Option<string> Text(string name)
        {
            return new Option<string>(name)
            {
                Arity = ArgumentArity.ExactlyOne,
                CustomParser = result =>
                {
                    string value = result.Tokens[0].Value;
                    // The parser hands over whatever follows, an option's name too: "--version --target".
                    if (value.StartsWith("--", StringComparison.Ordinal))
                    {
                        result.AddError(name + " needs a value, not the option " + value);
                    }

                    return value;
                },
            };
        }
    }
}
