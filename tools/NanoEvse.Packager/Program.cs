using System;

namespace NanoEvse.Packager
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            return PackagerApp.Run(args, Console.Out);
        }
    }
}
