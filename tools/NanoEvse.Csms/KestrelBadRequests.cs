using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NanoEvse.Csms
{
    /// <summary>
    /// Kestrel answers a request it cannot parse (or whose head is too slow) itself, without calling the CSMS. Its only
    /// report of that is the ConnectionBadRequest log event, so this logger factory passes that event on and logs nothing.
    /// </summary>
    internal sealed class KestrelBadRequests : ILoggerFactory, ILogger
    {
        private const string Category = "Microsoft.AspNetCore.Server.Kestrel.BadRequests";

        private readonly Action<int, string> _refused;

        /// <param name="refused">Gets the status Kestrel answered with and why.</param>
        public KestrelBadRequests(Action<int, string> refused)
        {
            _refused = refused;
        }

        public ILogger CreateLogger(string categoryName)
        {
            return categoryName == Category ? this : NullLogger.Instance;
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        public bool IsEnabled(LogLevel logLevel)
        {
            return true;
        }

        public IDisposable BeginScope<TState>(TState state)
        {
            return null;
        }

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
        {
            if (eventId.Name == "ConnectionBadRequest" && exception is BadHttpRequestException bad)
            {
                _refused(bad.StatusCode, bad.Message);
            }
        }
    }
}
