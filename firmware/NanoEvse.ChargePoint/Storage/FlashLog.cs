using System;
using System.IO;
using System.Text;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>
    /// Passes every line on to the platform's log and keeps the recent ones in the flash for GetDiagnostics: two
    /// files of at most <see cref="MaxFileBytes"/>, the older dropped when the newer is full, so the log never takes
    /// more than twice that. Lines from any thread wait in a bounded buffer that the main loop writes out
    /// (<see cref="Flush"/>), so the flash is only touched from the main loop, one append per pass. Frames stay out
    /// (they would flush the log within minutes), and a password in a URL is masked before it is kept.
    /// </summary>
    public sealed class FlashLog : ILog
    {
        public const string CurrentFile = "log0.txt";
        public const string OlderFile = "log1.txt";
        public const int MaxFileBytes = 8192;

        /// <summary>Lines beyond this wait for the next flush are counted, not kept.</summary>
        public const int MaxPendingBytes = 2048;

        private const string Masked = "***";

        private readonly ILog _inner;
        private readonly IFileStore _flash;
        private readonly IClock _clock;
        private readonly object _gate = new object();
        private readonly StringBuilder _pending = new StringBuilder();
        private int _currentBytes = -1;
        private int _dropped;

        public FlashLog(ILog inner, IFileStore flash, IClock clock)
        {
            _inner = inner;
            _flash = flash;
            _clock = clock;
        }

        public void Write(LogLevel level, string component, string message)
        {
            _inner.Write(level, component, message);
            if (level == LogLevel.Debug)
            {
                return;
            }

            string line = OcppTime.Format(_clock.UtcNow) + " " + LevelName(level) + " " + component + ": " + MaskUrlPassword(message) + "\n";
            lock (_gate)
            {
                if (_pending.Length + line.Length > MaxPendingBytes)
                {
                    _dropped++;
                    return;
                }

                _pending.Append(line);
            }
        }

        public void Frame(bool outgoing, string frame)
        {
            _inner.Frame(outgoing, frame);
        }

        /// <summary>Writes the waiting lines; a flash error costs those lines, never the charger.</summary>
        public void Flush()
        {
            string text;
            int dropped;
            lock (_gate)
            {
                if (_pending.Length == 0 && _dropped == 0)
                {
                    return;
                }

                text = _pending.ToString();
                dropped = _dropped;
                _pending.Clear();
                _dropped = 0;
            }

            if (dropped > 0)
            {
                text += OcppTime.Format(_clock.UtcNow) + " warn log: " + dropped + " line(s) not kept\n";
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text);
            try
            {
                if (_currentBytes < 0)
                {
                    byte[] current = _flash.Read(CurrentFile);
                    _currentBytes = current == null ? 0 : current.Length;
                }

                if (_currentBytes + bytes.Length > MaxFileBytes && _currentBytes > 0)
                {
                    _flash.Delete(OlderFile);
                    _flash.Rename(CurrentFile, OlderFile);
                    _currentBytes = 0;
                }

                _flash.Append(CurrentFile, bytes, bytes.Length);
                _currentBytes += bytes.Length;
            }
            catch (IOException e)
            {
                _currentBytes = -1;
                _inner.Write(LogLevel.Warning, "log", "cannot keep the log in the flash: " + e.Message);
            }
        }

        /// <summary>scheme://user:password@host becomes scheme://user:***@host.</summary>
        public static string MaskUrlPassword(string message)
        {
            int scheme = message.IndexOf("://");
            while (scheme >= 0)
            {
                int start = scheme + 3;
                int at = message.IndexOf('@', start);
                int slash = message.IndexOf('/', start);
                int space = message.IndexOf(' ', start);
                int end = Earliest(slash, space);
                if (at < 0 || (end >= 0 && at > end))
                {
                    scheme = message.IndexOf("://", start);
                    continue;
                }

                int colon = message.IndexOf(':', start);
                if (colon >= 0 && colon < at)
                {
                    message = message.Substring(0, colon + 1) + Masked + message.Substring(at);
                    at = colon + 1 + Masked.Length;
                }

                scheme = message.IndexOf("://", at);
            }

            return message;
        }

        private static int Earliest(int a, int b)
        {
            if (a < 0)
            {
                return b;
            }

            return b < 0 || a < b ? a : b;
        }

        private static string LevelName(LogLevel level)
        {
            switch (level)
            {
                case LogLevel.Error:
                    return "error";
                case LogLevel.Warning:
                    return "warn";
                default:
                    return "info";
            }
        }
    }
}
