using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Emulator;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The emulator running on a thread of its own, for tests that act on it while it runs; disposing stops it as Ctrl+C would.</summary>
    public sealed class RunningEmulator : IDisposable
    {
        private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

        private readonly StringWriter _output = new StringWriter();
        private readonly TextWriter _synchronized;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        private readonly Task<int> _run;

        public RunningEmulator(params string[] args)
        {
            _synchronized = TextWriter.Synchronized(_output);
            _run = Task.Factory.StartNew(() => EmulatorApp.Run(args, TextReader.Null, _synchronized, _stop.Token), TaskCreationOptions.LongRunning);
        }

        public string Output
        {
            get
            {
                lock (_synchronized)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>The first match of <paramref name="pattern"/> in the output, waiting for it; fails when the run ends or takes too long.</summary>
        public Match WaitFor(string pattern)
        {
            Regex regex = new Regex(pattern);
            DateTime limit = DateTime.UtcNow + StartLimit;
            while (true)
            {
                Match match = regex.Match(Output);
                if (match.Success)
                {
                    return match;
                }

                if (_run.IsCompleted || DateTime.UtcNow > limit)
                {
                    throw new TimeoutException("the emulator printed no '" + pattern + "':\n" + Output);
                }

                Thread.Sleep(20);
            }
        }

        /// <summary>Stops the run as Ctrl+C does and returns its exit code.</summary>
        public int Stop()
        {
            _stop.Cancel();
            return _run.Wait(TimeSpan.FromSeconds(30)) ? _run.Result : throw new TimeoutException("the emulator did not stop:\n" + Output);
        }

        public void Dispose()
        {
            if (!_run.IsCompleted)
            {
                Stop();
            }

            _stop.Dispose();
        }
    }
}
