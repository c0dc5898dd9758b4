using System;
using System.Collections.Generic;

namespace NanoEvse.Emulator
{
    /// <summary>The emulator's command line.</summary>
    public sealed class EmulatorOptions
    {
        public const string Usage =
            "usage: nanoevse-emulator [--interactive | --script FILE] [--speed N] [--ev-plugged] [--auto-plug]\n" +
            "                         [--csms URL] [--auth-key KEY] [--profile NAME [--force-profile]]\n" +
            "                         [--data-dir DIR] [--config KEY=VALUE]... [--log FILE] [--duration SECONDS]\n" +
            "                         [--slow-connect SECONDS] [--quiet | --no-frames] [--json]\n" +
            "                         [--ca FILE] [--client-cert FILE --client-key FILE] [--web PORT]\n" +
            "  (no --csms)        start an embedded CSMS on 127.0.0.1 and connect to it as CP001,\n" +
            "                     unless DIR/device.dat names a CSMS and charge point id\n" +
            "  (no mode)          against the embedded CSMS: the demo, one charging session at --speed 60\n" +
            "                     (plug, swipe, charge, stop, unplug) and a summary; against a named CSMS\n" +
            "                     or with --web: commands from the console until Ctrl+C or quit\n" +
            "  --interactive      take commands from the console (help lists them) until the end of input\n" +
            "  --script FILE      run the commands in FILE, one a line, then stop; a failing command stops\n" +
            "                     the run with exit code 1\n" +
            "  --speed N          run the charger's clock N times faster than real time (up to 1000;\n" +
            "                     default 60 for the demo, 1 otherwise); it runs at real speed while the\n" +
            "                     charger connects or waits for an answer\n" +
            "  --ev-plugged       start with a vehicle on connector 1 that asks for energy as soon as\n" +
            "                     the charger offers it\n" +
            "  --auto-plug        a driver arrives whenever a session is authorized (remote start or card)\n" +
            "                     on a connector with no vehicle: plugs in there, asks for energy, and\n" +
            "                     unplugs once the transaction has stopped; a CSMS drives whole sessions\n" +
            "  --csms URL         connect to a real CSMS; the last path segment is the charge point id,\n" +
            "                     e.g. ws://127.0.0.1:9000/ocpp/CP001\n" +
            "  --auth-key KEY     HTTP Basic auth password (AuthorizationKey, 16 to 40 characters); one the\n" +
            "                     CSMS stored in the flash takes its place\n" +
            "  --ca FILE          trust the CA(s) in this PEM file for a wss:// CSMS instead of the\n" +
            "                     system's (a private CSMS CA)\n" +
            "  --client-cert FILE the charger's certificate (PEM) for a wss:// CSMS that asks for one\n" +
            "  --client-key FILE  (OCPP security profile 3) and its private key (PEM)\n" +
            "  --profile NAME     charger profile: default, product-a or product-b (default: default)\n" +
            "  --data-dir DIR     keep the charger's flash in DIR, so configuration survives a restart;\n" +
            "                     without it the flash is in memory and lasts as long as the emulator.\n" +
            "                     A DIR/device.dat from the provisioning tool supplies the charge point id,\n" +
            "                     CSMS, profile and auth key; --csms, --profile and --auth-key override it\n" +
            "                     for this run without changing the file\n" +
            "                     DIR/emulator.dat records the profile the flash was created with; later\n" +
            "                     runs use it, and another --profile is refused without --force-profile\n" +
            "  --force-profile    run DIR's flash as --profile NAME though it was created with another one,\n" +
            "                     and record NAME\n" +
            "  --config KEY=VALUE set a configuration key on first boot (repeatable), checked and stored\n" +
            "                     like a ChangeConfiguration; once the flash holds configuration it is\n" +
            "                     still checked (a refused value exits with code 2) but not applied\n" +
            "  --log FILE         also write the OCPP frame log to FILE\n" +
            "  --quiet            no frames and no info lines on the console: commands, warnings, errors\n" +
            "                     and the summary\n" +
            "  --no-frames        no OCPP frames on the console (--log FILE still gets them)\n" +
            "  --json             one JSON object a line: frames, log events and messages, each with its\n" +
            "                     time (monotonic from the start) and the charger's clock\n" +
            "  --duration S       stop after S seconds of real time (default: when the run is over, or Ctrl+C);\n" +
            "                     a demo or script it cuts short exits with code 1. Either way running\n" +
            "                     transactions stop with reason Reboot before the emulator closes\n" +
            "  --slow-connect S   every connection attempt hangs S real seconds before it starts, as a\n" +
            "                     device's blocking connect does on a bad network; charging goes on meanwhile\n" +
            "  --web PORT         serve a live dashboard on http://127.0.0.1:PORT/ (0: any free port): each\n" +
            "                     connector's state, pilot, contactor, lock, meter and session chart, the\n" +
            "                     last frames, and buttons for the console's commands";

        /// <summary>The demo's default speed: a simulated minute per real second.</summary>
        public const double DemoSpeed = 60;

        public const double MaxSpeed = 1000;

        public string CsmsUrl { get; internal set; }

        /// <summary>The HTTP Basic auth password, 16 to 40 characters, or null.</summary>
        public string AuthorizationKey { get; internal set; }

        /// <summary>The profile name as the built-in profiles spell it, or null when not given.</summary>
        public string ProfileName { get; internal set; }

        public string DataDirectory { get; internal set; }

        /// <summary>The --config pairs in command-line order, so a limit can be raised before a list that needs it.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Configuration { get; internal set; } = new List<KeyValuePair<string, string>>();

        public string LogFile { get; internal set; }
        public TimeSpan? Duration { get; internal set; }

        /// <summary>The dashboard's port on the loopback interface (--web), or null for none.</summary>
        public int? WebPort { get; internal set; }

        /// <summary>How long each connection attempt hangs before it starts (--slow-connect).</summary>
        public TimeSpan SlowConnect { get; internal set; }
        public bool ShowHelp { get; internal set; }

        /// <summary>Commands from the console.</summary>
        public bool Interactive { get; internal set; }

        /// <summary>The script to run, or null.</summary>
        public string ScriptFile { get; internal set; }

        /// <summary>The clock's speed-up, or null for the mode's default.</summary>
        public double? Speed { get; internal set; }

        /// <summary>Run a --data-dir flash as another profile than the one it was created with, and record that one.</summary>
        public bool ForceProfile { get; internal set; }

        /// <summary>No frames and no info lines on the console: commands, warnings, errors and the summary.</summary>
        public bool Quiet { get; internal set; }

        /// <summary>No frames on the console (--log still gets them).</summary>
        public bool NoFrames { get; internal set; }

        /// <summary>One JSON object a line for frames, log events and the emulator's messages.</summary>
        public bool Json { get; internal set; }

        /// <summary>PEM file of the CA(s) to trust for a wss:// CSMS instead of the system's, or null.</summary>
        public string CaFile { get; internal set; }

        /// <summary>PEM certificate and private key the charger presents (security profile 3), or null.</summary>
        public string ClientCertFile { get; internal set; }
        public string ClientKeyFile { get; internal set; }

        /// <summary>A vehicle that asks for energy at once is plugged into connector 1 at the start.</summary>
        public bool EvPlugged { get; internal set; }

        /// <summary>Drivers plug in where a session is authorized and unplug after it (<see cref="AutoPlugDriver"/>).</summary>
        public bool AutoPlug { get; internal set; }

        /// <summary>Parses the arguments; returns null and sets <paramref name="error"/> when they are wrong.</summary>
        public static EmulatorOptions Parse(string[] args, out string error)
        {
            return new EmulatorCommandLine().Parse(args, out error);
        }
    }
}
