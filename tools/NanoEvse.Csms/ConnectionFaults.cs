using System;
using System.IO;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace NanoEvse.Csms
{
    internal static class ConnectionFaults
    {
        /// <summary>Exceptions that mean the connection went away (or was cut by us), as opposed to bugs.</summary>
        public static bool IsConnectionFault(Exception e)
        {
            return e is WebSocketException
                || e is IOException
                || e is SocketException
                || e is ObjectDisposedException
                || e is OperationCanceledException;
        }
    }
}
