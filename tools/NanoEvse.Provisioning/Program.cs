using System;

namespace NanoEvse.ProvisioningTool
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            return ProvisioningApp.Run(args, Console.Out);
        }
    }
}
