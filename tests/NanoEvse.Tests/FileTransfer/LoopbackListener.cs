using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>
    /// The test servers' TCP side: a listener on loopback that serves each connection on a thread of its own, and on
    /// dispose stops listening, signals <see cref="Stopping"/> and cuts every connection and resource it was handed.
    /// </summary>
    internal sealed class LoopbackListener : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentBag<IDisposable> _open = new ConcurrentBag<IDisposable>();

        /// <param name="serve">Runs a session; an exception ends it quietly (the client went away, or the test ended).</param>
        public LoopbackListener(string name, Action<TcpClient> serve)
        {
            _listener.Start();
            new Thread(() => AcceptLoop(name, serve)) { IsBackground = true, Name = name + " server" }.Start();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        /// <summary>Set once the test is over: a session that hangs waits on it.</summary>
        public WaitHandle Stopping => _stop.Token.WaitHandle;

        /// <summary>Closes <paramref name="resource"/> (a data connection, a passive listener) with the server.</summary>
        public void Track(IDisposable resource)
        {
            _open.Add(resource);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            foreach (IDisposable resource in _open)
            {
                resource.Dispose();
            }
        }

        private void AcceptLoop(string name, Action<TcpClient> serve)
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = _listener.AcceptTcpClient();
                }
                catch (Exception)
                {
                    return;
                }

                _open.Add(client);
                new Thread(() => Serve(client, serve)) { IsBackground = true, Name = name + " session" }.Start();
            }
        }

        private static void Serve(TcpClient client, Action<TcpClient> serve)
        {
            try
            {
                using (client)
                {
                    serve(client);
                }
            }
            catch (Exception)
            {
                // The client went away (an aborted or refused transfer), or the test ended: the session ends either way.
            }
        }
    }
}
