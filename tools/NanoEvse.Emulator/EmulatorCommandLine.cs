using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The emulator's options as System.CommandLine symbols. Every value is checked as it is parsed, so a bad one
    /// is refused with its reason before anything starts; <see cref="EmulatorOptions.Usage"/> stays the help text.
    /// </summary>
    internal sealed class EmulatorCommandLine
    {
        /// <summary>The range the provisioning tool and device.dat accept for an AuthorizationKey.</summary>
        public const int MinAuthKeyLength = 16;
        public const int MaxAuthKeyLength = 40;

        // Off: an argument such as "--auth-key @secret" must stay what it says, not name a response file.
        private static readonly ParserConfiguration Parsing = new ParserConfiguration { ResponseFileTokenReplacer = null };

        private readonly Command _command = new Command("nanoevse-emulator");
        private readonly Option<bool> _help = Flag("--help", "-h");
        private readonly Option<bool> _interactive = Flag("--interactive");
        private readonly Option<bool> _evPlugged = Flag("--ev-plugged");
        private readonly Option<bool> _autoPlug = Flag("--auto-plug");
        private readonly Option<bool> _forceProfile = Flag("--force-profile");
        private readonly Option<bool> _quiet = Flag("--quiet", "-q");
        private readonly Option<bool> _noFrames = Flag("--no-frames");
        private readonly Option<bool> _json = Flag("--json");
        private readonly Option<string> _csms = Text("--csms", CsmsProblem);
        private readonly Option<string> _authKey = Text("--auth-key", AuthKeyProblem);
        private readonly Option<string> _profile = Text("--profile", ProfileProblem);
        private readonly Option<string> _dataDir = Text("--data-dir", null);
        private readonly Option<string> _log = Text("--log", null);
        private readonly Option<string> _ca = Text("--ca", null);
        private readonly Option<string> _clientCert = Text("--client-cert", null);
        private readonly Option<string> _clientKey = Text("--client-key", null);
        private readonly Option<string> _script = Text("--script", ScriptProblem);
        private readonly Option<double?> _duration = Seconds("--duration", 0, double.MaxValue, "--duration needs a positive number of seconds", zeroAllowed: false);
        private readonly Option<double?> _slowConnect = Seconds("--slow-connect", 0, 3600, "--slow-connect needs a number of seconds from 0 to 3600", zeroAllowed: true);
        private readonly Option<double?> _speed = Seconds("--speed", 0, EmulatorOptions.MaxSpeed, "--speed needs a number above 0 and at most " + EmulatorOptions.MaxSpeed, zeroAllowed: false);
        private readonly Option<int?> _web = new Option<int?>("--web")
        {
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result =>
            {
                bool number = int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int port);
                if (!number || port > 65535)
                {
                    result.AddError("--web needs a TCP port from 0 to 65535 (0: any free port)");
                    return null;
                }

                return port;
            },
        };
        private readonly Option<List<KeyValuePair<string, string>>> _config = new Option<List<KeyValuePair<string, string>>>("--config")
        {
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = ParsePairs,
        };

        public EmulatorCommandLine()
        {
            foreach (Option option in new Option[] { _help, _interactive, _evPlugged, _autoPlug, _forceProfile, _quiet, _noFrames, _json, _csms, _authKey, _profile, _dataDir, _log, _ca, _clientCert, _clientKey, _script, _duration, _slowConnect, _speed, _web, _config })
            {
                _command.Add(option);
            }
        }

        /// <summary>The options, or null with the first problem in <paramref name="error"/>.</summary>
        public EmulatorOptions Parse(string[] args, out string error)
        {
            ParseResult result = _command.Parse(args, Parsing);
            error = FirstProblem(result);
            if (error != null)
            {
                return null;
            }

            EmulatorOptions options = new EmulatorOptions
            {
                ShowHelp = result.GetValue(_help),
                Interactive = result.GetValue(_interactive),
                EvPlugged = result.GetValue(_evPlugged),
                AutoPlug = result.GetValue(_autoPlug),
                ForceProfile = result.GetValue(_forceProfile),
                Quiet = result.GetValue(_quiet),
                NoFrames = result.GetValue(_noFrames),
                Json = result.GetValue(_json),
                CsmsUrl = result.GetValue(_csms),
                AuthorizationKey = result.GetValue(_authKey),
                ProfileName = result.GetValue(_profile) == null ? null : ChargerProfiles.Find(result.GetValue(_profile)).Name,
                DataDirectory = result.GetValue(_dataDir),
                LogFile = result.GetValue(_log),
                CaFile = result.GetValue(_ca),
                ClientCertFile = result.GetValue(_clientCert),
                ClientKeyFile = result.GetValue(_clientKey),
                ScriptFile = result.GetValue(_script),
                Duration = result.GetValue(_duration) is double duration ? TimeSpan.FromSeconds(duration) : null,
                SlowConnect = TimeSpan.FromSeconds(result.GetValue(_slowConnect) ?? 0),
                Speed = result.GetValue(_speed),
                WebPort = result.GetValue(_web),
                Configuration = result.GetValue(_config) ?? new List<KeyValuePair<string, string>>(),
            };

            if (options.Interactive && options.ScriptFile != null)
            {
                error = "--interactive and --script exclude each other";
                return null;
            }

            return options;
        }

        /// <summary>An unknown word first (whatever its place), then an option without its value, then a refused value.</summary>
        private static string FirstProblem(ParseResult result)
        {
            foreach (string token in result.UnmatchedTokens)
            {
                return token.StartsWith("-", StringComparison.Ordinal) ? "unknown option " + token : "unexpected argument " + token;
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

        private static Option<bool> Flag(string name, params string[] aliases)
        {
            return new Option<bool>(name, aliases) { Arity = ArgumentArity.Zero };
        }

        /// <summary>A one-word option whose value <paramref name="problem"/> checks (null: any value).</summary>
        private static Option<string> Text(string name, Func<string, string> problem)
        {
            return new Option<string>(name)
            {
                Arity = ArgumentArity.ExactlyOne,
                CustomParser = result =>
                {
                    string value = result.Tokens[0].Value;
                    // The parser hands over whatever follows, an option's name too: "--csms --interactive".
                    string error = value.StartsWith("--", StringComparison.Ordinal)
                        ? name + " needs a value, not the option " + value
                        : problem?.Invoke(value);
                    if (error != null)
                    {
                        result.AddError(error);
                    }

                    return value;
                },
            };
        }

        private static Option<double?> Seconds(string name, double min, double max, string message, bool zeroAllowed)
        {
            return new Option<double?>(name)
            {
                Arity = ArgumentArity.ExactlyOne,
                CustomParser = result =>
                {
                    bool number = double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
                    if (!number || !(value >= min) || value > max || (!zeroAllowed && value == 0))
                    {
                        result.AddError(message);
                        return null;
                    }

                    return value;
                },
            };
        }

        private static List<KeyValuePair<string, string>> ParsePairs(ArgumentResult result)
        {
            List<KeyValuePair<string, string>> pairs = new List<KeyValuePair<string, string>>();
            foreach (Token token in result.Tokens)
            {
                int equals = token.Value.IndexOf('=');
                if (equals <= 0)
                {
                    result.AddError("--config needs KEY=VALUE, got '" + token.Value + "'");
                    return pairs;
                }

                pairs.Add(new KeyValuePair<string, string>(token.Value.Substring(0, equals), token.Value.Substring(equals + 1)));
            }

            return pairs;
        }

        private static string CsmsProblem(string url)
        {
            string problem = CsmsUrlCheck.Problem(url);
            return problem == null ? null : "invalid --csms URL '" + url + "': " + problem;
        }

        private static string AuthKeyProblem(string key)
        {
            return key.Length < MinAuthKeyLength || key.Length > MaxAuthKeyLength
                ? "--auth-key must be " + MinAuthKeyLength + " to " + MaxAuthKeyLength + " characters (got " + key.Length + "), as the provisioning tool requires"
                : null;
        }

        private static string ProfileProblem(string name)
        {
            return ChargerProfiles.Find(name) == null
                ? "unknown --profile '" + name + "'; choose one of: " + string.Join(", ", ChargerProfiles.Names)
                : null;
        }

        private static string ScriptProblem(string path)
        {
            return Directory.Exists(path) ? "--script " + path + " is a directory, not a command file" : null;
        }
    }
}
